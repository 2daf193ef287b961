import Foundation

/// A random secret that opens something by link or cookie, and the fingerprint the database keeps instead of it.
///
/// Only fingerprints are stored, so a copy of the database (a backup, a stolen disk) opens no self-check, program
/// link, calendar feed or staff session. The secret itself exists only in the URL or cookie the person holds.
enum SecretToken {
    /// Every token is 32 random bytes as 43 base64url characters.
    static let length = 43

    /// A new token.
    static func make() -> String {
        // Built by hand: this runs for every first visit, and Foundation's base64 plus three replacements
        // cost more than the rest of a cached page.
        var generator = SystemRandomNumberGenerator()
        let words = (
            generator.next() as UInt64, generator.next() as UInt64, generator.next() as UInt64,
            generator.next() as UInt64
        )
        return withUnsafeBytes(of: words) { base64URL($0) }
    }

    /// What is stored in place of `token`: its SHA-256 in hex. A token is random and long, so no salt or slow hash
    /// is needed (unlike a password).
    static func fingerprint(_ token: String) -> String {
        ContentDigest.sha256Hex(token)
    }

    /// Whether two secrets are equal, taking the same time wherever they differ (so timing reveals nothing).
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Whether `text` could be a token at all, checked before any lookup.
    static func hasShape(_ text: String) -> Bool {
        text.utf8.count == length && text.utf8.allSatisfy { alphabet.contains($0) }
    }

    /// Bytes as unpadded base64url.
    static func base64URL(_ bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: (bytes.count * 8 + 5) / 6) { out in
            var written = 0
            var bits: UInt32 = 0
            var count = 0
            for byte in bytes {
                bits = bits << 8 | UInt32(byte)
                count += 8
                while count >= 6 {
                    count -= 6
                    out[written] = alphabet[Int(bits >> UInt32(count) & 63)]
                    written += 1
                }
            }
            if count > 0 {
                out[written] = alphabet[Int(bits << UInt32(6 - count) & 63)]
                written += 1
            }
            return written
        }
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
}
