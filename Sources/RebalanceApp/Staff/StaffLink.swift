import Fluent
import Vapor

/// A one-time link for accepting an invitation or resetting a password.
final class StaffLink: Model, @unchecked Sendable {
    static let schema = "staff_links"

    /// What the link does.
    enum Purpose: String, Codable, Sendable {
        case invitation, passwordReset
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "staff_id") var staff: StaffMember
    @Enum(key: "purpose") var purpose: Purpose
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(staffID: UUID, purpose: Purpose, tokenHash: String, expiresAt: Date) {
        $staff.id = staffID
        self.purpose = purpose
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
    }
}
