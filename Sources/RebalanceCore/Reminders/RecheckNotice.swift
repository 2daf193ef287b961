import Foundation

/// When the client app tells a client their re-check is coming: a few days ahead, so there is time to book, at a
/// civil hour on the studio's clock; never for a date long past (a stale date is the trainer's to fix, not a nag).
public struct RecheckNotice: Sendable, Equatable {
    /// Days before the re-check date that the email goes.
    public static let daysAhead = 3
    /// After this many days past the date no email goes.
    public static let staleAfterDays = 14
    /// The earliest minute of the studio's day to send, so nobody's phone buzzes at night.
    public static let earliestMinute = 9 * 60

    public let recheck: CalendarDay
    public let zone: TimeZone

    public init(recheck: CalendarDay, zone: TimeZone) {
        self.recheck = recheck
        self.zone = zone
    }

    /// Whether the email is due at `now` (the caller keeps it to one per re-check date).
    public func isDue(at now: Date) -> Bool {
        let today = WallClock.day(of: now, in: zone)
        guard today >= recheck.adding(days: -Self.daysAhead), today <= recheck.adding(days: Self.staleAfterDays)
        else { return false }
        return now >= WallClock.instant(of: today, minute: Self.earliestMinute, in: zone, occurrence: .earliest)
    }
}
