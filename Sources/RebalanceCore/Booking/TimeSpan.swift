import Foundation

/// A half-open stretch of real time [start, end): a session, a booking with its buffers, or time off.
public struct TimeSpan: Sendable, Hashable, Comparable, Codable {
    public let start: Date
    public let end: Date

    public init(start: Date, end: Date) {
        self.start = start
        self.end = max(start, end)
    }

    /// Whether the two spans share any moment (touching ends do not overlap).
    public func overlaps(_ other: TimeSpan) -> Bool { start < other.end && other.start < end }

    public var duration: TimeInterval { end.timeIntervalSince(start) }

    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }
}

/// A trainer's busy time (bookings with their buffers, time off), merged and sorted for fast look-ups.
public struct BusyTimeline: Sendable {
    /// Disjoint, sorted by start.
    public let spans: [TimeSpan]

    public init(_ busy: [TimeSpan]) {
        var merged: [TimeSpan] = []
        for span in busy.sorted() where span.end > span.start {
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1] = TimeSpan(start: last.start, end: max(last.end, span.end))
            } else {
                merged.append(span)
            }
        }
        spans = merged
    }

    /// Whether nothing busy overlaps `span` (binary search: logarithmic in the number of bookings).
    public func isFree(_ span: TimeSpan) -> Bool {
        // The first busy span ending after `span` starts is the only one that can overlap it.
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].end <= span.start { low = middle + 1 } else { high = middle }
        }
        return low == spans.count || !spans[low].overlaps(span)
    }

    /// How much busy time falls inside `window`, in seconds (to share work fairly between trainers).
    public func bookedTime(in window: TimeSpan) -> TimeInterval {
        spans.reduce(0) { total, span in
            total + max(0, min(span.end, window.end).timeIntervalSince(max(span.start, window.start)))
        }
    }
}
