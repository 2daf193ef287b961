import Fluent
import Vapor

/// A signed-in browser: the cookie holds a random token, the database only its SHA-256.
final class StaffSession: Model, @unchecked Sendable {
    static let schema = "staff_sessions"

    /// Sessions last two weeks from sign-in.
    static let lifetime: TimeInterval = 14 * 24 * 3600

    @ID(key: .id) var id: UUID?
    @Parent(key: "staff_id") var staff: StaffMember
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(staffID: UUID, tokenHash: String, expiresAt: Date) {
        $staff.id = staffID
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
    }
}
