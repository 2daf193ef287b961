import Foundation
import RebalanceCore

/// Shared fixtures for the booking tests: zones, and instants written the way a person reads them.
enum TestClock {
    static let losAngeles = zone("America/Los_Angeles")
    static let london = zone("Europe/London")
    static let tokyo = zone("Asia/Tokyo")

    static func zone(_ identifier: String) -> TimeZone {
        guard let zone = TimeZone(identifier: identifier) else { preconditionFailure("tzdata lacks \(identifier)") }
        return zone
    }

    /// An instant from ISO 8601 text with an offset, e.g. "2026-03-08T10:00:00Z".
    static func at(_ text: String) -> Date {
        do { return try OffsetTimestamp.parse(text) } catch { preconditionFailure("bad fixture \(text): \(error)") }
    }

    static func day(_ text: String) -> CalendarDay {
        guard let day = CalendarDay(text) else { preconditionFailure("bad fixture day \(text)") }
        return day
    }

    static func ranges(_ text: String) -> [LocalTimeRange] {
        do { return try LocalTimeRange.parseList(text) } catch { preconditionFailure("bad fixture ranges \(text)") }
    }

    /// A trainer who works the same hours every day of the week.
    static func everyDay(
        _ text: String, id: String = "t1", busy: [TimeSpan] = [], exceptions: [CalendarDay: [LocalTimeRange]] = [:]
    ) -> TrainerSchedule {
        TrainerSchedule(
            trainerID: id, weekly: Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, ranges(text)) }),
            exceptions: exceptions, busy: busy)
    }

    /// The wall-clock "HH:MM" of each slot in `zone`.
    static func wallTimes(_ slots: [Slot], in zone: TimeZone) -> [String] {
        slots.map { String(OffsetTimestamp.format($0.start, in: zone).dropFirst(11).prefix(5)) }
    }

    /// The whole of `day` in the studio's zone.
    static func window(_ day: CalendarDay, in zone: TimeZone = losAngeles) -> TimeSpan {
        TimeSpan(start: WallClock.startOfDay(day, in: zone), end: WallClock.startOfDay(day.adding(days: 1), in: zone))
    }
}
