import Fluent
import RebalanceCore
import Vapor

/// The studio's landing page: what muscle imbalances are, how they cause joint pain, and the way in.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: index)
    }

    @Sendable func index(req: Request) async throws -> Response {
        // Anonymous visitors all see the same page: rendered once per set of studio details.
        guard req.staff == nil else { return try await render(req).encodeResponse(for: req) }
        let cache = req.application.publicPages
        let details = try await cache.studioDetails(on: req.db)
        let html: String
        if let cached = cache.landingPage(for: details) {
            html = cached
        } else {
            html = String(buffer: try await render(req).data)
            cache.storeLandingPage(html, for: details)
        }
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(string: html))
    }

    private func render(_ req: Request) async throws -> View {
        let knowledge = req.application.knowledge
        let page = try await PageContext(req, title: "Muscle imbalances and joint pain")
        // The patterns a visitor is most likely to recognise, in their words.
        let featured: [PatternID] = [
            "lowerCrossed", "upperCrossed", "quadDominance", "limitedDorsiflexion", "kneeValgus", "sideAsymmetry",
        ]
        let patterns = featured.compactMap { knowledge.patternsByID[$0] }.map {
            LandingContext.PatternTeaser(plainName: $0.plainName, name: $0.name)
        }
        return try await req.view.render(
            "landing", LandingContext(page: page, patterns: patterns, signs: knowledge.signs.prefix(6).map(\.statement))
        )
    }
}
