import Fluent
import Foundation
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
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, name: String, address: String, timeZone: String, trainerName: String = "") {
        self.id = id
        self.name = name
        self.address = address
        self.timeZone = timeZone
        self.trainerName = trainerName
    }
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
