import Vapor

/// Makes stopping safe for requests: each is counted in flight until its handler is done (see `RequestsInFlight`),
/// and while the instance drains every response says `Connection: close`. The proxy then opens a fresh connection
/// for its next request instead of reusing one this instance is about to close, so no request is sent down a
/// connection at the moment it goes away (which nginx may not retry for a POST).
struct DrainingConnections: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await request.application.shared.requestsInFlight.counting {
            try await next.respond(to: request)
        }
        if request.application.shared.draining.withLockedValue({ $0 }) {
            response.headers.replaceOrAdd(name: .connection, value: "close")
        }
        return response
    }
}
