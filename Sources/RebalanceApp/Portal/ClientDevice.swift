import Fluent
import Foundation

/// A phone or computer the client signed in on: it stays signed in until the client signs it out, signs out
/// everywhere, or the trainer does. The cookie holds a random token; the database only its fingerprint.
final class ClientDevice: Model, @unchecked Sendable {
    static let schema = "client_devices"

    /// How long a device stays signed in without being used.
    static let lifetime: TimeInterval = 180 * 24 * 3600

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(clientID: UUID, tokenHash: String, now: Date) {
        $client.id = clientID
        self.tokenHash = tokenHash
        expiresAt = now.addingTimeInterval(Self.lifetime)
    }
}
