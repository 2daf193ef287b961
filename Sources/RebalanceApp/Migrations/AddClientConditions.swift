import Fluent

/// Conditions the trainer knows of that shape a client's program (recent surgery and where, osteoporosis, an acute
/// sprain): `[TrainingCondition]` as JSON, empty for none.
struct AddClientConditions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds only one column per ALTER TABLE.
        try await database.schema(Client.schema).field("conditions", .string, .required, .sql(.default(""))).update()
        try await database.schema(Client.schema).field("surgery_region", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Client.schema).deleteField("surgery_region").update()
        try await database.schema(Client.schema).deleteField("conditions").update()
    }
}
