import Foundation

/// The timing rules of one session type: how long it lasts, the buffers around it, how far ahead it can
/// be booked, and the grid its start times sit on.
public struct SessionTiming: Sendable, Hashable, Codable {
    public var durationMinutes: Int
    /// Free time kept before the session (setting up) and after it (notes, cleaning), never booked over.
    public var bufferBeforeMinutes: Int
    public var bufferAfterMinutes: Int
    /// How long before its start a session can still be booked online.
    public var minimumNoticeMinutes: Int
    /// How many days ahead (counted from the studio's today) a session can be booked.
    public var horizonDays: Int
    /// Start times are offered every this many minutes from the start of each availability range.
    public var slotStepMinutes: Int

    public init(
        durationMinutes: Int, bufferBeforeMinutes: Int = 0, bufferAfterMinutes: Int = 0, minimumNoticeMinutes: Int = 0,
        horizonDays: Int = 60, slotStepMinutes: Int = 30
    ) {
        self.durationMinutes = durationMinutes
        self.bufferBeforeMinutes = bufferBeforeMinutes
        self.bufferAfterMinutes = bufferAfterMinutes
        self.minimumNoticeMinutes = minimumNoticeMinutes
        self.horizonDays = horizonDays
        self.slotStepMinutes = slotStepMinutes
    }

    /// One timing value's name, allowed range and unit, as the editor shows them.
    public struct Limit: Sendable {
        public let field: String
        public let allowed: ClosedRange<Int>
        public let unit: String
    }

    /// The allowed values, in the order the editor shows them.
    public static let limits: [Limit] = [
        Limit(field: "durationMinutes", allowed: 5...480, unit: "min"),
        Limit(field: "bufferBeforeMinutes", allowed: 0...240, unit: "min"),
        Limit(field: "bufferAfterMinutes", allowed: 0...240, unit: "min"),
        Limit(field: "minimumNoticeMinutes", allowed: 0...43_200, unit: "min"),
        Limit(field: "horizonDays", allowed: 1...365, unit: "days"),
        Limit(field: "slotStepMinutes", allowed: 5...240, unit: "min"),
    ]

    /// The values in the order of `limits`.
    public var values: [Int] {
        [durationMinutes, bufferBeforeMinutes, bufferAfterMinutes, minimumNoticeMinutes, horizonDays, slotStepMinutes]
    }

    /// Every value outside its allowed range, with a message naming the field.
    public func problems() -> [BookingRuleError] {
        zip(Self.limits, values).compactMap { limit, value in
            limit.allowed.contains(value)
                ? nil : .outOfRange(field: limit.field, value: value, allowed: limit.allowed, unit: limit.unit)
        }
    }

    public var duration: TimeInterval { TimeInterval(durationMinutes * 60) }

    /// The session that starts at `start`.
    public func session(startingAt start: Date) -> TimeSpan {
        TimeSpan(start: start, end: start.addingTimeInterval(duration))
    }

    /// The time the session at `start` keeps free for itself: the session plus its buffers.
    public func blocked(startingAt start: Date) -> TimeSpan {
        TimeSpan(
            start: start.addingTimeInterval(-TimeInterval(bufferBeforeMinutes * 60)),
            end: start.addingTimeInterval(duration + TimeInterval(bufferAfterMinutes * 60)))
    }
}
