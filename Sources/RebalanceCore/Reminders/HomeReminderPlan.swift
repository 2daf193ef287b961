import Foundation

/// When the client app reminds a client to do their home session: on the weekdays they chose, at the time they
/// chose on their own clock (exact across daylight-saving changes), and once more a few hours later if nothing was
/// logged that day. Pure: the caller says what was sent and logged.
public struct HomeReminderPlan: Sendable, Equatable {
    public let weekdays: Set<Weekday>
    /// Minutes after midnight on the client's clock.
    public let minute: Int
    public let zone: TimeZone

    /// How long after the first reminder the second one goes, when nothing was logged.
    public static let repeatAfter: TimeInterval = 3 * 3600

    public init(weekdays: Set<Weekday>, minute: Int, zone: TimeZone) {
        self.weekdays = weekdays
        self.minute = minute
        self.zone = zone
    }

    /// The instant of the first reminder on `day`, or `nil` on a day not chosen. A time the clock skips (spring
    /// forward) lands when the clock jumps; a time it repeats (fall back) is the first of the two.
    public func firstReminder(on day: CalendarDay) -> Date? {
        guard weekdays.contains(day.weekday) else { return nil }
        return WallClock.instant(of: day, minute: minute, in: zone, occurrence: .earliest)
    }

    /// Which reminder, if any, is due at `now`: the first once its time has come, the second three hours later if
    /// nothing was logged; never after the client's day has ended, and never one already sent (`sent` of that day).
    public func due(at now: Date, sent: Int, loggedToday: Bool) -> (day: CalendarDay, round: Int)? {
        let today = WallClock.day(of: now, in: zone)
        guard let first = firstReminder(on: today), !loggedToday else { return nil }
        switch sent {
        case 0 where now >= first: return (today, 1)
        case 1 where now >= first.addingTimeInterval(Self.repeatAfter): return (today, 2)
        default: return nil
        }
    }
}
