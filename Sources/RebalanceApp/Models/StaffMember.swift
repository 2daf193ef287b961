import Fluent
import Vapor

/// A studio owner or trainer who signs in to see leads and clients.
final class StaffMember: Model, @unchecked Sendable {
    static let schema = "staff"

    /// What the member may do: owners also manage the team.
    enum Role: String, Codable, CaseIterable, Sendable {
        case owner, trainer
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "studio_id") var studio: Studio
    /// Lower-cased, unique across studios: one address signs in to one studio.
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Enum(key: "role") var role: Role
    /// Bcrypt; empty until an invited trainer sets a password.
    @Field(key: "password_hash") var passwordHash: String
    /// The fingerprint of the member's private calendar-feed address (`SecretToken`); `nil` when no feed is published.
    @OptionalField(key: "calendar_token_hash") var calendarTokenHash: String?
    /// Set when the member was off-boarded: they cannot sign in and are not offered for bookings.
    @OptionalField(key: "disabled_at") var disabledAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(studioID: UUID, email: String, name: String, role: Role, passwordHash: String) {
        $studio.id = studioID
        self.email = email.lowercased()
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
    }
}

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
