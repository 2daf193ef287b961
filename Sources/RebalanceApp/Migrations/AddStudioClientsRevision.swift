import Fluent

/// A counter per studio, raised by every change to any of its clients, that keys the kept client list.
struct AddStudioClientsRevision: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Studio.schema).field("clients_revision", .int64, .required, .sql(.default(0)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Studio.schema).deleteField("clients_revision").update()
    }
}
