import Vapor

/// Logs one structured line per request: method, route template, status and duration — never bodies (health data)
/// and never the raw path, whose segments can be secret links (`/check/{token}`, `/p/{token}`, `/calendar/….ics`,
/// `/staff/link/{token}`).
struct RouteLoggingMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next.respond(to: request)
            log(request, status: response.status.code, since: start)
            return response
        } catch {
            let status = (error as? any AbortError)?.status.code ?? 500
            log(request, status: status, since: start)
            throw error
        }
    }

    /// The matched route with its parameters named ("/check/:token/result"), or "unmatched".
    static func template(of request: Request) -> String {
        guard let route = request.route else { return "unmatched" }
        return "/" + route.path.map(\.description).joined(separator: "/")
    }

    private func log(_ request: Request, status: UInt, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        request.logger.info(
            "request",
            metadata: [
                "method": .string(request.method.rawValue),
                "route": .string(Self.template(of: request)),
                "status": .stringConvertible(status),
                "duration_ms": .string(String(format: "%.2f", milliseconds)),
            ])
    }
}
