import Fluent
import SQLKit

/// Photos kept in the database, and the trainer photo the website shows beside each bio.
struct CreatePhotos: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StoredPhoto.schema)
            .id()
            .field("studio_id", .uuid, .required, .references(Studio.schema, .id))
            .field("kind", .string, .required)
            .field("stored_width", .int, .required)
            .field("stored_height", .int, .required)
            .field("orientation", .int, .required)
            .field("bytes", .data, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(StaffMember.schema).field("photo_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StaffMember.schema).deleteField("photo_id").update()
        try await database.schema(StoredPhoto.schema).delete()
    }
}
