import Fluent
import RebalanceCore
import Vapor

/// Signing in to the client app without a password: the trainer's invitation, or a link the client asks for by
/// email, opens the app on that device; the client (or the trainer) signs devices out.
struct ClientSignInController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let me = routes.grouped("me")
        me.get("sign-in", use: form)
        me.post("sign-in", use: requestLink)
        // Opening the link only shows a button: mail scanners that fetch links must not use it up.
        me.get("link", ":token", use: linkPage)
        me.post("link", ":token", use: useLink)
        let signedIn = me.grouped(RequireClient())
        signedIn.post("sign-out", use: signOut)
        signedIn.post("sign-out-everywhere", use: signOutEverywhere)
        let staff = routes.grouped("staff").grouped(RequireStaff()).grouped("clients", ":clientID", "app")
        staff.post("invite", use: invite)
        staff.post("sign-out", use: staffSignsOut)
    }

    struct FormContext: Encodable {
        let page: PageContext
        let email: String
        let sent: Bool
        let error: String?
    }

    struct LinkContext: Encodable {
        let page: PageContext
        let token: String
        let firstName: String
    }

    @Sendable func form(req: Request) async throws -> View {
        try await req.view.render(
            "me-sign-in",
            FormContext(
                page: try await PageContext(req, title: "Sign in to your program"), email: "", sent: false, error: nil))
    }

    @Sendable func requestLink(req: Request) async throws -> Response {
        let email = ((try req.content.decode([String: String].self))["email"] ?? "")
            .trimmingCharacters(in: .whitespaces).lowercased()
        guard LeadDetails.isEmail(email) else {
            let context = FormContext(
                page: try await PageContext(req, title: "Sign in to your program"), email: email, sent: false,
                error: "Enter the email address your trainer has for you, like name@example.com.")
            return try await req.view.render("me-sign-in", context).encodeResponse(status: .badRequest, for: req)
        }
        let limits = req.application.shared.rateLimits
        if try await limits.clientLinkAddress.allow("client-link|\(req.clientAddress)", now: req.now, on: req.db),
            try await limits.clientLinkEmail.allow("client-link|\(email)", now: req.now, on: req.db),
            let client = try await Client.query(on: req.db).filter(\.$email == email).filter(\.$appInvitedAt != nil)
                .filter(\.$archivedAt == nil).sort(\.$appInvitedAt, .descending).first()
        {
            try await Self.sendLink(to: client, purpose: .signIn, on: req)
        }
        // The same answer whether or not the address has the app, so nobody learns who trains here.
        let context = FormContext(
            page: try await PageContext(req, title: "Check your email"), email: email, sent: true, error: nil)
        return try await req.view.render("me-sign-in", context).encodeResponse(for: req)
    }

    @Sendable func linkPage(req: Request) async throws -> View {
        let link = try await Self.validLink(req)
        let client = try await link.$client.get(on: req.db)
        return try await req.view.render(
            "me-link",
            LinkContext(
                page: try await PageContext(req, title: "Open your program"), token: req.parameters.get("token") ?? "",
                firstName: client.firstName))
    }

    @Sendable func useLink(req: Request) async throws -> Response {
        let link = try await Self.validLink(req)
        let client = try await link.$client.get(on: req.db)
        let now = req.now
        // Used once: this link and any other the client was sent stop working.
        try await Self.voidOutstandingLinks(of: client.requireID(), now: now, on: req.db)
        let response = req.redirect(to: "/me", redirectType: .normal)
        try await ClientAuthentication.signIn(client, on: req, response: response)
        return response
    }

    @Sendable func signOut(req: Request) async throws -> Response {
        let signedIn = try req.requireClient()
        try await ClientDevice.query(on: req.db).filter(\.$id == signedIn.deviceID).delete()
        return Self.signedOut(req)
    }

    @Sendable func signOutEverywhere(req: Request) async throws -> Response {
        let signedIn = try req.requireClient()
        try await ClientDevice.query(on: req.db).filter(\.$client.$id == signedIn.client.requireID()).delete()
        return Self.signedOut(req)
    }

    /// The trainer invites the client to the app: an email with a link that works for a week, once.
    @Sendable func invite(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        guard LeadDetails.isEmail(client.email), client.archivedAt == nil else {
            throw Abort(.badRequest, reason: "Add the client's email address first; the invitation is sent there.")
        }
        client.appInvitedAt = client.appInvitedAt ?? req.now
        try await access.change(client, "app invitation") { db in try await client.save(on: db) }
        try await Self.sendLink(to: client, purpose: .invitation, on: req)
        return req.redirect(
            to: "/staff/clients/\(try client.requireID().uuidString.lowercased())?saved=app-invited",
            redirectType: .normal)
    }

    /// The trainer signs the client's devices out, for a lost phone or a shared tablet.
    @Sendable func staffSignsOut(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        try await access.change(client, "app devices signed out") { db in
            try await ClientDevice.query(on: db).filter(\.$client.$id == client.requireID()).delete()
        }
        return req.redirect(
            to: "/staff/clients/\(try client.requireID().uuidString.lowercased())?saved=app-signed-out",
            redirectType: .normal)
    }

    /// A new one-time link for `client`, in the outbox; any older unused link stops working.
    static func sendLink(to client: Client, purpose: ClientSignInLink.Purpose, on req: Request) async throws {
        let token = SecretToken.make()
        let studio = try await client.$studio.get(on: req.db)
        let link = ClientSignInLink(
            clientID: try client.requireID(), purpose: purpose, tokenHash: SecretToken.fingerprint(token), now: req.now)
        let url = req.application.shared.settings.baseURL + "/me/link/\(token)"
        let (subject, body) =
            purpose == .invitation
            ? (
                "Your home program from \(studio.name)",
                "Hello \(client.firstName),\n\nYour trainer at \(studio.name) has set up your program on your phone: "
                    + "today's exercises, how to do them, and a place to note what you did and how it felt.\n\n"
                    + "Open it here (the link works once, for 7 days; after that, ask for a new one "
                    + "on the sign-in page):\n\(url)\n"
            )
            : (
                "Your sign-in link for \(studio.name)",
                "Hello \(client.firstName),\n\nHere is your link to open your program (it works once, for 15 minutes):"
                    + "\n\(url)\n\nIf you did not ask for it, you can ignore this email.\n"
            )
        let now = req.now
        try await req.db.writeTransaction { db in
            try await voidOutstandingLinks(of: client.requireID(), now: now, on: db)
            try await link.create(on: db)
            try await Outbox.enqueue(to: client.email, subject: subject, body: body, now: now, on: db)
        }
    }

    /// Marks every unused link of `clientID` as used, so none of them opens the app any more.
    static func voidOutstandingLinks(of clientID: UUID, now: Date, on db: any Database) async throws {
        try await ClientSignInLink.query(on: db).filter(\.$client.$id == clientID).filter(\.$usedAt == nil)
            .set(\.$usedAt, to: now).update()
    }

    private static func validLink(_ req: Request) async throws -> ClientSignInLink {
        guard let token = req.parameters.get("token"), SecretToken.hasShape(token),
            let link = try await ClientSignInLink.query(on: req.db)
                .filter(\.$tokenHash == SecretToken.fingerprint(token)).first(),
            link.usedAt == nil, link.expiresAt > req.now
        else {
            throw Abort(
                .notFound,
                reason:
                    "This link has expired or was already used. Ask for a new one on the sign-in page (/me/sign-in).")
        }
        return link
    }

    private static func signedOut(_ req: Request) -> Response {
        let response = req.redirect(to: "/me/sign-in?signed-out=1", redirectType: .normal)
        response.cookies[ClientAuthentication.cookieName] = HTTPCookies.Value(
            string: "", maxAge: 0, path: "/", isSecure: req.application.secureCookies, isHTTPOnly: true,
            sameSite: .lax)
        return response
    }
}
