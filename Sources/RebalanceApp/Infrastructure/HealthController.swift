import Fluent
import SQLKit
import Vapor

/// Liveness (`/healthz`) and readiness (`/readyz`, checks the database) for load balancers and orchestrators.
struct HealthController: RouteCollection {
    struct Status: Content {
        let status: String
        let database: String?
        let knowledgeBaseVersion: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("healthz", use: health)
        routes.get("readyz", use: ready)
    }

    @Sendable func health(req: Request) async throws -> Status {
        Status(status: "ok", database: nil, knowledgeBaseVersion: req.application.shared.knowledge.version)
    }

    @Sendable func ready(req: Request) async throws -> Response {
        let driver = req.application.shared.settings.database.driverName
        if req.application.shared.draining.withLockedValue({ $0 }) {
            let response = try await Status(status: "draining", database: driver, knowledgeBaseVersion: nil)
                .encodeResponse(for: req)
            response.status = .serviceUnavailable
            return response
        }
        do {
            guard let sql = req.db as? any SQLDatabase else { throw Abort(.serviceUnavailable) }
            try await sql.raw("SELECT 1").run()
            _ = try await Studio.query(on: req.db).count()
            return try await Status(
                status: "ready", database: driver, knowledgeBaseVersion: req.application.shared.knowledge.version
            )
            .encodeResponse(for: req)
        } catch {
            req.logger.warning("readiness check failed", metadata: ["database": .string(driver)])
            let response = try await Status(status: "unavailable", database: driver, knowledgeBaseVersion: nil)
                .encodeResponse(for: req)
            response.status = .serviceUnavailable
            return response
        }
    }
}
