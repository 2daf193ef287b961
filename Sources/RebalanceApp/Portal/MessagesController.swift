import Fluent
import Vapor

/// The message thread on both sides: the client's `/me/messages` and the trainer's
/// `/staff/clients/:clientID/messages`. Each side's visit marks the other's messages as read.
struct MessagesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let me = routes.grouped("me").grouped(RequireClient())
        me.get("messages", use: clientThread)
        me.post("messages", use: clientWrites)
        me.post("messages", "emails", use: clientEmailChoice)
        let staff = routes.grouped("staff").grouped(RequireStaff()).grouped("clients", ":clientID", "messages")
        staff.get(use: staffThread)
        staff.post(use: staffWrites)
    }

    struct Context: Encodable {
        let page: PageContext
        let lines: [MessageThread.Line]?
        let draft: String
        let error: String?
        let sent: Bool
        let maxLength: Int
        /// Client side: whether replies are emailed. Staff side: the client's name and page.
        let emails: Bool
        let clientName: String?
        let clientPath: String?
        let inApp: Bool
    }

    @Sendable func clientThread(req: Request) async throws -> View {
        let client = try req.requireClient().client
        try await MessageThread.markRead(of: client.requireID(), by: .client, now: req.now, on: req.db)
        return try await render(req, client, viewer: .client, draft: "", error: nil)
    }

    @Sendable func clientWrites(req: Request) async throws -> Response {
        let client = try req.requireClient().client
        let field = try req.content.decode([String: String].self)["message"]
        switch MessageThread.text(field) {
        case .failure(let problem):
            return try await render(req, client, viewer: .client, draft: field ?? "", error: problem.message)
                .encodeResponse(status: .badRequest, for: req)
        case .success(let text):
            let studio = try await client.$studio.get(on: req.db)
            // One email per batch: while earlier messages wait unread, the studio has been told already.
            let waiting = try await MessageThread.unread(of: client.requireID(), by: .staff, on: req.db) > 0
            let recipients =
                waiting ? [] : try await HomeFlareNotice.recipients(for: client, studio: studio, on: req.db)
            let notices = try MessageThread.noticeToStudio(
                from: client, to: recipients, baseURL: req.application.shared.settings.baseURL, now: req.now)
            let message = ClientMessage(
                clientID: try client.requireID(), author: .client, staffMemberID: nil, body: text, at: req.now)
            let audit = try AuditEntry.byClient(client, "message to the studio", at: req.now)
            try await req.db.writeTransaction { db in
                try await message.create(on: db)
                for notice in notices { try await notice.create(on: db) }
                try await audit.create(on: db)
            }
            return req.redirect(to: "/me/messages?sent=1", redirectType: .normal)
        }
    }

    @Sendable func clientEmailChoice(req: Request) async throws -> Response {
        let client = try req.requireClient().client
        client.messageEmails = (try req.content.decode([String: String].self))["emails"] == "on"
        try await client.save(on: req.db)
        return req.redirect(to: "/me/messages", redirectType: .normal)
    }

    @Sendable func staffThread(req: Request) async throws -> View {
        let access = try ClientAccess(req)
        let client = try await access.client()
        try await MessageThread.markRead(of: client.requireID(), by: .staff, now: req.now, on: req.db)
        return try await render(req, client, viewer: .staff, draft: "", error: nil)
    }

    @Sendable func staffWrites(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let field = try req.content.decode([String: String].self)["message"]
        switch MessageThread.text(field) {
        case .failure(let problem):
            return try await render(req, client, viewer: .staff, draft: field ?? "", error: problem.message)
                .encodeResponse(status: .badRequest, for: req)
        case .success(let text):
            let member = access.staff.member
            let studio = try await client.$studio.get(on: req.db)
            let message = ClientMessage(
                clientID: try client.requireID(), author: .staff, staffMemberID: try member.requireID(), body: text,
                at: req.now)
            let waiting = try await MessageThread.unread(of: client.requireID(), by: .client, on: req.db) > 0
            let notice =
                client.messageEmails && client.appInvitedAt != nil && !waiting
                ? try MessageThread.noticeToClient(
                    client, from: member.name, studio: studio.name, key: try await req.bookingLinks().key,
                    baseURL: req.application.shared.settings.baseURL, now: req.now) : nil
            try await access.change(client, "message to the client") { db in
                try await message.create(on: db)
                try await notice?.create(on: db)
                // Answering is reading: the client's messages before the answer are seen.
                try await MessageThread.markRead(of: client.requireID(), by: .staff, now: req.now, on: db)
            }
            return req.redirect(
                to: "/staff/clients/\(try client.requireID().uuidString.lowercased())/messages?sent=1",
                redirectType: .normal)
        }
    }

    private func render(
        _ req: Request, _ client: Client, viewer: ClientMessage.Author, draft: String, error: String?
    ) async throws -> View {
        let studio = try await client.$studio.get(on: req.db)
        let lines = try await MessageThread.lines(of: client, viewer: viewer, zone: studio.zone, on: req.db)
        let title = viewer == .client ? "Messages" : "Messages with \(client.name)"
        return try await req.view.render(
            viewer == .client ? "me-messages" : "staff-client-messages",
            Context(
                page: try await PageContext(req, title: title), lines: lines.nonEmpty, draft: draft, error: error,
                sent: req.query[String.self, at: "sent"] != nil, maxLength: MessageThread.maxLength,
                emails: client.messageEmails, clientName: viewer == .staff ? client.name : nil,
                clientPath: viewer == .staff ? "/staff/clients/\(try client.requireID().uuidString.lowercased())" : nil,
                inApp: client.appInvitedAt != nil))
    }
}
