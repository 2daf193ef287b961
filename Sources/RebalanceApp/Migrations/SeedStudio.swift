import Fluent
import Foundation

/// Seeds the studio on first run so a fresh install works with zero set-up; editable later.
struct SeedStudio: AsyncMigration {
    let profile: StudioProfile

    func prepare(on database: any Database) async throws {
        guard try await Studio.query(on: database).count() == 0 else { return }
        try await Studio(
            name: profile.name ?? "Rebalance Studio", address: profile.address ?? "West Hollywood, CA",
            timeZone: profile.timeZone ?? "America/Los_Angeles", trainerName: profile.trainerName ?? ""
        ).create(on: database)
    }

    func revert(on database: any Database) async throws {}
}
