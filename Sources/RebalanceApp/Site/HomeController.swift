import Fluent
import RebalanceCore
import Vapor

/// The studio's landing page: what muscle imbalances are, how they cause joint pain, and the way in.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: index)
    }

    @Sendable func index(req: Request) async throws -> Response {
        // Anonymous visitors all see the same page but for their form token: rendered once per set of studio
        // details, with the token left as a slot each visitor's own fills.
        let cache = req.application.shared.publicPages
        let details = try await cache.studioDetails(on: req.db, now: req.now)
        guard req.staff == nil else {
            return try await render(req, details, formToken: nil).encodeResponse(for: req)
        }
        let page: SharedRendering
        if let cached = cache.landingPage(for: details) {
            page = cached
        } else {
            page = SharedRendering(
                rendered: String(
                    buffer: try await render(req, details, formToken: SharedRendering.Slot.formToken.marker).data))
            cache.storeLandingPage(page, for: details)
        }
        return page.response([.formToken: req.csrfToken])
    }

    /// The page for these studio details: everything it shows beyond the knowledge base comes from `details`,
    /// the landing cache's key.
    private func render(_ req: Request, _ details: PublicPageCache.StudioDetails, formToken: String?) async throws
        -> View
    {
        let knowledge = req.application.shared.knowledge
        let page = try await PageContext(req, title: "Muscle imbalances and joint pain", formToken: formToken)
        // The patterns a visitor is most likely to recognise, in their words.
        let featured: [PatternID] = [
            "lowerCrossed", "upperCrossed", "quadDominance", "limitedDorsiflexion", "kneeValgus", "sideAsymmetry",
        ]
        let patterns = featured.compactMap { knowledge.patternsByID[$0] }.map {
            LandingContext.PatternTeaser(plainName: $0.plainName, name: $0.name)
        }
        return try await req.view.render(
            "landing",
            LandingContext(
                page: page, patterns: patterns, signs: knowledge.signs.prefix(6).map(\.statement),
                trainers: details.trainers.nonEmpty, openingHours: details.openingHours.nonEmpty,
                mapHref: details.address.isEmpty
                    ? nil
                    : "https://www.google.com/maps/search/?api=1&query="
                        + (details.address.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")))
    }
}
