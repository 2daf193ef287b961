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
            return "\(weekday.name): \(BookingTimeText.clockTime(minuteOfDay: start)) – "
                + BookingTimeText.clockTime(minuteOfDay: end)
        }
    }
}
