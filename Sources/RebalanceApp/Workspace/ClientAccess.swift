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

    /// A record of `type` that belongs to `client`, by the id in `parameter`, or 404.
    func record<M: Model>(_ type: M.Type, _ parameter: String, of client: Client, key: KeyPath<M, ParentProperty<M, Client>>) async throws -> M
    where M.IDValue == UUID {
        guard let id = req.parameters.get(parameter).flatMap({ UUID(slotID: $0) }),
            let record = try await M.query(on: req.db).filter(\._$id == id).filter(key.appending(path: \.$id) == client.requireID()).first()
        else { throw Abort(.notFound) }
        return record
    }

    /// Notes who read or changed what of this client's health record.
    func audit(_ client: Client, _ action: AuditEntry.Action, _ subject: String) async throws {
        try await AuditEntry(
            studioID: studioID, staffID: staff.member.id, staffName: staff.member.name,
            clientRef: client.id?.uuidString.lowercased() ?? "", action: action, subject: subject
        ).create(on: req.db)
    }
}
