import Fluent
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Signed, expiring links that let a client see, cancel or move one booking without an account.
///
/// A token is `EXPIRY.SIGNATURE`: the expiry in seconds since 1970 and an HMAC-SHA256 over the booking id and
/// that expiry, with a key every app instance reads from the database. Changing one character breaks it.
struct BookingLinks: Sendable {
    let key: SymmetricKey

    /// How long after the session a link keeps working (to see the booking and download its calendar file).
    static let validityAfterSession: TimeInterval = 30 * 24 * 3600

    /// What a presented token is.
    enum Verdict: Equatable {
        case valid, expired, invalid
    }

    func token(for bookingID: UUID, expires: Date) -> String {
        let expiry = Int(expires.timeIntervalSince1970.rounded(.up))
        return "\(expiry).\(signature(bookingID, expiry))"
    }

    /// A token for `booking` that lasts until a month after the session ends.
    func token(for booking: Booking) throws -> String {
        token(for: try booking.requireID(), expires: booking.endsAt.addingTimeInterval(Self.validityAfterSession))
    }

    func verify(_ token: String, bookingID: UUID, now: Date) -> Verdict {
        let parts = token.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let expiry = Int(parts[0]), parts[1].count == 43 else { return .invalid }
        let expected = signature(bookingID, expiry)
        // Compare every byte so timing says nothing about how much of the signature was right.
        guard zip(expected.utf8, parts[1].utf8).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0 else { return .invalid }
        return Double(expiry) < now.timeIntervalSince1970 ? .expired : .valid
    }

    private func signature(_ bookingID: UUID, _ expiry: Int) -> String {
        let message = Data("booking:\(bookingID.uuidString.lowercased()):\(expiry)".utf8)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: key)
        return Data(mac).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// The path of a booking's page with its token.
    static func managePath(_ bookingID: UUID, token: String) -> String {
        "/bookings/\(bookingID.uuidString.lowercased())?t=\(token)"
    }

    /// The path of a booking's calendar file with its token.
    static func calendarPath(_ bookingID: UUID, token: String) -> String {
        "/bookings/\(bookingID.uuidString.lowercased())/calendar.ics?t=\(token)"
    }
}

/// Loads the link key once per app instance (after migrations created it) and keeps it. Two first requests may
/// both read it; they read the same key.
final class BookingLinkKeyCache: Sendable {
    private let kept = NIOLockedValueBox<BookingLinks?>(nil)

    func links(on db: any Database) async throws -> BookingLinks {
        if let links = kept.withLockedValue({ $0 }) { return links }
        guard let stored = try await SigningKey.query(on: db).filter(\.$name == SigningKey.bookingLinks).first(),
            let secret = Data(base64Encoded: stored.secret)
        else { throw Abort(.serviceUnavailable, reason: "The booking link key is missing; run `rebalance migrate`.") }
        let loaded = BookingLinks(key: SymmetricKey(data: secret))
        kept.withLockedValue { $0 = loaded }
        return loaded
    }
}

extension Request {
    /// The signer for booking links.
    func bookingLinks() async throws -> BookingLinks {
        try await application.shared.bookingLinkKeys.links(on: db)
    }
}
