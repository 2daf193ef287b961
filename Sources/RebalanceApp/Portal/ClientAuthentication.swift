import Fluent
import Vapor

/// Finds the signed-in client from the app's cookie. Separate from staff sign-in: a client's cookie opens only
/// `/me`, and only their own record, because every portal page reads the client from the device, never from the
/// address.
struct ClientAuthentication: AsyncMiddleware {
    static let cookieName = "rb_client"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[Self.cookieName]?.string, SecretToken.hasShape(token),
            let device = try await ClientDevice.query(on: request.db)
                .filter(\.$tokenHash == SecretToken.fingerprint(token)).filter(\.$expiresAt > request.now)
                .with(\.$client).first(),
            device.client.archivedAt == nil
        {
            request.storage[SignedInClientKey.self] = SignedInClient(
                client: device.client, deviceID: try device.requireID())
        }
        return try await next.respond(to: request)
    }

    /// Signs this browser in as `client`: a new device with a random token in an `HttpOnly; SameSite=Lax` cookie.
    static func signIn(_ client: Client, on request: Request, response: Response) async throws {
        let token = SecretToken.make()
        try await ClientDevice(
            clientID: client.requireID(), tokenHash: SecretToken.fingerprint(token), now: request.now
        )
        .create(on: request.db)
        response.cookies[cookieName] = HTTPCookies.Value(
            string: token, maxAge: Int(ClientDevice.lifetime), path: "/", isSecure: request.application.secureCookies,
            isHTTPOnly: true, sameSite: .lax)
    }
}

/// The client behind a request and the device they signed in on.
struct SignedInClient: Sendable {
    let client: Client
    let deviceID: UUID
}

struct SignedInClientKey: StorageKey {
    typealias Value = SignedInClient
}

/// Sends anyone not signed in as a client to the app's sign-in page.
struct RequireClient: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.signedInClient != nil else { return request.redirect(to: "/me/sign-in", redirectType: .normal) }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// The client signed in to the app on this device, if any.
    var signedInClient: SignedInClient? { storage[SignedInClientKey.self] }

    func requireClient() throws -> SignedInClient {
        guard let signedIn = signedInClient else { throw Abort(.unauthorized) }
        return signedIn
    }
}
