/// A booking rule or time that cannot be used, with a message a trainer or client can act on.
public enum BookingRuleError: Error, Sendable, Equatable, CustomStringConvertible {
    case timeOutOfDay
    case rangeEndsBeforeStart(String, String)
    case unreadableRange(String)
    case overlappingRanges(String, String)
    case outOfRange(field: String, value: Int, allowed: ClosedRange<Int>, unit: String)
    case unknownTimeZone(String)
    case unreadableInstant(String)

    public var description: String {
        switch self {
        case .timeOutOfDay: "Times must lie between 00:00 and 24:00."
        case .rangeEndsBeforeStart(let start, let end): "\(start)–\(end) ends before it starts."
        case .unreadableRange(let text):
            "\"\(text)\" is not a time range; write it like 09:00-12:30."
        case .overlappingRanges(let first, let second): "\(first) and \(second) overlap; merge them into one range."
        case .outOfRange(let field, let value, let allowed, let unit):
            "\(field): \(value) \(unit) is outside \(allowed.lowerBound)…\(allowed.upperBound)."
        case .unknownTimeZone(let name):
            "\"\(name)\" is not a time zone; use an Area/City name such as America/Los_Angeles."
        case .unreadableInstant(let text):
            "\"\(text)\" is not a date and time with an offset; use ISO 8601 such as 2026-12-03T09:00:00-08:00."
        }
    }
}
