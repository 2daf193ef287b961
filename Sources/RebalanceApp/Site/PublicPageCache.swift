import Fluent
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// What public pages show of the studio, kept for a few seconds, and the landing page as anonymous visitors see
/// it. The landing page is the same for every visitor until the studio's details change, and it is the page
/// that takes a campaign's traffic; the details are read again at most every `lifetime` seconds, so a change
/// made on one instance shows on every instance within that time.
///
/// A lock rather than an actor: every public page asks, and a hop to another executor would cost more than the
/// answer. Two requests may both read expired details at once; both store the same thing.
final class PublicPageCache: Sendable {
    /// The studio as the public pages name it.
    struct StudioDetails: Equatable, Sendable {
        let name: String
        let address: String
        /// Empty when no lead trainer is named.
        let trainerName: String
        /// Every time on a page is shown on the studio's clock, so the zone is part of what a page shows.
        let timeZone: String
        /// The trainers the home page introduces (those with a bio), and the studio's opening hours by weekday;
        /// empty where a page does not show them (staff pages).
        var trainers: [TrainerCard] = []
        var openingHours: [String] = []

        init(name: String, address: String, trainerName: String, timeZone: String) {
            self.name = name
            self.address = address
            self.trainerName = trainerName
            self.timeZone = timeZone
        }

        init(_ studio: Studio) {
            self.init(
                name: studio.name, address: studio.address, trainerName: studio.trainerName, timeZone: studio.timeZone)
        }

        /// The details as part of a cache key: everything about the studio that a kept page shows.
        var cacheKey: String { [name, address, trainerName, timeZone].joined(separator: "\u{1F}") }
    }

    private struct State {
        var details: (value: StudioDetails, readAt: Date)?
        var landing: (details: StudioDetails, page: SharedRendering)?
    }

    static let lifetime: TimeInterval = 10
    private let state = NIOLockedValueBox(State())

    /// The studio's details, read from the database when older than `lifetime`.
    func studioDetails(on db: any Database, now: Date) async throws -> StudioDetails {
        if let details = state.withLockedValue({ $0.details }), now.timeIntervalSince(details.readAt) < Self.lifetime {
            return details.value
        }
        let studio = try await Studio.current(on: db)
        var value = StudioDetails(studio)
        let members = try await StaffMember.query(on: db).filter(\.$studio.$id == studio.requireID())
            .filter(\.$disabledAt == nil).sort(\.$name).all()
        value.trainers = members.filter { !$0.bio.isEmpty }.map {
            TrainerCard(name: $0.name, bio: $0.bio, photo: $0.photoID.map(TrainerPhotoController.path))
        }
        let rules = try await AvailabilityRule.query(on: db).filter(\.$trainer.$id ~~ members.compactMap(\.id)).all()
        value.openingHours = OpeningHours.lines(try rules.map { rule in (rule.weekday, try rule.range()) })
        state.withLockedValue { $0.details = (value, now) }
        return value
    }

    /// Drops the kept details, so this instance reads them at the next request (others within `lifetime`): for a
    /// change made here, such as a trainer's bio, that the person who made it expects to see at once.
    func forget() {
        state.withLockedValue { $0.details = nil }
    }

    /// The landing page for these details, if already rendered (its form token a slot).
    func landingPage(for details: StudioDetails) -> SharedRendering? {
        state.withLockedValue { $0.landing.flatMap { $0.details == details ? $0.page : nil } }
    }

    func storeLandingPage(_ page: SharedRendering, for details: StudioDetails) {
        state.withLockedValue { $0.landing = (details, page) }
    }
}

/// A trainer as the home page introduces them.
struct TrainerCard: Equatable, Sendable, Encodable {
    let name: String
    let bio: String
    /// The address of the member's photo (`TrainerPhotoController.path`); `nil` shows initials instead.
    var photo: String? = nil
    /// "JL" for Jordan Lee: the stand-in for a photo.
    var initials: String { Self.initials(of: name) }

    static func initials(of name: String) -> String {
        name.split(separator: " ").prefix(2).compactMap(\.first).map(String.init).joined()
    }

    private enum Keys: String, CodingKey { case name, bio, photo, initials }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(name, forKey: .name)
        try container.encode(bio, forKey: .bio)
        try container.encodeIfPresent(photo, forKey: .photo)
        try container.encode(initials, forKey: .initials)
    }
}
