import Fluent
import SQLKit

/// A short bio per staff member, so the landing page can introduce the studio's trainers.
struct AddStaffBio: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StaffMember.schema).field("bio", .string, .required, .sql(.default(""))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StaffMember.schema).deleteField("bio").update()
    }
}
