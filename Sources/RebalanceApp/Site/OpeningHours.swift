import RebalanceCore

/// The studio's opening hours as the home page prints them: for each weekday, from the earliest hour any trainer
/// starts to the latest any finishes ("Monday: 7:00 AM – 7:00 PM"); a weekday no one works is "closed".
enum OpeningHours {
    static func lines(_ ranges: [(Weekday, LocalTimeRange)]) -> [String] {
        guard !ranges.isEmpty else { return [] }
        return Weekday.allCases.map { weekday in
            let day = ranges.filter { $0.0 == weekday }.map(\.1)
            guard let start = day.map(\.startMinute).min(), let end = day.map(\.endMinute).max() else {
                return "\(weekday.name): closed"
            }
            return "\(weekday.name): \(time(start)) – \(time(end))"
        }
    }

    /// "7:00 AM", "12:30 PM", "12:00 AM" for midnight at either end.
    static func time(_ minute: Int) -> String {
        let hour = (minute / 60) % 24
        let rest = minute % 60
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        return "\(twelve):\(rest < 10 ? "0" : "")\(rest) \(hour < 12 ? "AM" : "PM")"
    }
}
