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
    /// A few sentences for the studio's website, set by the owner on the team page; empty keeps the member off it.
    @Field(key: "bio") var bio: String
    /// The photo the website shows beside the bio (`StoredPhoto`); `nil` shows initials instead.
    @OptionalField(key: "photo_id") var photoID: UUID?
    /// The member's studio email choices (`emails`), one column each.
    @Field(key: "emails_new_leads") var emailsNewLeads: Bool
    @Field(key: "booking_emails") var bookingEmails: StudioEmails.Scope
    @Field(key: "cancellation_emails") var cancellationEmails: StudioEmails.Scope
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    /// The longest bio the website shows.
    static let maximumBioLength = 400

    init() {}

    init(studioID: UUID, email: String, name: String, role: Role, passwordHash: String) {
        $studio.id = studioID
        self.email = email.lowercased()
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        bio = ""
        emails = .defaults(for: role)
    }
}
