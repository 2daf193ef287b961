import Foundation
import NIOConcurrencyHelpers
import RebalanceCore
import Vapor

/// Everything the app's requests share, made once by `configure`: the settings, the knowledge base and its engine,
/// the rate limits, the caches that carry public traffic and the mail transport. One typed place, so a route asks
/// `req.application.shared.knowledge` instead of each service keeping its own storage key.
struct SharedServices: Sendable {
    /// Mutable so a test can change one setting of a running app (a trusted proxy, a lower bcrypt cost).
    var settings: AppSettings
    let knowledge: KnowledgeBase
    /// The one assessment engine: its compiled note phrases are reused by every request.
    let engine: AssessmentEngine
    let rateLimits: RateLimits
    /// Whether this instance is on its way down (`/readyz` then answers 503).
    let draining = NIOLockedValueBox(false)
    /// Requests whose handlers are still running (a stopping server waits for them before closing the database).
    let requestsInFlight = RequestsInFlight()
    /// The hash an unknown address's password is checked against, so it takes as long as a known one.
    let standInPasswordHash: StandInPasswordHash
    /// The keys booking links are signed with, read once from the database.
    let bookingLinkKeys: BookingLinkKeyCache
    /// Availability answers by diary revision.
    let availability: AvailabilityCache
    /// The studio's public details and the anonymous landing page.
    let publicPages: PublicPageCache
    /// Self-check steps and results by answers.
    let selfCheckPages: PageCache<SelfCheckPage>
    /// SMTP when `SMTP_URL` is set, files in `DATA_DIR/mail` otherwise.
    let mail: any MailTransport

    init(settings: AppSettings, logger: Logger) throws {
        self.settings = settings
        knowledge = try KnowledgeBase.bundled()
        engine = AssessmentEngine(knowledge: knowledge)
        rateLimits = RateLimits(bookingsPerWindow: settings.bookingRateLimit)
        standInPasswordHash = StandInPasswordHash()
        bookingLinkKeys = BookingLinkKeyCache()
        availability = AvailabilityCache()
        publicPages = PublicPageCache()
        selfCheckPages = PageCache<SelfCheckPage>(capacity: settings.pageCacheSize)
        mail =
            try settings.smtpURL.map { try SMTPTransport(url: $0, from: settings.mailFrom, logger: logger) }
            ?? MailFolder(directory: settings.mailDirectory, logger: logger)
    }
}

extension SharedServices {
    /// The stand-in hash at the configured bcrypt cost (see `StandInPasswordHash`).
    func standInPassword() throws -> String { try standInPasswordHash.value(cost: settings.passwordCost) }
}

/// Where the services live in `Application.storage`.
struct SharedServicesKey: StorageKey {
    typealias Value = SharedServices
}

extension Application {
    /// The app's shared services (set up by `configure`; `services` is Vapor's own).
    var shared: SharedServices {
        guard let shared = storage[SharedServicesKey.self] else {
            preconditionFailure("configure(_:settings:) must run before anything uses the app's services")
        }
        return shared
    }

    /// Where this app reads "now" (the system clock unless the settings fix it).
    var timeSource: TimeSource { shared.settings.timeSource }
}

extension Request {
    /// The present instant, from the app's one time source.
    var now: Date { application.timeSource.now() }
}
