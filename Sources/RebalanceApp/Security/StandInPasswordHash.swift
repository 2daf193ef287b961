import Foundation
import NIOConcurrencyHelpers
import Vapor

/// A bcrypt hash of a random password at the app's own cost, checked when a sign-in names an unknown address.
///
/// Verifying it takes as long as verifying a real member's hash, so the answer's timing does not tell an attacker
/// which addresses have accounts. Made once, on first use, because a cost-12 hash takes a quarter of a second.
final class StandInPasswordHash: Sendable {
    private let hash = NIOLockedValueBox<String?>(nil)

    func value(cost: Int) throws -> String {
        try hash.withLockedValue { stored in
            if let stored { return stored }
            let made = try Bcrypt.hash(UUID().uuidString + UUID().uuidString, cost: cost)
            stored = made
            return made
        }
    }
}
