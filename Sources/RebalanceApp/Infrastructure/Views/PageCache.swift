import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Pages kept under a key that names exactly the data they were built from, up to a fixed number of entries
/// (the oldest go first). Because a key never outlives its data, entries are never stale, on any instance; see
/// `SelfCheckController.sharedPage` for how the self-check's keys are made.
///
/// A lock rather than an actor: a lookup is a dictionary read, far cheaper than a hop to another executor.
final class PageCache<Value: Sendable>: Sendable {
    private struct Entries {
        var values: [String: Value] = [:]
        /// Keys in the order they were stored, so the oldest go first when full.
        var order: [String] = []
    }

    private let capacity: Int
    private let entries = NIOLockedValueBox(Entries())

    init(capacity: Int) {
        self.capacity = capacity
    }

    func value(for key: String) -> Value? { entries.withLockedValue { $0.values[key] } }

    func store(_ value: Value, for key: String) {
        guard capacity > 0 else { return }
        entries.withLockedValue { entries in
            if entries.values.updateValue(value, forKey: key) == nil { entries.order.append(key) }
            if entries.order.count > capacity {
                let dropped = entries.order.prefix(entries.order.count - capacity)
                for old in dropped { entries.values[old] = nil }
                entries.order.removeFirst(dropped.count)
            }
        }
    }
}
