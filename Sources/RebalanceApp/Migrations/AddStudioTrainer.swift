import Fluent
import Foundation
import SQLKit

/// Adds the lead trainer's name to the studio, shown on the landing page.
struct AddStudioTrainer: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Studio.schema)
            .field("trainer_name", .string, .required, .sql(.default("")))
            .update()
        if let trainer = StudioProfile.fromEnvironment().trainerName {
            try await Studio.query(on: database).set(\.$trainerName, to: trainer).update()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Studio.schema).deleteField("trainer_name").update()
    }
}

/// Studio details a deployment can set from the environment before the first run
/// (`STUDIO_NAME`, `STUDIO_ADDRESS`, `STUDIO_TRAINER`, `STUDIO_TIME_ZONE`); `rebalance studio` changes them later.
struct StudioProfile {
    var name: String?
    var address: String?
    var trainerName: String?
    var timeZone: String?

    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> StudioProfile {
        func value(_ key: String) -> String? { environment[key].flatMap { $0.isEmpty ? nil : $0 } }
        return StudioProfile(
            name: value("STUDIO_NAME"), address: value("STUDIO_ADDRESS"), trainerName: value("STUDIO_TRAINER"),
            timeZone: value("STUDIO_TIME_ZONE"))
    }
}
