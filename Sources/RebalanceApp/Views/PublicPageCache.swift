import Fluent
import Foundation
import Vapor

/// What public pages show of the studio, kept for a few seconds, and the landing page as anonymous visitors see
/// it. The landing page is the same for every visitor until the studio's details change, and it is the page
/// that takes a campaign's traffic; the details are read again at most every `lifetime` seconds, so a change
/// made on one instance shows on every instance within that time.
actor PublicPageCache {
    /// The studio as the public pages name it.
    struct StudioDetails: Equatable, Sendable {
        let name: String
        let address: String
        /// Empty when no lead trainer is named.
        let trainerName: String
    }

    static let lifetime: TimeInterval = 10
    private var details: (value: StudioDetails, readAt: Date)?
    private var landing: (details: StudioDetails, html: String)?

    /// The studio's details, read from the database when older than `lifetime`.
    func studioDetails(on db: any Database, now: Date = Date()) async throws -> StudioDetails {
        if let details, now.timeIntervalSince(details.readAt) < Self.lifetime { return details.value }
        let studio = try await Studio.current(on: db)
        let value = StudioDetails(name: studio.name, address: studio.address, trainerName: studio.trainerName)
        details = (value, now)
        return value
    }

    /// The landing page's HTML for these details, if already rendered.
    func landingPage(for details: StudioDetails) -> String? {
        landing.flatMap { $0.details == details ? $0.html : nil }
    }

    func storeLandingPage(_ html: String, for details: StudioDetails) {
        landing = (details, html)
    }
}

struct PublicPageCacheKey: StorageKey {
    typealias Value = PublicPageCache
}

extension Application {
    /// The studio's public details and the anonymous landing page (set up by `configure`).
    var publicPages: PublicPageCache {
        guard let cache = storage[PublicPageCacheKey.self] else {
            preconditionFailure("configure(_:settings:) must run before routes use the public page cache")
        }
        return cache
    }
}
