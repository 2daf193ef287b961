import Foundation

/// Converts between instants and a time zone's wall clock, exactly across daylight-saving changes.
///
/// On the spring-forward day a wall time in the skipped hour does not exist; on the fall-back day the repeated
/// hour exists twice. `instant(of:minute:in:occurrence:)` says which instant a wall time means in both cases, so
/// slot generation never invents a time that does not exist and never offers the same instant twice.
public enum WallClock {
    /// Which instant to take when a wall time exists twice (fall back), or where to land when it does not
    /// exist (spring forward: both land on the moment the clock jumps).
    public enum Occurrence: Sendable {
        case earliest, latest
    }

    /// The instant at `minute` after midnight on `day` in `zone`.
    public static func instant(of day: CalendarDay, minute: Int, in zone: TimeZone, occurrence: Occurrence) -> Date {
        let wall = Double(day.ordinal) * 86_400 + Double(minute) * 60
        // Any offset change near this wall time shows as a difference between the offsets half a day either side.
        let before = zone.secondsFromGMT(for: Date(timeIntervalSince1970: wall - 43_200))
        let after = zone.secondsFromGMT(for: Date(timeIntervalSince1970: wall + 43_200))
        let candidates = Set([before, after]).map { Date(timeIntervalSince1970: wall - Double($0)) }
            .filter { wallSeconds(of: $0, in: zone) == wall }
            .sorted()
        if let first = candidates.first, let last = candidates.last {
            return occurrence == .earliest ? first : last
        }
        // A gap: the wall time was skipped. Land on the instant the clock jumped over it.
        let lower = Date(timeIntervalSince1970: wall - Double(max(before, after)))
        let upper = Date(timeIntervalSince1970: wall - Double(min(before, after)))
        return transition(between: lower, and: upper, in: zone)
    }

    /// The calendar day `instant` falls on in `zone`.
    public static func day(of instant: Date, in zone: TimeZone) -> CalendarDay {
        CalendarDay(ordinal: Int((wallSeconds(of: instant, in: zone) / 86_400).rounded(.down)))
    }

    /// Minutes after local midnight of `instant` in `zone`.
    public static func minuteOfDay(of instant: Date, in zone: TimeZone) -> Int {
        let seconds = wallSeconds(of: instant, in: zone)
        return Int((seconds - (seconds / 86_400).rounded(.down) * 86_400) / 60)
    }

    /// The first instant of `day` in `zone` (midnight, or the first existing minute if midnight was skipped).
    public static func startOfDay(_ day: CalendarDay, in zone: TimeZone) -> Date {
        instant(of: day, minute: 0, in: zone, occurrence: .earliest)
    }

    /// Seconds since 1970 of the wall clock showing at `instant`, as if that clock were UTC.
    static func wallSeconds(of instant: Date, in zone: TimeZone) -> Double {
        instant.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: instant))
    }

    /// The first instant at or after `lower` whose offset equals the offset at `upper` (binary search to the second).
    private static func transition(between lower: Date, and upper: Date, in zone: TimeZone) -> Date {
        let target = zone.secondsFromGMT(for: upper)
        var low = lower.timeIntervalSince1970.rounded(.down)
        var high = upper.timeIntervalSince1970.rounded(.up)
        while high - low > 1 {
            let middle = ((low + high) / 2).rounded(.down)
            if zone.secondsFromGMT(for: Date(timeIntervalSince1970: middle)) == target {
                high = middle
            } else {
                low = middle
            }
        }
        return Date(timeIntervalSince1970: high)
    }
}
