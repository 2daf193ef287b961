import Fluent

/// When a staff member was disabled (off-boarded); `NULL` for everyone who may sign in.
struct AddStaffDisabled: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StaffMember.schema).field("disabled_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StaffMember.schema).deleteField("disabled_at").update()
    }
}
