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
        guard
            let id = req.parameters.get(parameter).flatMap({ UUID(uuidString: $0) })
                ?? req.query[String.self, at: parameter].flatMap({ UUID(uuidString: $0) }),
            let client = try await Client.query(on: req.db).filter(\.$id == id).filter(\.$studio.$id == studioID)
                .first()
        else { throw Abort(.notFound, reason: "There is no such client in your studio.") }
        return client
    }

    /// A record of `type` that belongs to `client`, by the id in `parameter`, or 404.
    func record<M: Model>(
        _ type: M.Type, _ parameter: String, of client: Client, key: KeyPath<M, ParentProperty<M, Client>>
    ) async throws -> M
    where M.IDValue == UUID {
        guard let id = req.parameters.get(parameter).flatMap({ UUID(uuidString: $0) }),
            let record = try await M.query(on: req.db).filter(\._$id == id).filter(
                key.appending(path: \.$id) == client.requireID()
            ).first()
        else { throw Abort(.notFound) }
        return record
    }

    /// Saves a change to the client's record and its audit entry in one transaction: both land, or neither.
    ///
    /// On SQLite the transaction takes the write lock first (`writeTransaction`), so two trainers saving the same
    /// client at once take turns instead of failing.
    @discardableResult
    func change<T: Sendable>(
        _ client: Client, _ subject: String, action: AuditEntry.Action = .write,
        _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        try await req.db.writeTransaction { db in
            let result = try await body(db)
            // After the change, so a client created by it is named by its new id.
            try await entry(clientID: client.id, action, subject).create(on: db)
            return result
        }
    }

    /// Notes who read what of a client's health record (every change is noted by `change`).
    func audit(_ client: Client, _ action: AuditEntry.Action, _ subject: String) async throws {
        try await entry(clientID: client.id, action, subject).create(on: req.db)
    }

    private func entry(clientID: UUID?, _ action: AuditEntry.Action, _ subject: String) throws -> AuditEntry {
        AuditEntry(
            studioID: studioID, staffID: try staff.member.requireID(), staffName: staff.member.name,
            clientRef: clientID?.uuidString.lowercased() ?? "", action: action, subject: subject, at: req.now)
    }
}
