import Vapor

/// Double-submit CSRF protection for HTML forms: a random token in an `HttpOnly; SameSite=Lax` cookie must
/// come back in the form's `_csrf` field. JSON API routes are exempt (they take no cookies).
struct CSRFProtection: AsyncMiddleware {
    static let cookieName = "rb_csrf"
    static let fieldName = "_csrf"
    let secureCookies: Bool
    /// Only paths with a POST route are checked, so an unknown path still gets its 404 or 405.
    let routes: RoutePatterns

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let cookie = request.cookies[Self.cookieName]?.string
        let existing = cookie.flatMap { SecretToken.hasShape($0) ? $0 : nil }
        let token = existing ?? SecretToken.make()
        request.storage[CSRFTokenKey.self] = token
        // One-click unsubscribe (RFC 8058) comes from the mail provider, with no cookie: its signed address is the
        // proof, and all it can do is stop reminders.
        if request.method == .POST, !request.url.path.hasPrefix("/api/"),
            !request.url.path.hasPrefix("/me/unsubscribe/"),
            routes.methods(for: request.url.path).contains("POST")
        {
            // A body that arrived in several packets is still a stream here (routes collect theirs later);
            // collect it now, up to the route's own limit, or a larger form would read as having no token.
            let limit = routes.uploadLimit(for: request.url.path) ?? request.application.routes.defaultMaxBodySize.value
            _ = try await request.body.collect(max: limit).get()
            let sent = try? request.content.get(String.self, at: Self.fieldName)
            guard let existing, let sent, SecretToken.constantTimeEqual(sent, existing) else {
                throw Abort(.forbidden, reason: "This form has expired. Please go back, reload the page and try again.")
            }
        }
        let response = try await next.respond(to: request)
        if existing == nil {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: token, maxAge: 60 * 60 * 24, path: "/", isSecure: secureCookies, isHTTPOnly: true,
                sameSite: .lax)
        }
        return response
    }
}

struct CSRFTokenKey: StorageKey {
    typealias Value = String
}

extension Request {
    /// The CSRF token to put in this page's forms.
    var csrfToken: String { storage[CSRFTokenKey.self] ?? "" }
}
