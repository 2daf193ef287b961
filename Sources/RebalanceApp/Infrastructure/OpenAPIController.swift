import Foundation
import Vapor

/// Serves the hand-written OpenAPI 3.1 document of every JSON endpoint.
struct OpenAPIController: RouteCollection {
    /// Loaded once; the document is a bundled resource.
    static let document: Data? = Bundle.module.url(forResource: "openapi", withExtension: "json")
        .flatMap { try? Data(contentsOf: $0) }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("openapi.json", use: serve)
    }

    @Sendable func serve(req: Request) async throws -> Response {
        guard let document = Self.document else {
            throw Abort(.internalServerError, reason: "OpenAPI document missing")
        }
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: document))
    }
}
