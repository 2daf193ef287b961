import Fluent
import Vapor

/// Finds the signed-in staff member from the session cookie; pages that need one redirect to sign-in.
struct StaffAuthentication: AsyncMiddleware {
    static let cookieName = "rb_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[Self.cookieName]?.string, SecretToken.hasShape(token),
            let signedIn = try await Self.signedIn(
                tokenHash: SecretToken.fingerprint(token), on: request.db, now: request.now)
        {
            request.storage[SignedInStaffKey.self] = signedIn
            // The member's id, never their name, so a request line can be traced to who made it.
            request.logger[metadataKey: "member"] = signedIn.member.id.map { .string($0.uuidString.lowercased()) }
        }
        return try await next.respond(to: request)
    }

    /// The live session with this token hash, its member and their studio, in one query: every staff page asks.
    static func signedIn(tokenHash: String, on db: any Database, now: Date) async throws -> SignedInStaff? {
        guard
            let session = try await StaffSession.query(on: db)
                .join(StaffMember.self, on: \StaffSession.$staff.$id == \StaffMember.$id)
                .join(Studio.self, on: \StaffMember.$studio.$id == \Studio.$id)
                .filter(\.$tokenHash == tokenHash).filter(\.$expiresAt > now)
                .filter(StaffMember.self, \.$disabledAt == nil)
                .first()
        else { return nil }
        return SignedInStaff(
            member: try session.joined(StaffMember.self), studio: try session.joined(Studio.self),
            sessionID: try session.requireID())
    }

    /// Starts a session: a new random token in an `HttpOnly; SameSite=Lax` cookie, its hash in the database.
    static func signIn(_ member: StaffMember, on request: Request, response: Response) async throws {
        let token = SecretToken.make()
        let session = StaffSession(
            staffID: try member.requireID(), tokenHash: SecretToken.fingerprint(token),
            expiresAt: request.now.addingTimeInterval(StaffSession.lifetime))
        try await session.save(on: request.db)
        response.cookies[cookieName] = HTTPCookies.Value(
            string: token, maxAge: Int(StaffSession.lifetime), path: "/", isSecure: request.application.secureCookies,
            isHTTPOnly: true, sameSite: .lax)
    }
}

/// The staff member behind a request, their studio, and the session they signed in with.
struct SignedInStaff: Sendable {
    let member: StaffMember
    let studio: Studio
    let sessionID: UUID
}

struct SignedInStaffKey: StorageKey {
    typealias Value = SignedInStaff
}

/// Sends anyone not signed in to the sign-in page, and remembers where they were going.
struct RequireStaff: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.staff != nil else {
            // Encoded once here, decoded once by the sign-in form's query parser.
            let next = request.url.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            return request.redirect(to: "/staff/sign-in?next=\(next)", redirectType: .normal)
        }
        return try await next.respond(to: request)
    }
}

/// Lets only the studio owner through.
struct RequireOwner: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.staff?.member.role == .owner else { throw Abort(.notFound) }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// The signed-in staff member, if any.
    var staff: SignedInStaff? { storage[SignedInStaffKey.self] }

    /// The signed-in member's studio; only for routes behind `RequireStaff`.
    func staffStudio() async throws -> Studio {
        try requireStaff().studio
    }

    /// The signed-in staff member; only for routes behind `RequireStaff`.
    func requireStaff() throws -> SignedInStaff {
        guard let staff else { throw Abort(.unauthorized) }
        return staff
    }
}

extension Application {
    /// Whether cookies get `Secure` (the public address is HTTPS).
    var secureCookies: Bool { shared.settings.baseURL.hasPrefix("https://") }
}
