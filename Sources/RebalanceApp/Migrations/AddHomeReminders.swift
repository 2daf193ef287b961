import Fluent
import SQLKit

/// Home-session reminders: the client's chosen weekdays, time and zone; one row per reminder sent, so two
/// instances never send the same one; and an unsubscribe address on an outbox message for its email headers.
struct AddHomeReminders: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Client.schema).field("reminder_days", .string, .required, .sql(.default(""))).update()
        try await database.schema(Client.schema).field("reminder_minute", .int).update()
        try await database.schema(Client.schema).field("reminder_zone", .string, .required, .sql(.default("")))
            .update()
        try await database.schema(HomeReminderSent.schema)
            .id()
            .field("client_id", .uuid, .required, .references(Client.schema, .id, onDelete: .cascade))
            .field("day", .string, .required)
            .field("round", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "client_id", "day", "round")
            .create()
        try await database.schema(OutboxMessage.schema).field("unsubscribe_url", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxMessage.schema).deleteField("unsubscribe_url").update()
        try await database.schema(HomeReminderSent.schema).delete()
        for field in ["reminder_zone", "reminder_minute", "reminder_days"] {
            try await database.schema(Client.schema).deleteField(.string(field)).update()
        }
    }
}
