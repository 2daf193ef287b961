import Fluent
import Vapor

/// Finds the signed-in staff member from the session cookie; pages that need one redirect to sign-in.
struct StaffAuthentication: AsyncMiddleware {
    static let cookieName = "rb_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[Self.cookieName]?.string, SecretToken.hasShape(token),
            let signedIn = try await Self.signedIn(tokenHash: SecretToken.fingerprint(token), on: request.db, now: request.now)
        {
            request.storage[SignedInStaffKey.self] = signedIn
        }
        return try await next.respond(to: request)
    }

    /// The live session with this token hash, its member and their studio, in one query: every staff page asks.
    static func signedIn(tokenHash: String, on db: any Database, now: Date) async throws -> SignedInStaff? {
        let rows = try await NativeRows(db: db).select(
            "SELECT s.id, m.id AS member_id, m.studio_id, m.email, m.name AS member_name, m.role, m.password_hash, m.calendar_token_hash, "
                + "m.created_at AS member_created, t.name AS studio_name, t.address, t.time_zone, t.trainer_name, "
                + "t.cancellation_window_hours, t.consultation_with_referral, t.email AS studio_email, t.created_at AS studio_created, "
                + "t.clients_revision "
                + "FROM staff_sessions s JOIN staff m ON m.id = s.staff_id JOIN studios t ON t.id = m.studio_id "
                + "WHERE s.token_hash = $1 AND s.expires_at > $2 AND m.disabled_at IS NULL",
            [.text(tokenHash), .date(now)]
        ) { row -> SignedInStaff? in
            guard let sessionID = row.uuid(0), let memberID = row.uuid(1), let studioID = row.uuid(2),
                let role = row.text(5).flatMap(StaffMember.Role.init(rawValue:))
            else { return nil }
            let member = StaffMember(studioID: studioID, email: row.text(3) ?? "", name: row.text(4) ?? "", role: role,
                                     passwordHash: row.text(6) ?? "")
            member.id = memberID
            member.calendarTokenHash = row.text(7)
            member.createdAt = row.date(8)
            member.$id.exists = true
            let studio = Studio(id: studioID, name: row.text(9) ?? "", address: row.text(10) ?? "", timeZone: row.text(11) ?? "",
                                trainerName: row.text(12) ?? "")
            studio.cancellationWindowHours = row.int(13) ?? 24
            studio.consultationWithReferral = row.bool(14) ?? true
            studio.email = row.text(15) ?? ""
            studio.createdAt = row.date(16)
            studio.$id.exists = true
            return SignedInStaff(member: member, studio: studio, sessionID: sessionID, clientsRevision: row.int(17) ?? 0)
        }
        return rows.first
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
    /// The studio's client-list revision as this request found it (see `ClientRevision.bumpList`).
    let clientsRevision: Int
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
    var secureCookies: Bool { settings?.baseURL.hasPrefix("https://") ?? false }
}
