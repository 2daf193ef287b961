import Foundation

/// Booking times as people read them ("9:00 AM", "Thursday, December 3", "Pacific Time (PST)"), in US English.
public enum BookingTimeText {
    private static let locale = Locale(identifier: "en_US")

    /// "9:00 AM"; with `showZone`, "1:00 AM PDT" (needed on the day the clocks go back, when 1:00 AM happens twice).
    public static func time(_ instant: Date, in zone: TimeZone, showZone: Bool = false) -> String {
        let text = formatted(instant, zone: zone, format: "h:mm a")
        return showZone ? text + " " + abbreviation(zone, at: instant) : text
    }

    /// "Thursday, December 3, 2026".
    public static func day(_ day: CalendarDay) -> String {
        formatted(WallClock.instant(of: day, minute: 720, in: .gmt, occurrence: .earliest), zone: .gmt, format: "EEEE, MMMM d, yyyy")
    }

    /// "Thu, Dec 3 · 9:00 AM PST".
    public static func dayAndTime(_ instant: Date, in zone: TimeZone) -> String {
        formatted(instant, zone: zone, format: "EEE, MMM d") + " · " + time(instant, in: zone, showZone: true)
    }

    /// "Thu, Dec 3 · 9:00 AM PST — Pacific Time (America/Los_Angeles)": for emails and confirmations, where
    /// the reader may be anywhere.
    public static func dayTimeAndZone(_ instant: Date, in zone: TimeZone) -> String {
        dayAndTime(instant, in: zone) + " — " + zoneName(zone)
    }

    /// "December 2026".
    public static func month(_ day: CalendarDay) -> String {
        formatted(WallClock.instant(of: day.firstOfMonth, minute: 720, in: .gmt, occurrence: .earliest), zone: .gmt, format: "MMMM yyyy")
    }

    /// "Pacific Time (America/Los_Angeles)": the zone's everyday name and its identifier.
    public static func zoneName(_ zone: TimeZone) -> String {
        let name = zone.localizedName(for: .generic, locale: locale) ?? zone.identifier
        return name == zone.identifier ? name : "\(name) (\(zone.identifier))"
    }

    /// "PST" or "GMT+9": the short name in effect at `instant` (from CLDR, which knows "PDT" where
    /// `TimeZone.abbreviation(for:)` on Linux only says "GMT-7").
    public static func abbreviation(_ zone: TimeZone, at instant: Date) -> String {
        formatted(instant, zone: zone, format: "zzz")
    }

    /// Whether the zone's offset changes during `day` (a daylight-saving day): times then need their zone.
    public static func offsetChanges(on day: CalendarDay, in zone: TimeZone) -> Bool {
        let start = WallClock.startOfDay(day, in: zone)
        let end = WallClock.startOfDay(day.adding(days: 1), in: zone)
        return zone.secondsFromGMT(for: start) != zone.secondsFromGMT(for: end.addingTimeInterval(-1))
    }

    private static func formatted(_ instant: Date, zone: TimeZone, format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.timeZone = zone
        formatter.dateFormat = format
        return formatter.string(from: instant)
    }
}
