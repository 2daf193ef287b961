import Fluent
import SQLKit

/// The client's side of the app: one-time sign-in links, signed-in devices, when the client was invited, and a
/// key on each session log so a home session sent twice (a retry, a second tap) is kept once.
struct CreateClientPortal: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let purpose = try await database.enum("client_link_purpose").case("invitation").case("signIn").create()
        try await database.schema(ClientSignInLink.schema)
            .id()
            .field("client_id", .uuid, .required, .references(Client.schema, .id, onDelete: .cascade))
            .field("purpose", purpose, .required)
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema(ClientDevice.schema)
            .id()
            .field("client_id", .uuid, .required, .references(Client.schema, .id, onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema(Client.schema).field("app_invited_at", .datetime).update()
        try await database.schema(SessionRecord.schema).field("client_key", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "session_logs_client_key").on(SessionRecord.schema).column("client_key").unique()
            .run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.drop(index: "session_logs_client_key").run()
        }
        try await database.schema(SessionRecord.schema).deleteField("client_key").update()
        try await database.schema(Client.schema).deleteField("app_invited_at").update()
        try await database.schema(ClientDevice.schema).delete()
        try await database.schema(ClientSignInLink.schema).delete()
        try await database.enum("client_link_purpose").delete()
    }
}
