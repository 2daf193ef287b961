/// A stretch of wall-clock time within one day, such as 09:00–12:30, kept as minutes after midnight.
///
/// Wall-clock, not instants: "Tuesdays 9 to 5" means 9 to 5 on the studio's clock whatever the season.
public struct LocalTimeRange: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Minutes after midnight, 0 ..< 1440.
    public let startMinute: Int
    /// Minutes after midnight, after `startMinute`; 1440 is midnight at the end of the day.
    public let endMinute: Int

    public init(startMinute: Int, endMinute: Int) throws(BookingRuleError) {
        guard (0..<1440).contains(startMinute), (1...1440).contains(endMinute) else {
            throw .timeOutOfDay
        }
        guard endMinute > startMinute else {
            throw .rangeEndsBeforeStart(Self.clock(startMinute), Self.clock(endMinute))
        }
        self.startMinute = startMinute
        self.endMinute = endMinute
    }

    /// Parses "09:00-12:30" (also with "–" or " to ").
    public init(parsing text: String) throws(BookingRuleError) {
        let normalized = text.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: " to ", with: "-")
        let parts = normalized.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let start = Self.minute(parts[0]), let end = Self.minute(parts[1]) else {
            throw .unreadableRange(text.trimmingCharacters(in: .whitespaces))
        }
        try self.init(startMinute: start, endMinute: end)
    }

    /// Parses a comma-separated list ("09:00-12:00, 13:00-17:00"); an empty text is no ranges. Overlapping
    /// ranges are refused, because a trainer who types them almost always meant something else.
    public static func parseList(_ text: String) throws(BookingRuleError) -> [LocalTimeRange] {
        var ranges: [LocalTimeRange] = []
        for piece in text.split(separator: ",") where !piece.trimmingCharacters(in: .whitespaces).isEmpty {
            ranges.append(try LocalTimeRange(parsing: String(piece)))
        }
        ranges.sort()
        for (earlier, later) in zip(ranges, ranges.dropFirst()) where later.startMinute < earlier.endMinute {
            throw .overlappingRanges(earlier.description, later.description)
        }
        return ranges
    }

    /// "09:00–12:30".
    public var description: String { "\(Self.clock(startMinute))–\(Self.clock(endMinute))" }

    /// "09:00-12:30", the form `parseList` reads back.
    public var editableText: String { "\(Self.clock(startMinute))-\(Self.clock(endMinute))" }

    public static func < (lhs: LocalTimeRange, rhs: LocalTimeRange) -> Bool {
        (lhs.startMinute, lhs.endMinute) < (rhs.startMinute, rhs.endMinute)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(editableText)
    }

    /// "HH:MM" for minutes after midnight.
    static func clock(_ minute: Int) -> String {
        let hours = minute / 60
        let minutes = minute % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }

    /// Reads "9:00", "09:00", "24:00", or a bare hour such as "9" or "17".
    private static func minute(_ text: String) -> Int? {
        if (1...2).contains(text.count), let hours = Int(text), (0...24).contains(hours) { return hours * 60 }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            let hours = Int(parts[0]), let minutes = Int(parts[1]), (0...24).contains(hours),
            (0..<60).contains(minutes),
            hours < 24 || minutes == 0
        else { return nil }
        return hours * 60 + minutes
    }
}
