import Foundation

/// ISO 8601 timestamps with an explicit offset ("2026-12-03T09:00:00-08:00"), written in a chosen zone and read
/// from any offset; the form the booking API speaks.
public enum OffsetTimestamp {
    /// `instant` on `zone`'s wall clock with that zone's offset at the time.
    public static func format(_ instant: Date, in zone: TimeZone) -> String {
        format(instant, in: zone, offset: zone.secondsFromGMT(for: instant))
    }

    /// Formats many instants in one zone, asking the zone for its offset only when a transition may have passed:
    /// a 90-day slot list is thousands of timestamps, and each offset lookup goes through ICU.
    public struct Writer {
        public let zone: TimeZone
        private var validFrom = Date.distantFuture
        private var validUntil = Date.distantPast
        private var offset = 0

        public init(zone: TimeZone) {
            self.zone = zone
        }

        public mutating func format(_ instant: Date) -> String {
            if instant < validFrom || instant >= validUntil {
                offset = zone.secondsFromGMT(for: instant)
                validFrom = instant
                validUntil = zone.nextDaylightSavingTimeTransition(after: instant) ?? instant.addingTimeInterval(86_400)
            }
            return OffsetTimestamp.format(instant, in: zone, offset: offset)
        }
    }

    static func format(_ instant: Date, in zone: TimeZone, offset: Int) -> String {
        let wall = Int(instant.timeIntervalSince1970.rounded(.down)) + offset
        let day = CalendarDay(ordinal: Int((Double(wall) / 86_400).rounded(.down)))
        let seconds = wall - day.ordinal * 86_400
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return "\(day)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
            + (offset == 0 && ["UTC", "GMT"].contains(zone.identifier)
                ? "Z" : "\(sign)\(two(magnitude / 3600)):\(two(magnitude / 60 % 60))")
    }

    /// Reads `YYYY-MM-DDTHH:MM[:SS][.fff](Z|±HH:MM)`; a time without an offset is refused, because it would be
    /// ambiguous between the client's and the studio's zone.
    public static func parse(_ text: String) throws(BookingRuleError) -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let characters = Array(trimmed)
        guard characters.count >= 17, characters[10] == "T" || characters[10] == "t" || characters[10] == " ",
            let day = CalendarDay(String(characters[0..<10]))
        else { throw .unreadableInstant(text) }
        var rest = Array(characters[11...])
        // The offset: Z, or the last "+" / "-" in the time part.
        let offsetSeconds: Int
        if let last = rest.last, last == "Z" || last == "z" {
            offsetSeconds = 0
            rest.removeLast()
        } else if let signIndex = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let offsetText = String(rest[(signIndex + 1)...])
            let parts = offsetText.split(separator: ":").map(String.init)
            let compact =
                parts.count == 1 && offsetText.count == 4
                ? [String(offsetText.prefix(2)), String(offsetText.suffix(2))] : parts
            guard compact.count == 2, compact.allSatisfy({ $0.count == 2 }), let hours = Int(compact[0]),
                let minutes = Int(compact[1]), hours <= 18, minutes < 60
            else { throw .unreadableInstant(text) }
            offsetSeconds = (rest[signIndex] == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
            rest = Array(rest[..<signIndex])
        } else {
            throw .unreadableInstant(text)
        }
        let timeParts = String(rest).split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(timeParts.count), timeParts[0].count == 2, timeParts[1].count == 2,
            let hours = Int(timeParts[0]), let minutes = Int(timeParts[1]), hours < 24, minutes < 60
        else { throw .unreadableInstant(text) }
        var seconds = 0.0
        if timeParts.count == 3 {
            guard timeParts[2].count >= 2, let value = Double(timeParts[2]), value >= 0, value < 61,
                timeParts[2].allSatisfy({ $0.isNumber || $0 == "." })
            else { throw .unreadableInstant(text) }
            seconds = value
        }
        let wall = Double(day.ordinal * 86_400 + hours * 3600 + minutes * 60) + seconds
        return Date(timeIntervalSince1970: wall - Double(offsetSeconds))
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
