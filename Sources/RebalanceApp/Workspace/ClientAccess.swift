import Fluent
import Foundation
import Vapor

/// Finding a client for the signed-in member — only within their studio, so any other id is "not found" —
/// and writing the audit entry for every read or change of health data.
struct ClientAccess {
    let req: Request
    let staff: SignedInStaff

    init(_ req: Request) throws {
        self.req = req
        staff = try req.requireStaff()
    }

    var studioID: UUID { staff.member.$studio.id }

    /// The client named by the `clientID` path parameter, or 404.
    func client(_ parameter: String = "clientID") async throws -> Client {
        guard let id = req.parameters.get(parameter).flatMap({ UUID(slotID: $0) }) ?? req.query[String.self, at: parameter].flatMap({ UUID(slotID: $0) }),
            let client = try await Client.query(on: req.db).filter(\.$id == id).filter(\.$studio.$id == studioID).first()
        else { throw Abort(.notFound, reason: "There is no such client in your studio.") }
        return client
    }

    /// The id, revision and email of the client named by the `clientID` path parameter, or 404: all a kept page
    /// needs to know whether it is still current, in one indexed read instead of a whole model.
    func clientRevision() async throws -> (id: UUID, revision: Int, email: String) {
        guard let id = req.parameters.get("clientID").flatMap({ UUID(slotID: $0) }),
            let found = try await NativeRows(db: req.db).select(
                "SELECT revision, email FROM clients WHERE id = $1 AND studio_id = $2", [.uuid(id), .uuid(studioID)],
                { row in row.int(0).map { ($0, row.text(1) ?? "") } }
            ).first
        else { throw Abort(.notFound, reason: "There is no such client in your studio.") }
        return (id, found.0, found.1)
    }

    /// A record of `type` that belongs to `client`, by the id in `parameter`, or 404.
    func record<M: Model>(_ type: M.Type, _ parameter: String, of client: Client, key: KeyPath<M, ParentProperty<M, Client>>) async throws -> M
    where M.IDValue == UUID {
        guard let id = req.parameters.get(parameter).flatMap({ UUID(slotID: $0) }),
            let record = try await M.query(on: req.db).filter(\._$id == id).filter(key.appending(path: \.$id) == client.requireID()).first()
        else { throw Abort(.notFound) }
        return record
    }

    /// Notes who read or changed what of this client's health record. Every change is audited, so this is also
    /// where a change raises the client's revision (after it has committed), retiring cached page parts.
    func audit(_ client: Client, _ action: AuditEntry.Action, _ subject: String) async throws {
        try await audit(clientID: client.id, action, subject)
    }

    func audit(clientID: UUID?, _ action: AuditEntry.Action, _ subject: String) async throws {
        try await NativeRows(db: req.db).execute(
            "INSERT INTO audit_log (id, studio_id, staff_id, staff_name, client_ref, action, subject, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            [.uuid(UUID()), .uuid(studioID), .uuid(try staff.member.requireID()), .text(staff.member.name),
             .text(clientID?.uuidString.lowercased() ?? ""), .text(action.rawValue), .text(subject), .date(req.now)])
        if action == .write, let id = clientID {
            try await ClientRevision.bump(id, on: req.db)
        }
        if action == .write {
            try await ClientRevision.bumpList(studioID: studioID, on: req.db)
        }
    }
}
