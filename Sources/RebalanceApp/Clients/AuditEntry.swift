import Fluent
import Foundation
import RebalanceCore

/// A read or a change of a client's health data, or an export or deletion: who, what, when. Entries outlive a
/// deleted client and never hold health data themselves.
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_log"

    /// What was done.
    enum Action: String, Codable, Sendable {
        case read, write, export, delete
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "studio_id") var studio: Studio
    @OptionalField(key: "staff_id") var staffID: UUID?
    @Field(key: "staff_name") var staffName: String
    /// The client's id as text: kept when the client is deleted, and meaningless without the record.
    @Field(key: "client_ref") var clientRef: String
    @Field(key: "action") var action: Action
    /// What was touched, in words without health data ("assessment", "program version 3").
    @Field(key: "subject") var subject: String
    /// When, by the app's clock (injected, so tests and the record agree), not the database's.
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    /// An entry for what the client did themselves in the app (a home session, a check-in): no staff member.
    static func byClient(_ client: Client, _ subject: String, at: Date) throws -> AuditEntry {
        AuditEntry(
            studioID: client.$studio.id, staffID: nil, staffName: "\(client.name) (client)",
            clientRef: try client.requireID().uuidString.lowercased(), action: .write, subject: subject, at: at)
    }

    init(
        studioID: UUID, staffID: UUID?, staffName: String, clientRef: String, action: Action, subject: String, at: Date
    ) {
        $studio.id = studioID
        self.staffID = staffID
        self.staffName = staffName
        self.clientRef = clientRef
        self.action = action
        self.subject = subject
        createdAt = at
    }
}
