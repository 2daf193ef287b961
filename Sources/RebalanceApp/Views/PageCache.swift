import Fluent
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Page parts kept under a key that names exactly the data they were built from, up to a fixed number of
/// entries (the oldest go first). Because a key never outlives its data, entries are never stale, on any
/// instance; see `ClientRevision` and `SelfCheckPages` for how the keys are made.
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

/// A client's revision, the number every cached page part of that client is keyed by.
///
/// Every change to a client's record raises `clients.revision` (see `ClientAccess.audit`), and every app instance
/// reads that number with the client, so an entry is only ever used for exactly the data it was built from.
/// The raise happens after the change has committed: a reader that saw the old number may cache fresh data
/// under it, which is harmless, but can never cache old data under the new number.
enum ClientRevision {
    /// The key for a client at a revision.
    static func key(_ clientID: UUID, revision: Int) -> String { "\(clientID.uuidString)@\(revision)" }

    /// Raises the client's revision; call after the change has committed.
    static func bump(_ clientID: UUID, on db: any Database) async throws {
        try await NativeRows(db: db).execute("UPDATE clients SET revision = revision + 1 WHERE id = $1", [.uuid(clientID)])
    }

    /// Raises the studio's client-list revision (`studios.clients_revision`, read with every signed-in request),
    /// which keys the kept client list: any change to any client may change what a list shows. Call after the
    /// change has committed.
    static func bumpList(studioID: UUID, on db: any Database) async throws {
        try await NativeRows(db: db).execute(
            "UPDATE studios SET clients_revision = clients_revision + 1 WHERE id = $1", [.uuid(studioID)])
    }
}

struct ProgressChartsKey: StorageKey {
    typealias Value = PageCache<ProgressCharts>
}

struct ResultPagesKey: StorageKey {
    typealias Value = PageCache<AssessmentResultPage.Content>
}
