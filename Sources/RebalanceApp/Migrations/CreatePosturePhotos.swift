import Fluent

/// Posture photos per assessment and view, with their placed points.
struct CreatePosturePhotos: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PosturePhoto.schema)
            .id()
            .field("client_id", .uuid, .required, .references(Client.schema, .id, onDelete: .cascade))
            .field("assessment_id", .uuid, .required, .references(AssessmentRecord.schema, .id, onDelete: .cascade))
            .field("view", .string, .required)
            .field("photo_id", .uuid, .required, .references(StoredPhoto.schema, .id))
            .field("landmarks", .string, .required)
            .field("applied_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "assessment_id", "view")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PosturePhoto.schema).delete()
    }
}
