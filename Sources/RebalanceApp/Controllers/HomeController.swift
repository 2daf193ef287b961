import Fluent
import RebalanceCore
import Vapor

/// The service's front page: what this server offers, the studio, and the knowledge base it runs on.
struct HomeController: RouteCollection {
    struct Context: Encodable {
        let studioName: String
        let studioAddress: String
        let knowledgeBaseVersion: String
        let testCount: Int
        let patternCount: Int
        let redFlagCount: Int
        let patterns: [PatternSummary]
    }

    struct PatternSummary: Encodable {
        let name: String
        let plainName: String
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: index)
    }

    @Sendable func index(req: Request) async throws -> View {
        let knowledge = req.application.knowledge
        let studio = try await Studio.query(on: req.db).first()
        return try await req.view.render(
            "home",
            Context(
                studioName: studio?.name ?? "Rebalance", studioAddress: studio?.address ?? "",
                knowledgeBaseVersion: knowledge.version, testCount: knowledge.tests.count,
                patternCount: knowledge.patterns.count, redFlagCount: knowledge.safety.redFlags.count,
                patterns: knowledge.patterns.map { PatternSummary(name: $0.name, plainName: $0.plainName) }))
    }
}
