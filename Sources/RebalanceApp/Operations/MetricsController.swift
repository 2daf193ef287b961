import Fluent
import Foundation
import Prometheus
import SQLKit
import Vapor

/// `GET /metrics` in Prometheus' text format, for a bearer of `METRICS_TOKEN`; without a token set it does not
/// exist. The request series come from Vapor; the outbox and diary gauges are read from the database at each
/// scrape, so every instance reports the same shared state.
struct MetricsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("metrics", use: scrape)
    }

    @Sendable func scrape(req: Request) async throws -> Response {
        guard let token = req.application.shared.settings.metricsToken else { throw Abort(.notFound) }
        guard let presented = req.headers.bearerAuthorization?.token,
            SecretToken.constantTimeEqual(presented, token)
        else {
            // Answered here, not thrown: the error pages would drop the challenge header.
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .wwwAuthenticate, value: #"Bearer realm="metrics""#)
            headers.contentType = .plainText
            return Response(
                status: .unauthorized, headers: headers,
                body: .init(string: "Metrics need the METRICS_TOKEN bearer token.\n"))
        }
        try await StudioGauges.read(on: req.db, now: req.now)
        var buffer: [UInt8] = []
        StudioMetrics.registry.emit(into: &buffer)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: Data(buffer)))
    }
}
