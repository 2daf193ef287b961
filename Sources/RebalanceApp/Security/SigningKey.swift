import Fluent
import Foundation
import Vapor

/// A secret kept in the database so every app instance signs and checks links with the same key.
final class SigningKey: Model, @unchecked Sendable {
    static let schema = "signing_keys"
    /// The key for booking management links.
    static let bookingLinks = "booking-links"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    /// 32 random bytes, base64.
    @Field(key: "secret") var secret: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(name: String, secret: String) {
        self.name = name
        self.secret = secret
    }

    static func newSecret() -> String {
        Data(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }).base64EncodedString()
    }
}
