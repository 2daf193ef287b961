import Fluent

/// A counter per client, raised by every change to the client's record, that keys the cached page parts.
struct AddClientRevision: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Client.schema).field("revision", .int64, .required, .sql(.default(0))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Client.schema).deleteField("revision").update()
    }
}
