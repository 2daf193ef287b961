import Fluent
import Foundation
import Vapor

/// Page parts worked out from a client's record (the progress charts), kept per client revision.
///
/// Every change to a client's record raises `clients.revision` (see `ClientAccess.audit`), and every app instance
/// reads that number with the client, so an entry is only ever used for exactly the data it was built from.
/// The raise happens after the change has committed: a reader that saw the old number may cache fresh data
/// under it, which is harmless, but can never cache old data under the new number.
actor ClientPageCache<Value: Sendable> {
    private let capacity: Int
    private var entries: [String: Value] = [:]
    /// Keys in the order they were stored, so the oldest go first when full.
    private var order: [String] = []

    init(capacity: Int) {
        self.capacity = capacity
    }

    func value(for key: String) -> Value? { entries[key] }

    func store(_ value: Value, for key: String) {
        if entries.updateValue(value, forKey: key) == nil { order.append(key) }
        if order.count > capacity {
            let dropped = order.prefix(order.count - capacity)
            for old in dropped { entries[old] = nil }
            order.removeFirst(dropped.count)
        }
    }

    /// The key for a client at a revision.
    static func key(_ clientID: UUID, revision: Int) -> String { "\(clientID.uuidString)@\(revision)" }

    /// Raises the client's revision; call after the change has committed.
    static func bump(_ clientID: UUID, on db: any Database) async throws {
        try await NativeRows(db: db).execute("UPDATE clients SET revision = revision + 1 WHERE id = $1", [.uuid(clientID)])
    }
}

struct ProgressChartsKey: StorageKey {
    typealias Value = ClientPageCache<ProgressCharts>
}

struct ResultPagesKey: StorageKey {
    typealias Value = ClientPageCache<AssessmentResultPage.Content>
}
