import Fluent

/// Creates the `studios` table.
struct CreateStudios: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Studio.schema)
            .id()
            .field("name", .string, .required)
            .field("address", .string, .required)
            .field("time_zone", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Studio.schema).delete()
    }
}
