import Fluent
import Foundation
import RebalanceCore
import Vapor

/// A personal-training studio: its name, address and the time zone its sessions are booked in.
///
/// `@unchecked Sendable` because Fluent models are classes with property wrappers; instances are not shared
/// across tasks after loading.
final class Studio: Model, @unchecked Sendable {
    static let schema = "studios"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "address") var address: String
    @Field(key: "time_zone") var timeZone: String
    /// The lead trainer, named on the landing page; empty when not set.
    @Field(key: "trainer_name") var trainerName: String
    /// Client changes closer than this to the start are late (cancellations are recorded as late).
    @Field(key: "cancellation_window_hours") var cancellationWindowHours: Int
    /// Whether a client whose screen says "see a clinician first" may still book a free consultation.
    @Field(key: "consultation_with_referral") var consultationWithReferral: Bool
    /// The reply address of booking emails and the organizer of calendar invitations; empty when not set.
    @Field(key: "email") var email: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, name: String, address: String, timeZone: String, trainerName: String = "") {
        self.id = id
        self.name = name
        self.address = address
        self.timeZone = timeZone
        self.trainerName = trainerName
        cancellationWindowHours = 24
        consultationWithReferral = true
        email = ""
    }

    /// The studio's zone; Los Angeles if the stored name is unknown to this machine.
    var zone: TimeZone { TimeZone(identifier: timeZone) ?? TimeZone(identifier: "America/Los_Angeles") ?? .gmt }

    var cancellationPolicy: CancellationPolicy { CancellationPolicy(windowHours: cancellationWindowHours) }
}

extension Studio {
    /// The studio this app instance serves (the seeded one until multi-studio set-up exists).
    static func current(on db: any Database) async throws -> Studio {
        guard let studio = try await Studio.query(on: db).sort(\.$createdAt).first() else {
            throw Abort(.serviceUnavailable, reason: "No studio is set up yet. Run `rebalance migrate` to create it.")
        }
        return studio
    }
}
