import Foundation
import Vapor

/// SHA-256 of text as 64 lower-case hex digits: how session tokens are stored, and how a page's content names
/// its cache entry.
enum ContentDigest {
    private static let digits = Array("0123456789abcdef".utf8)

    static func sha256Hex(_ text: String) -> String {
        String(
            decoding: SHA256.hash(data: Data(text.utf8)).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] },
            as: UTF8.self)
    }
}
