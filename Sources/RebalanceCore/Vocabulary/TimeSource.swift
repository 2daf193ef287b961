import Foundation

/// Where "now" comes from: the system clock in the running app, a fixed instant in tests and scripts.
///
/// Every rule that depends on the present — booking notice and horizon, reminders, link expiry, re-check due,
/// "today" on a page — reads it from one `TimeSource`, so a test can stand at 23:30 on a daylight-saving day in
/// any machine zone and get the same answer every run.
public struct TimeSource: Sendable {
    private let read: @Sendable () -> Date

    /// A source that answers `read()` each time it is asked.
    public init(_ read: @escaping @Sendable () -> Date) {
        self.read = read
    }

    /// The machine's clock.
    public static let system = TimeSource { Date() }

    /// Always the same instant.
    public static func fixed(_ instant: Date) -> TimeSource {
        TimeSource { instant }
    }

    /// The present instant.
    public func now() -> Date { read() }

    /// The calendar day it is now in `zone` (the studio's "today").
    public func today(in zone: TimeZone) -> CalendarDay {
        WallClock.day(of: read(), in: zone)
    }
}
