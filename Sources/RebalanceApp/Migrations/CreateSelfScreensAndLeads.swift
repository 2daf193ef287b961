import Fluent

/// Creates `self_screens` (draft answers under a private token) and `leads`.
struct CreateSelfScreensAndLeads: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SelfCheckRecord.schema)
            .id()
            .field("studio_id", .uuid, .required, .references(Studio.schema, "id", onDelete: .cascade))
            .field("token", .string, .required)
            .field("answers", .string, .required)
            .field("completed_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "token")
            .create()
        let status = try await database.enum("lead_status")
            .case("new").case("contacted").case("booked").case("notAFit")
            .create()
        try await database.schema(Lead.schema)
            .id()
            .field("studio_id", .uuid, .required, .references(Studio.schema, "id", onDelete: .cascade))
            .field("self_screen_id", .uuid, .references(SelfCheckRecord.schema, "id", onDelete: .setNull))
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("phone", .string)
            .field("preferred_times", .string, .required)
            .field("consent_contact", .bool, .required)
            .field("consent_health", .bool, .required)
            .field("red_flag", .bool, .required)
            .field("status", status, .required)
            .field("notes", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Lead.schema).delete()
        try await database.enum("lead_status").delete()
        try await database.schema(SelfCheckRecord.schema).delete()
    }
}
