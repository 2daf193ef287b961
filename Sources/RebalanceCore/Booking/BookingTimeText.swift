import Foundation

/// Booking times as people read them ("9:00 AM", "Thursday, December 3", "Pacific Time (PST)"), in US English.
public enum BookingTimeText {
    private static let locale = Locale(identifier: "en_US")

    /// "9:00 AM"; with `showZone`, "1:00 AM PDT" (needed on the day the clocks go back, when 1:00 AM happens twice).
    public static func time(_ instant: Date, in zone: TimeZone, showZone: Bool = false) -> String {
        let text = clockTime(minuteOfDay: WallClock.minuteOfDay(of: instant, in: zone))
        return showZone ? text + " " + abbreviation(zone, at: instant) : text
    }

    /// "9:00 AM", "12:30 PM": a minute of the day on a 12-hour clock; 1440 (the end of a day) is "12:00 AM".
    public static func clockTime(minuteOfDay: Int) -> String {
        let minute = minuteOfDay % 1_440
        let hour = minute / 60 % 12 == 0 ? 12 : minute / 60 % 12
        return "\(hour):\(minute % 60 < 10 ? "0" : "")\(minute % 60) \(minute < 720 ? "AM" : "PM")"
    }

    /// "Thursday, December 3, 2026".
    public static func day(_ day: CalendarDay) -> String {
        "\(day.weekday.name), \(monthNames[day.month - 1]) \(day.day), \(day.year)"
    }

    /// "Thu, Dec 3 · 9:00 AM PST".
    public static func dayAndTime(_ instant: Date, in zone: TimeZone) -> String {
        let day = WallClock.day(of: instant, in: zone)
        return "\(day.weekday.name.prefix(3)), \(monthNames[day.month - 1].prefix(3)) \(day.day) · "
            + time(instant, in: zone, showZone: true)
    }

    /// "Dec 3, 2026, 9:00 AM": when something was received or changed, in the studio's zone.
    public static func dateAndTime(_ instant: Date, in zone: TimeZone) -> String {
        let day = WallClock.day(of: instant, in: zone)
        return "\(monthNames[day.month - 1].prefix(3)) \(day.day), \(day.year), " + time(instant, in: zone)
    }

    /// The same for a moment that may not be recorded (a row saved before timestamps were kept): empty then.
    public static func dateAndTime(_ instant: Date?, in zone: TimeZone) -> String {
        instant.map { dateAndTime($0, in: zone) } ?? ""
    }

    /// "Thu, Dec 3 · 9:00 AM PST — Pacific Time (America/Los_Angeles)": for emails and confirmations, where
    /// the reader may be anywhere.
    public static func dayTimeAndZone(_ instant: Date, in zone: TimeZone) -> String {
        dayAndTime(instant, in: zone) + " — " + zoneName(zone)
    }

    /// "December 2026".
    public static func month(_ day: CalendarDay) -> String {
        "\(monthNames[day.month - 1]) \(day.year)"
    }

    /// "Pacific Time (America/Los_Angeles)": the zone's everyday name and its identifier.
    public static func zoneName(_ zone: TimeZone) -> String {
        let name = zone.localizedName(for: .generic, locale: locale) ?? zone.identifier
        return name == zone.identifier ? name : "\(name) (\(zone.identifier))"
    }

    /// "PST" or "GMT+9": the short name in effect at `instant` (from CLDR, which knows "PDT" where
    /// `TimeZone.abbreviation(for:)` on Linux only says "GMT-7").
    public static func abbreviation(_ zone: TimeZone, at instant: Date) -> String {
        // A formatter costs tens of microseconds to build; a zone has only a couple of names, so keep them.
        let key = "\(zone.identifier) \(zone.secondsFromGMT(for: instant)) \(zone.isDaylightSavingTime(for: instant))"
        if let known = abbreviations.withLock({ $0[key] }) { return known }
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.timeZone = zone
        formatter.dateFormat = "zzz"
        let name = formatter.string(from: instant)
        abbreviations.withLock { $0[key] = name }
        return name
    }

    /// Whether the zone's offset changes during `day` (a daylight-saving day): times then need their zone.
    public static func offsetChanges(on day: CalendarDay, in zone: TimeZone) -> Bool {
        let start = WallClock.startOfDay(day, in: zone)
        let end = WallClock.startOfDay(day.adding(days: 1), in: zone)
        return zone.secondsFromGMT(for: start) != zone.secondsFromGMT(for: end.addingTimeInterval(-1))
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]
    private static let abbreviations = Guarded<[String: String]>([:])
}
