import Fluent
import SQLKit

/// Each member's choice of studio emails. Existing owners keep getting new-lead emails and every trainer keeps
/// getting their own booking and cancellation emails, as before the setting existed.
struct AddStaffEmailSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StaffMember.schema)
            .field("emails_new_leads", .bool, .required, .sql(.default(false)))
            .update()
        try await database.schema(StaffMember.schema)
            .field("booking_emails", .string, .required, .sql(.default(StudioEmails.Scope.mine.rawValue)))
            .update()
        try await database.schema(StaffMember.schema)
            .field("cancellation_emails", .string, .required, .sql(.default(StudioEmails.Scope.mine.rawValue)))
            .update()
        try await StaffMember.query(on: database).filter(\.$role == .owner).set(\.$emailsNewLeads, to: true).update()
    }

    func revert(on database: any Database) async throws {
        for field in ["emails_new_leads", "booking_emails", "cancellation_emails"] {
            try await database.schema(StaffMember.schema).deleteField(.string(field)).update()
        }
    }
}
