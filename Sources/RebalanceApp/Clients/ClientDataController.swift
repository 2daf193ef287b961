import Fluent
import Foundation
import Vapor

/// A client's record on request: export as JSON or CSV, and deletion (after typing the client's name), each
/// written to the audit log without health data.
struct ClientDataController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let client = routes.grouped("staff").grouped(RequireStaff()).grouped("clients", ":clientID")
        client.get("export.json", use: exportJSON)
        client.get("export.csv", use: exportCSV)
        client.get("delete", use: confirmDelete)
        client.post("delete", use: delete)
    }

    @Sendable func exportJSON(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let body = try await ClientRecordExport.gather(client, now: req.now, on: req.db).json()
        try await access.audit(client, .export, "record as JSON")
        return Self.download(body, type: .json, name: "client-\(Self.slug(client.name)).json")
    }

    @Sendable func exportCSV(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let body = try await ClientRecordExport.gather(client, now: req.now, on: req.db).csv()
        try await access.audit(client, .export, "record as CSV")
        return Self.download(
            body, type: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]),
            name: "client-\(Self.slug(client.name)).csv")
    }

    struct ConfirmContext: Encodable {
        let page: PageContext
        let clientID: String
        let clientName: String
        let error: String?
    }

    @Sendable func confirmDelete(req: Request) async throws -> View {
        let access = try ClientAccess(req)
        let client = try await access.client()
        return try await req.view.render(
            "staff-client-delete",
            ConfirmContext(
                page: try await PageContext(req, title: "Delete \(client.name)"),
                clientID: try client.requireID().uuidString.lowercased(),
                clientName: client.name, error: nil))
    }

    @Sendable func delete(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let typed = (try? req.content.get(String.self, at: "confirm"))?.trimmingCharacters(in: .whitespaces) ?? ""
        guard typed.lowercased() == client.name.lowercased() else {
            return try await req.view.render(
                "staff-client-delete",
                ConfirmContext(
                    page: try await PageContext(req, title: "Delete \(client.name)"),
                    clientID: try client.requireID().uuidString.lowercased(),
                    clientName: client.name, error: "Type the client's name exactly to confirm; nothing was deleted.")
            ).encodeResponse(status: .badRequest, for: req)
        }
        // The audit entry names the record only by its id: it outlives the record and holds no health data.
        try await access.change(client, "client record deleted on request", action: .delete) { db in
            try await ClientRecordExport.delete(client, in: db)
        }
        try await SQLiteTuning.forgetDeletedText(on: req.db)
        return req.redirect(to: "/staff/clients?deleted=1", redirectType: .normal)
    }

    static func download(_ body: String, type: HTTPMediaType, name: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.contentDisposition = .init(.attachment, filename: name)
        headers.cacheControl = .init(noStore: true)
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    static func slug(_ name: String) -> String {
        let kept = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(String(kept).split(separator: "-").joined(separator: "-").prefix(40))
    }
}
