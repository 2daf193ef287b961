import Foundation
import Vapor

/// Where a "come back here after signing in" value may send the browser: only a staff page of this site.
///
/// The value arrives decoded once by the form or query parser and is never decoded again, so `%2F%2F` stays
/// literal text in a path instead of turning into `//` (another host). Anything that is not a plain absolute
/// path under `/staff` — a scheme, a host, `//`, a backslash, a control character (tab, CR, LF, NUL …) or
/// whitespace — falls back to the default, so a crafted link can neither leave the site nor add a header.
enum SafeRedirect {
    /// The default landing page after signing in.
    static let staffHome = "/staff"

    /// `raw` when it is a safe staff path, re-serialized from its parsed parts; `fallback` otherwise.
    static func staffPath(_ raw: String?, fallback: String = staffHome) -> String {
        guard let raw, !raw.isEmpty, raw.count <= 2_000,
            raw.hasPrefix("/"), !raw.hasPrefix("//"),
            !raw.unicodeScalars.contains(where: isForbidden),
            let parts = URLComponents(string: raw), parts.scheme == nil, parts.host == nil, parts.user == nil,
            parts.percentEncodedPath == "/staff" || parts.percentEncodedPath.hasPrefix("/staff/"),
            // No "." or ".." segment: the path a browser resolves is the path we checked.
            !parts.percentEncodedPath.split(separator: "/").contains(where: { $0 == "." || $0 == ".." })
        else { return fallback }
        var safe = parts.percentEncodedPath
        if let query = parts.percentEncodedQuery { safe += "?" + query }
        return safe
    }

    /// Control characters, whitespace and backslashes: none belongs in a path we send back in `Location`.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\\" || scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
            || scalar.properties.generalCategory == .format || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}

/// The last line of defense: a response whose header value holds CR, LF or NUL is never sent as it is.
///
/// Header values are built from data in many places (redirect targets, file names, cookies); one that carries
/// a line break would let the client's input write headers or split the response. Such a response is
/// replaced by a plain 500 and logged, whichever code produced it.
struct HeaderSafety: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        guard Self.isUnsafe(response.headers) else { return response }
        request.logger.error(
            "A response header held a line break or NUL; answered 500 instead",
            metadata: ["route": .string(request.route?.description ?? "unmatched")])
        return Response(
            status: .internalServerError, headers: ["Content-Type": "text/plain; charset=utf-8"],
            body: .init(string: "Something went wrong on our side. Please try again.\n"))
    }

    /// Whether any name or value contains CR, LF or NUL.
    static func isUnsafe(_ headers: HTTPHeaders) -> Bool {
        headers.contains { name, value in
            (name + value).utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }
        }
    }
}
