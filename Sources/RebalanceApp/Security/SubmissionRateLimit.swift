import Fluent
import Foundation
import SQLKit
import Vapor

/// Counts submissions per subject (a client address, an account) over a sliding window; beyond the limit the
/// request gets 429.
///
/// The count is kept per fixed window, and a hit is judged by this window's count plus the previous window's,
/// weighted by how much of it still lies within the last `window` seconds. A plain fixed window let a guesser make
/// twice the limit by straddling its boundary (ten tries just before it, ten just after).
///
/// The counters live in the database, raised by one atomic `INSERT … ON CONFLICT DO UPDATE … RETURNING`, so every
/// app instance counts together: N instances still allow the limit once, not N times. Subjects are stored as
/// SHA-256 digests, never as addresses or emails.
struct SubmissionRateLimit: Sendable {
    /// Which limit this is ("lead", "booking" …): limits with the same subject count apart.
    let name: String
    let limit: Int
    let window: TimeInterval

    /// Records one hit for `subject` and says whether it is within the limit.
    func allow(_ subject: String, now: Date, on db: any Database) async throws -> Bool {
        try await hit(subject, now: now, on: db) <= limit
    }

    /// Records one hit for `subject` and returns how many it has had in the last `window` seconds, this one
    /// included (the previous window's count weighted by its share still inside, rounded up).
    func hit(_ subject: String, now: Date, on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { return 1 }
        let position = now.timeIntervalSince1970 / window
        let bucket = Int64(position.rounded(.down))
        // Kept one window longer than it counts for: the next window still weighs it.
        let expires = Date(timeIntervalSince1970: Double(bucket + 2) * window)
        let digest = ContentDigest.sha256Hex(subject)
        let rows = try await sql.raw(
            """
            INSERT INTO rate_limit_hits (name, subject, bucket, hits, expires_at)
            VALUES (\(bind: name), \(bind: digest), \(bind: bucket), 1, \(bind: expires))
            ON CONFLICT (name, subject, bucket) DO UPDATE SET hits = rate_limit_hits.hits + 1
            RETURNING hits
            """
        ).all()
        let current = try rows.first?.decode(column: "hits", as: Int64.self) ?? 1
        let earlier =
            try await sql.raw(
                """
                SELECT hits FROM rate_limit_hits WHERE name = \(bind: name) AND subject = \(bind: digest)
                AND bucket = \(bind: bucket - 1)
                """
            ).all().first?.decode(column: "hits", as: Int64.self) ?? 0
        let stillInside = 1 - (position - Double(bucket))
        return Int(current) + Int((Double(earlier) * stillInside).rounded(.up))
    }

    /// Deletes the counters of windows that have ended (run by the background round on every instance).
    static func forgetEnded(now: Date, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("DELETE FROM rate_limit_hits WHERE expires_at < \(bind: now)").run()
    }
}

/// Every rate limit of the app, made once from the settings. Limits hold no state of their own (the counts are in
/// the database), so one value serves every request and every instance.
struct RateLimits: Sendable {
    /// Lead submissions: 5 per address per 10 minutes.
    let lead = SubmissionRateLimit(name: "lead", limit: 5, window: 600)
    /// New self-checks: 30 per address per 10 minutes, enough for a family or an office on one connection.
    let selfCheckStart = SubmissionRateLimit(name: "self-check", limit: 30, window: 600)
    /// Password-reset requests: 10 per address per 15 minutes.
    let passwordReset = SubmissionRateLimit(name: "password-reset", limit: 10, window: 900)
    /// Sign-in, per 15 minutes: 10 tries of one account from one address, 20 of one account from anywhere, 30 from
    /// one address across accounts (password spraying).
    let signInPair = SubmissionRateLimit(name: "sign-in", limit: 10, window: 900)
    let signInAccount = SubmissionRateLimit(name: "sign-in-account", limit: 20, window: 900)
    let signInAddress = SubmissionRateLimit(name: "sign-in-address", limit: 30, window: 900)
    /// Sign-in links for the client app: 5 per address per 15 minutes, and 5 per email address.
    let clientLinkAddress = SubmissionRateLimit(name: "client-link-address", limit: 5, window: 900)
    let clientLinkEmail = SubmissionRateLimit(name: "client-link-email", limit: 5, window: 900)
    /// Online bookings, cancellations and moves per address (`BOOKING_RATE_LIMIT` per 10 minutes).
    let booking: SubmissionRateLimit

    init(bookingsPerWindow: Int) {
        booking = SubmissionRateLimit(name: "booking", limit: bookingsPerWindow, window: 600)
    }
}

extension Request {
    /// The client's address for rate limiting: the connection's peer, unless that peer is one of our own proxies
    /// (`TRUSTED_PROXIES`); then the nearest `X-Forwarded-For` hop that is not ours. Anything a client writes
    /// into the header itself is never believed, so changing it cannot reset a limit.
    var clientAddress: String {
        let peer = remoteAddress?.ipAddress ?? "unknown"
        let trusted = application.shared.settings.trustedProxies
        guard trusted.contains(peer), let header = headers.first(name: "X-Forwarded-For") else { return peer }
        let hops = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return hops.last(where: { !trusted.contains($0) }) ?? peer
    }
}
