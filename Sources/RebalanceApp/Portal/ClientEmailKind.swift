import Foundation
import Vapor

/// A kind of email the client may stop with one click (RFC 8058), each with its own signed unsubscribe address.
enum ClientEmailKind: String, CaseIterable {
    case reminders = "home-reminders"
    case messages
    case rechecks

    /// What the client stops, in their words.
    var plural: String {
        switch self {
        case .reminders: "home-session reminders"
        case .messages: "emails about new messages from your trainer"
        case .rechecks: "emails before your re-check"
        }
    }

    /// Where the client turns it on again.
    var turnBackOn: String {
        switch self {
        case .reminders: "in the app under Reminders"
        case .messages: "in the app under Messages"
        case .rechecks: "in the app under Reminders"
        }
    }

    /// The one-click address, under `/me/unsubscribe/` (reminders keep the address their first emails carried).
    func address(for clientID: UUID, key: SymmetricKey, baseURL: String) -> String {
        let id = clientID.uuidString.lowercased()
        let kind = self == .reminders ? "" : "\(rawValue)/"
        return "\(baseURL)/me/unsubscribe/\(kind)\(id)/\(token(for: clientID, key: key))"
    }

    /// An HMAC of the kind and the client's id, so nothing needs storing.
    func token(for clientID: UUID, key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(
            for: Data("\(rawValue)|\(clientID.uuidString.lowercased())".utf8), using: key)
        return Data(mac).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    func isValid(_ token: String, for clientID: UUID, key: SymmetricKey) -> Bool {
        SecretToken.constantTimeEqual(token, self.token(for: clientID, key: key))
    }
}
