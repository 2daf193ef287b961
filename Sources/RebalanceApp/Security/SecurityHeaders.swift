import Foundation
import Vapor

/// The headers every response carries, so a browser refuses what the site never does: scripts or styles from
/// elsewhere or inline, being framed, sniffing a file as another type, and leaking the secret links in our URLs
/// (self-check, booking, program) to another site through the Referer header.
///
/// Pages are built from health data and private links, so nothing dynamic is stored by browsers or proxies
/// (`no-store`); static files keep their own caching. HSTS is sent only when the public address is HTTPS.
struct SecurityHeaders: AsyncMiddleware {
    /// Only this site's own files; no inline script, and no inline style but one: the printable handout's, which
    /// is self-contained so the command line can print it too, and is allowed by its hash alone.
    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self' \(handoutStyle)", "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'",
    ].joined(separator: "; ")

    /// The CSP source for exactly the handout's `<style>` text.
    static let handoutStyle = "'sha256-\(Data(SHA256.hash(data: Data(ProgramHandout.css.utf8))).base64EncodedString())'"

    let httpsOnly: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let headers = [
            ("Content-Security-Policy", Self.contentSecurityPolicy), ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "same-origin"), ("X-Content-Type-Options", "nosniff"),
        ]
        for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
        if httpsOnly {
            response.headers.replaceOrAdd(
                name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains")
        }
        // Static files answer with an ETag; everything else is personal or may be.
        if response.headers.first(name: .eTag) == nil, response.headers.first(name: .cacheControl) == nil {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        return response
    }
}
