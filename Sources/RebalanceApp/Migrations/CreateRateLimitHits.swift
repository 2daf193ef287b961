import Fluent

/// Counters for rate limits, shared by every app instance through the database: one row per limit, hashed subject
/// (an address or an account, never stored in clear) and time bucket.
struct CreateRateLimitHits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("rate_limit_hits")
            .field("name", .string, .required)
            .field("subject", .string, .required)
            .field("bucket", .int64, .required)
            .field("hits", .int64, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "name", "subject", "bucket")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("rate_limit_hits").delete()
    }
}
