import Fluent
import SQLKit

/// Adds the studio's booking policy and reply address, each trainer's calendar-feed token, and what the
/// outbox needs to deliver by SMTP with retries and leases (attachments, next attempt, lease, last error).
struct AddBookingSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds only one column per ALTER TABLE.
        try await database.schema(Studio.schema).field("cancellation_window_hours", .int, .required, .sql(.default(24)))
            .update()
        try await database.schema(Studio.schema).field(
            "consultation_with_referral", .bool, .required, .sql(.default(true))
        ).update()
        try await database.schema(Studio.schema).field("email", .string, .required, .sql(.default(""))).update()
        try await database.schema(StaffMember.schema)
            .field("calendar_token", .string)
            .update()
        for field in [
            DatabaseSchema.FieldDefinition.definition(
                name: .key("attachment_name"), dataType: .string, constraints: []),
            .definition(name: .key("attachment_type"), dataType: .string, constraints: []),
            .definition(name: .key("attachment"), dataType: .string, constraints: []),
            .definition(name: .key("next_attempt_at"), dataType: .datetime, constraints: []),
            .definition(name: .key("lease_until"), dataType: .datetime, constraints: []),
            .definition(name: .key("lease_owner"), dataType: .string, constraints: []),
            .definition(name: .key("last_error"), dataType: .string, constraints: []),
            .definition(name: .key("failed_at"), dataType: .datetime, constraints: []),
        ] {
            try await database.schema(OutboxMessage.schema).field(field).update()
        }
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("UPDATE outbox SET next_attempt_at = created_at WHERE sent_at IS NULL").run()
        try await sql.raw("CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at)").run()
        try await sql.raw("CREATE UNIQUE INDEX staff_calendar_token ON staff (calendar_token)").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.raw("DROP INDEX staff_calendar_token").run()
            try await sql.raw("DROP INDEX outbox_due").run()
        }
        for key in [
            "attachment_name", "attachment_type", "attachment", "next_attempt_at", "lease_until", "lease_owner",
            "last_error", "failed_at",
        ] {
            try await database.schema(OutboxMessage.schema).deleteField(.string(key)).update()
        }
        try await database.schema(StaffMember.schema).deleteField("calendar_token").update()
        for key in ["cancellation_window_hours", "consultation_with_referral", "email"] {
            try await database.schema(Studio.schema).deleteField(.string(key)).update()
        }
    }
}
