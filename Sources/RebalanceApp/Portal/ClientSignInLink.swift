import Fluent
import Foundation

/// A one-time link that signs a client in to the app on the device that opens it: an invitation from the trainer
/// (a week to accept) or a link the client asked for (15 minutes). The database keeps only its fingerprint.
final class ClientSignInLink: Model, @unchecked Sendable {
    static let schema = "client_sign_in_links"

    /// Why the link was sent, which decides how long it works.
    enum Purpose: String, Codable, Sendable {
        case invitation, signIn

        var lifetime: TimeInterval { self == .invitation ? 7 * 24 * 3600 : 15 * 60 }
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Enum(key: "purpose") var purpose: Purpose
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(clientID: UUID, purpose: Purpose, tokenHash: String, now: Date) {
        $client.id = clientID
        self.purpose = purpose
        self.tokenHash = tokenHash
        expiresAt = now.addingTimeInterval(purpose.lifetime)
    }
}
