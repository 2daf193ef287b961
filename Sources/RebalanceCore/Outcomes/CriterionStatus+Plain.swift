import Foundation

extension CriterionStatus {
    /// The figures behind the status for the client's own page: effort rather than RPE, and dates as words
    /// ("latest 3/10 on Friday, November 20").
    public var plainDetail: String {
        var words = detail.replacingOccurrences(of: "RPE ", with: "effort ")
        // Dates are written as yyyy-mm-dd by the checks; each is replaced by its day in words.
        var searchFrom = words.startIndex
        while let range = words.range(
            of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression, range: searchFrom..<words.endIndex)
        {
            guard let day = CalendarDay(String(words[range])) else {
                searchFrom = range.upperBound
                continue
            }
            let text = BookingTimeText.day(day)
            words.replaceSubrange(range, with: text)
            searchFrom = words.index(range.lowerBound, offsetBy: text.count)
        }
        return words
    }
}
