import Vapor

/// Turns errors into a friendly HTML page for browsers and the usual JSON `{error, reason}` for the API.
/// Reasons are shown only for client errors (4xx), which carry messages written for people; a 5xx shows a
/// generic message and is logged, so no internal detail reaches the page.
struct ErrorPages: AsyncMiddleware {
    struct Context: Encodable {
        let page: Page
        let status: Int
        let heading: String
        let message: String
    }

    /// The API's error body, as Vapor's default error middleware shapes it.
    struct JSONError: Content {
        let error: Bool
        let reason: String
    }

    /// The layout's fields without a database query: an error page must render even when the database is down.
    struct Page: Encodable {
        let title: String
        let studioName: String
        let studioAddress: String
        let trainerName: String?
        let csrf: String
        let signedIn: Bool
        let isOwner: Bool
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let (status, reason) = Self.describe(error)
            if status.code >= 500 { request.logger.report(error: error) }
            let path = request.url.path
            if path.hasPrefix("/api/") || path == "/healthz" || path == "/readyz" || path == "/openapi.json" {
                let response = Response(status: status)
                try response.content.encode(JSONError(error: true, reason: reason), as: .json)
                return response
            }
            let heading =
                switch status.code {
                case 404: "We could not find that page"
                // Two different refusals: an expired form (CSRF) and a booking link that is not valid.
                case 403: reason.contains("link") ? "This link is not valid" : "This form has expired"
                case 429: "Please slow down"
                case 500...: "Something went wrong on our side"
                default: "That did not work"
                }
            let context = Context(
                page: Page(
                    title: heading, studioName: "Rebalance", studioAddress: "", trainerName: nil,
                    csrf: request.csrfToken, signedIn: false,
                    isOwner: false),
                status: Int(status.code), heading: heading, message: reason)
            let view = try await request.view.render("error", context)
            return try await view.encodeResponse(status: status, for: request)
        }
    }

    static func describe(_ error: any Error) -> (HTTPResponseStatus, String) {
        if let abort = error as? any AbortError {
            let status = abort.status
            if status.code < 500 {
                let reason = abort.reason == status.reasonPhrase ? defaultMessage(status) : abort.reason
                return (status, reason)
            }
            return (status, defaultMessage(status))
        }
        return (.internalServerError, defaultMessage(.internalServerError))
    }

    private static func defaultMessage(_ status: HTTPResponseStatus) -> String {
        switch status.code {
        case 404: "The link may be incomplete, or the page has moved. Try the home page."
        case 500...: "Please try again in a moment. If it keeps happening, call the studio."
        default: status.reasonPhrase
        }
    }
}
