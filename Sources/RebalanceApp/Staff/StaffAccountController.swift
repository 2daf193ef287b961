import Fluent
import RebalanceCore
import Vapor

/// Staff sign-in and sign-out, forgotten passwords, and accepting an invitation.
struct StaffAccountController: RouteCollection {
    /// Invitation and reset links stay valid this long.
    static let linkLifetime: TimeInterval = 2 * 24 * 3600
    static let minimumPasswordLength = 12
    /// Bcrypt reads only the first 72 bytes; a longer password would be accepted with its tail ignored.
    static let maximumPasswordBytes = 72

    func boot(routes: any RoutesBuilder) throws {
        let staff = routes.grouped("staff")
        staff.get("sign-in", use: signInForm)
        staff.post("sign-in", use: signIn)
        staff.post("sign-out", use: signOut)
        staff.get("forgot", use: forgotForm)
        staff.post("forgot", use: forgot)
        staff.get("link", ":token", use: linkForm)
        staff.post("link", ":token", use: useLink)
    }

    struct SignInContext: Encodable {
        let page: PageContext
        let email: String
        let next: String
        let error: String?
        let notice: String?
    }

    @Sendable func signInForm(req: Request) async throws -> View {
        try await req.view.render(
            "staff-sign-in",
            SignInContext(
                page: try await PageContext(req, title: "Staff sign-in"), email: "",
                next: SafeRedirect.staffPath(req.query[String.self, at: "next"]),
                error: nil, notice: req.query[String.self, at: "notice"]))
    }

    @Sendable func signIn(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let email = (fields["email"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let next = SafeRedirect.staffPath(fields["next"])
        func failure(_ message: String, _ status: HTTPResponseStatus) async throws -> Response {
            let context = SignInContext(
                page: try await PageContext(req, title: "Staff sign-in"), email: email, next: next, error: message,
                notice: nil)
            return try await req.view.render("staff-sign-in", context).encodeResponse(status: status, for: req)
        }
        // Three limits: one account from one address (guessing), one account from anywhere (a botnet on one
        // account), and one address across accounts (password spraying).
        let limits = req.application.shared.rateLimits
        let address = req.clientAddress
        let tries = try await limits.signInPair.hit("\(address)|\(email)", now: req.now, on: req.db)
        guard tries <= limits.signInPair.limit,
            try await limits.signInAccount.allow(email, now: req.now, on: req.db),
            try await limits.signInAddress.allow(address, now: req.now, on: req.db)
        else {
            return try await failure(
                "Too many attempts. Please wait 15 minutes, or reset your password.", .tooManyRequests)
        }
        // A disabled member is answered exactly like an unknown address.
        let member = try await StaffMember.query(on: req.db).filter(\.$email == email).filter(\.$disabledAt == nil)
            .first()
        let password = fields["password"] ?? ""
        // The same message and (through a dummy hash) similar time whether or not the address exists.
        let digest =
            member?.passwordHash.isEmpty == false
            ? member?.passwordHash ?? "" : try req.application.shared.standInPassword()
        let matches = try await req.password.async.verify(password, created: digest).get()
        guard let member, matches, !member.passwordHash.isEmpty else {
            // Known and unknown addresses wait alike, so the delay tells nothing either.
            let delay = SignInDelay.after(tries: tries)
            if delay > .zero { try await req.application.shared.settings.failedSignInPause.wait(delay) }
            return try await failure(
                "That email and password do not match. Check both, or reset your password.", .unauthorized)
        }
        let response = req.redirect(to: next, redirectType: .normal)
        try await StaffAuthentication.signIn(member, on: req, response: response)
        return response
    }

    @Sendable func signOut(req: Request) async throws -> Response {
        if let staff = req.staff {
            try await StaffSession.query(on: req.db).filter(\.$id == staff.sessionID).delete()
        }
        let response = req.redirect(to: "/staff/sign-in?notice=signed-out", redirectType: .normal)
        response.cookies[StaffAuthentication.cookieName] = HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", isHTTPOnly: true, sameSite: .lax)
        return response
    }

    struct ForgotContext: Encodable {
        let page: PageContext
        let sent: Bool
    }

    @Sendable func forgotForm(req: Request) async throws -> View {
        try await req.view.render(
            "staff-forgot", ForgotContext(page: try await PageContext(req, title: "Reset your password"), sent: false))
    }

    @Sendable func forgot(req: Request) async throws -> View {
        let email = ((try? req.content.get(String.self, at: "email")) ?? "").trimmingCharacters(in: .whitespaces)
            .lowercased()
        if try await req.application.shared.rateLimits.passwordReset.allow(
            "forgot|\(req.clientAddress)", now: req.now, on: req.db),
            let member = try await StaffMember.query(on: req.db).filter(\.$email == email).filter(\.$disabledAt == nil)
                .first()
        {
            try await Self.sendLink(to: member, purpose: .passwordReset, on: req)
        }
        // Never reveal whether an address has an account.
        return try await req.view.render(
            "staff-forgot", ForgotContext(page: try await PageContext(req, title: "Reset your password"), sent: true))
    }

    struct LinkContext: Encodable {
        let page: PageContext
        let token: String
        let invitation: Bool
        let name: String
        let error: String?
    }

    @Sendable func linkForm(req: Request) async throws -> View {
        let link = try await validLink(req)
        let member = try await link.$staff.get(on: req.db)
        return try await req.view.render(
            "staff-link",
            LinkContext(
                page: try await PageContext(
                    req, title: link.purpose == .invitation ? "Join the studio" : "Choose a new password"),
                token: req.parameters.get("token") ?? "", invitation: link.purpose == .invitation, name: member.name,
                error: nil))
    }

    @Sendable func useLink(req: Request) async throws -> Response {
        let link = try await validLink(req)
        let member = try await link.$staff.get(on: req.db)
        let fields = try req.content.decode([String: String].self)
        let password = fields["password"] ?? ""
        let name = (fields["name"] ?? member.name).trimmingCharacters(in: .whitespaces)
        var problem: String?
        if password.count < Self.minimumPasswordLength {
            problem = "Use at least \(Self.minimumPasswordLength) characters; a short sentence is easy to remember."
        } else if password.utf8.count > Self.maximumPasswordBytes {
            problem = "Use at most \(Self.maximumPasswordBytes) bytes (about 70 letters, fewer with accents or emoji)."
        } else if password != fields["confirm"] {
            problem = "The two passwords are not the same."
        } else if link.purpose == .invitation, name.isEmpty || name.count > 100 {
            problem = "Please enter your name (up to 100 characters)."
        }
        if let problem {
            let context = LinkContext(
                page: try await PageContext(req, title: "Choose a password"), token: req.parameters.get("token") ?? "",
                invitation: link.purpose == .invitation, name: name, error: problem)
            return try await req.view.render("staff-link", context).encodeResponse(status: .badRequest, for: req)
        }
        member.passwordHash = try await req.password.async.hash(password).get()
        if link.purpose == .invitation { member.name = name }
        link.usedAt = req.now
        let now = req.now
        try await req.db.writeTransaction { db in
            try await member.save(on: db)
            try await link.save(on: db)
            // A new password ends every other session of this member, and every other link they were sent.
            try await StaffSession.query(on: db).filter(\.$staff.$id == member.requireID()).delete()
            try await Self.voidOutstandingLinks(of: member.requireID(), now: now, on: db)
        }
        let response = req.redirect(to: SafeRedirect.staffHome, redirectType: .normal)
        try await StaffAuthentication.signIn(member, on: req, response: response)
        return response
    }

    /// Creates a one-time link and puts the email in the outbox.
    static func sendLink(to member: StaffMember, purpose: StaffLink.Purpose, on req: Request) async throws {
        let token = SecretToken.make()
        let link = StaffLink(
            staffID: try member.requireID(), purpose: purpose, tokenHash: SecretToken.fingerprint(token),
            expiresAt: req.now.addingTimeInterval(linkLifetime))
        let url = (req.application.shared.settings.baseURL) + "/staff/link/\(token)"
        let (subject, body) =
            purpose == .invitation
            ? (
                "You are invited to join the studio on Rebalance",
                "Hello \(member.name),\n\nYou have been invited to join the studio team. "
                    + "Choose your password here (the link works for 48 hours):\n\(url)\n"
            )
            : (
                "Reset your Rebalance password",
                "Hello \(member.name),\n\nSomeone asked to reset the password for this address. "
                    + "If it was you, choose a new one here (the link works for 48 hours):\n\(url)\n\n"
                    + "If it was not you, ignore this email.\n"
            )
        let now = req.now
        try await req.db.writeTransaction { db in
            // Only the newest link works: an older email found later in an inbox can no longer set the password.
            try await voidOutstandingLinks(of: member.requireID(), now: now, on: db)
            try await link.save(on: db)
            try await Outbox.enqueue(to: member.email, subject: subject, body: body, now: now, on: db)
        }
    }

    /// Marks every unused link of `staffID` as used, so none of them can set a password any more.
    static func voidOutstandingLinks(of staffID: UUID, now: Date, on db: any Database) async throws {
        try await StaffLink.query(on: db).filter(\.$staff.$id == staffID).filter(\.$usedAt == nil).set(
            \.$usedAt, to: now
        ).update()
    }

    private func validLink(_ req: Request) async throws -> StaffLink {
        guard let token = req.parameters.get("token"), SecretToken.hasShape(token),
            let link = try await StaffLink.query(on: req.db).filter(\.$tokenHash == SecretToken.fingerprint(token))
                .first(),
            link.usedAt == nil, link.expiresAt > req.now
        else {
            throw Abort(
                .notFound, reason: "This link has expired or was already used. Ask for a new one on the sign-in page.")
        }
        return link
    }

}
