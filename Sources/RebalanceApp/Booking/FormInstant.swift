import Foundation
import RebalanceCore

extension WallClock {
    /// The moment a form's date (`YYYY-MM-DD`) and time (`HH:MM`) name on the studio's clock; `nil` when either is
    /// missing or malformed. A time that happens twice (the fall-back hour) is the earlier.
    static func instant(formDate date: String?, _ time: String?, zone: TimeZone) -> Date? {
        guard let day = date.flatMap(CalendarDay.init), let time,
            let range = try? LocalTimeRange(parsing: "\(time)-24:00")
        else { return nil }
        return instant(of: day, minute: range.startMinute, in: zone, occurrence: .earliest)
    }
}
