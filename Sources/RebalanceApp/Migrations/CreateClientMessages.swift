import Fluent
import SQLKit

/// The client–studio message thread, the re-check emails sent, and the client's choice of both emails.
struct CreateClientMessages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let author = try await database.enum("client_message_author").case("client").case("staff").create()
        try await database.schema(ClientMessage.schema)
            .id()
            .field("client_id", .uuid, .required, .references(Client.schema, .id, onDelete: .cascade))
            .field("author", author, .required)
            .field("staff_member_id", .uuid, .references(StaffMember.schema, .id, onDelete: .setNull))
            .field("body", .string, .required)
            .field("read_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        try await (database as? any SQLDatabase)?.create(index: "client_messages_by_client").on(ClientMessage.schema)
            .column("client_id").column("created_at").run()
        try await database.schema(Client.schema)
            .field("message_emails", .bool, .required, .sql(.default(true))).update()
        try await database.schema(Client.schema)
            .field("recheck_emails", .bool, .required, .sql(.default(true))).update()
        try await database.schema(RecheckReminderSent.schema)
            .id()
            .field("client_id", .uuid, .required, .references(Client.schema, .id, onDelete: .cascade))
            .field("recheck_day", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "client_id", "recheck_day")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RecheckReminderSent.schema).delete()
        try await database.schema(Client.schema).deleteField("recheck_emails").update()
        try await database.schema(Client.schema).deleteField("message_emails").update()
        try await database.schema(ClientMessage.schema).delete()
        try await database.enum("client_message_author").delete()
    }
}
