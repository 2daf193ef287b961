import Fluent

/// Seeds the studio on first run so a fresh install works with zero set-up; editable later.
struct SeedStudio: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard try await Studio.query(on: database).count() == 0 else { return }
        try await Studio(
            name: "Rebalance Studio", address: "West Hollywood, CA", timeZone: "America/Los_Angeles"
        ).create(on: database)
    }

    func revert(on database: any Database) async throws {}
}
