import Fluent
import Foundation
import SQLKit

/// Adds the lead trainer's name to the studio, shown on the landing page.
struct AddStudioTrainer: AsyncMigration {
    let profile: StudioProfile

    func prepare(on database: any Database) async throws {
        try await database.schema(Studio.schema)
            .field("trainer_name", .string, .required, .sql(.default("")))
            .update()
        if let trainer = profile.trainerName {
            try await Studio.query(on: database).set(\.$trainerName, to: trainer).update()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Studio.schema).deleteField("trainer_name").update()
    }
}

/// Studio details a deployment can set from the environment before the first run
/// (`STUDIO_NAME`, `STUDIO_ADDRESS`, `STUDIO_TRAINER`, `STUDIO_TIME_ZONE`); `rebalance studio` changes them later.
public struct StudioProfile: Sendable, Equatable {
    public var name: String?
    public var address: String?
    public var trainerName: String?
    public var timeZone: String?

    public init(name: String? = nil, address: String? = nil, trainerName: String? = nil, timeZone: String? = nil) {
        self.name = name
        self.address = address
        self.trainerName = trainerName
        self.timeZone = timeZone
    }
}
