import Fluent
import Vapor

/// Finds the signed-in staff member from the session cookie; pages that need one redirect to sign-in.
struct StaffAuthentication: AsyncMiddleware {
    static let cookieName = "rb_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[Self.cookieName]?.string, token.count == 43,
            let session = try await StaffSession.query(on: request.db)
                .filter(\.$tokenHash == StaffSession.hash(token)).filter(\.$expiresAt > Date())
                .with(\.$staff).first()
        {
            request.storage[SignedInStaffKey.self] = SignedInStaff(member: session.staff, sessionID: try session.requireID())
        }
        return try await next.respond(to: request)
    }

    /// Starts a session: a new random token in an `HttpOnly; SameSite=Lax` cookie, its hash in the database.
    static func signIn(_ member: StaffMember, on request: Request, response: Response) async throws {
        let token = SelfScreenRecord.newToken()
        let session = StaffSession(
            staffID: try member.requireID(), tokenHash: StaffSession.hash(token),
            expiresAt: Date().addingTimeInterval(StaffSession.lifetime))
        try await session.save(on: request.db)
        response.cookies[cookieName] = HTTPCookies.Value(
            string: token, maxAge: Int(StaffSession.lifetime), path: "/", isSecure: request.application.secureCookies,
            isHTTPOnly: true, sameSite: .lax)
    }
}

/// The staff member behind a request, with the session they signed in with.
struct SignedInStaff: Sendable {
    let member: StaffMember
    let sessionID: UUID
}

struct SignedInStaffKey: StorageKey {
    typealias Value = SignedInStaff
}

/// Sends anyone not signed in to the sign-in page, and remembers where they were going.
struct RequireStaff: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.staff != nil else {
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
        guard let studio = try await Studio.find(try requireStaff().member.$studio.id, on: db) else { throw Abort(.notFound) }
        return studio
    }

    /// The signed-in staff member; only for routes behind `RequireStaff`.
    func requireStaff() throws -> SignedInStaff {
        guard let staff else { throw Abort(.unauthorized) }
        return staff
    }
}

extension Application {
    /// Whether cookies get `Secure` (the public address is HTTPS).
    var secureCookies: Bool { settings?.baseURL.hasPrefix("https://") ?? false }
}
