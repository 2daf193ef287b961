import Foundation

/// When one trainer can be booked: weekly hours, dated exceptions, and the time already taken.
public struct TrainerSchedule: Sendable {
    public let trainerID: String
    /// Ranges per weekday; a missing weekday is a day off.
    public var weekly: [Weekday: [LocalTimeRange]]
    /// Dated exceptions that replace the weekly ranges on that day; an empty list is a day off.
    public var exceptions: [CalendarDay: [LocalTimeRange]]
    /// Existing bookings (with their buffers) and time off.
    public var busy: BusyTimeline

    public init(
        trainerID: String, weekly: [Weekday: [LocalTimeRange]], exceptions: [CalendarDay: [LocalTimeRange]] = [:],
        busy: [TimeSpan] = []
    ) {
        self.trainerID = trainerID
        self.weekly = weekly
        self.exceptions = exceptions
        self.busy = BusyTimeline(busy)
    }

    /// The wall-clock ranges the trainer works on `day`.
    public func ranges(on day: CalendarDay) -> [LocalTimeRange] {
        exceptions[day] ?? weekly[day.weekday] ?? []
    }

    /// Whether a session from `start` to `end` lies inside one of the trainer's ranges that day on the studio's
    /// clock: a booking that no longer does was made before the hours changed (or outside them on purpose).
    public func covers(from start: Date, to end: Date, in zone: TimeZone) -> Bool {
        let day = WallClock.day(of: start, in: zone)
        return ranges(on: day).contains { range in
            let from = WallClock.instant(of: day, minute: range.startMinute, in: zone, occurrence: .earliest)
            let until = WallClock.instant(of: day, minute: range.endMinute, in: zone, occurrence: .latest)
            return from <= start && end <= until
        }
    }
}

/// A time a session can start, with the trainer who would take it.
public struct Slot: Sendable, Hashable, Comparable {
    public let start: Date
    public let end: Date
    public let trainerID: String

    public init(start: Date, end: Date, trainerID: String) {
        self.start = start
        self.end = end
        self.trainerID = trainerID
    }

    public static func < (lhs: Slot, rhs: Slot) -> Bool { (lhs.start, lhs.trainerID) < (rhs.start, rhs.trainerID) }
}
