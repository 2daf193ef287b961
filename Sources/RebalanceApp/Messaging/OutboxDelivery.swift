import Fluent
import Foundation
import Logging
import SQLKit

/// Delivers due outbox messages. Each message is first leased with one conditional UPDATE, so when several
/// app instances run this at once every message goes to exactly one of them; a lease that outlives a crash
/// simply expires and the message is tried again. Failures wait longer each time before the next attempt.
struct OutboxDelivery {
    let db: any Database
    let transport: any MailTransport
    /// Names this app instance in leases.
    let owner: String
    let logger: Logger

    /// A lease this old is assumed dead (its instance crashed) and its message handed out again.
    static let leaseSeconds: TimeInterval = 60
    /// One delivery may take this long; well inside the lease, so a live instance never loses its message.
    static let deliverySeconds: Double = 30
    /// After this many failed attempts a message is marked failed and left for a person to look at.
    static let maximumAttempts = 8

    /// Pause before the next attempt after `attempts` failures: 30 s, 1 min, 2 min, … capped at 1 h.
    static func backoff(afterAttempts attempts: Int) -> TimeInterval {
        min(3600, 30 * pow(2, Double(max(0, attempts - 1))))
    }

    /// Leases and delivers up to `limit` due messages; returns how many were sent.
    @discardableResult
    func deliverDue(now: Date, limit: Int = 20) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { return 0 }
        let ids = try await lease(sql, now: now, limit: limit)
        var sent = 0
        for id in ids {
            guard let message = try await OutboxMessage.find(id, on: db) else { continue }
            let mail = OutgoingMail(
                id: id, to: message.recipient, subject: message.subject, body: message.body,
                attachment: message.attached, unsubscribeURL: message.unsubscribeURL)
            do {
                try await withDeadline(seconds: Self.deliverySeconds) { [transport] in try await transport.deliver(mail)
                }
                try await sql.update(OutboxMessage.schema)
                    .set("sent_at", to: SQLBind(now)).set("attempts", to: SQLBind(message.attempts + 1))
                    .set("lease_until", to: SQLLiteral.null).set("last_error", to: SQLLiteral.null)
                    .where("id", .equal, SQLBind(id)).where("lease_owner", .equal, SQLBind(owner))
                    .run()
                sent += 1
            } catch {
                let attempts = message.attempts + 1
                let gaveUp = attempts >= Self.maximumAttempts
                StudioMetrics.count(.deliveryFailed(gaveUp: gaveUp))
                let summary = SMTPTransport.logSummary(of: error)
                logger.warning(
                    """
                    outbox: delivery of message \(id.uuidString.lowercased()) failed (attempt \(attempts))\
                    \(gaveUp ? "; giving up" : ""): \(summary)
                    """
                )
                try await sql.update(OutboxMessage.schema)
                    .set("attempts", to: SQLBind(attempts))
                    .set("next_attempt_at", to: SQLBind(now.addingTimeInterval(Self.backoff(afterAttempts: attempts))))
                    .set("last_error", to: SQLBind(String(String(describing: error).prefix(500))))
                    .set("failed_at", to: gaveUp ? SQLBind(now) as any SQLExpression : SQLLiteral.null)
                    .set("lease_until", to: SQLLiteral.null)
                    .where("id", .equal, SQLBind(id)).where("lease_owner", .equal, SQLBind(owner))
                    .run()
            }
        }
        return sent
    }

    /// Gives back every message this instance still holds, so another instance sends it at once instead of after the
    /// lease runs out; called when the instance stops. Attempts are not counted: nothing was tried.
    func releaseLeases() async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.update(OutboxMessage.schema)
            .set("lease_owner", to: SQLLiteral.null).set("lease_until", to: SQLLiteral.null)
            .where("lease_owner", .equal, SQLBind(owner)).where("sent_at", .is, SQLLiteral.null)
            .run()
    }

    /// Claims due, unleased messages for this instance in one statement and returns their ids.
    private func lease(_ sql: any SQLDatabase, now: Date, limit: Int) async throws -> [UUID] {
        // PostgreSQL: SKIP LOCKED lets two instances claim different rows instead of queueing on the same ones.
        // SQLite: one writer at a time already makes the statement atomic.
        let skipLocked = sql.dialect.name == "postgresql" ? " FOR UPDATE SKIP LOCKED" : ""
        let rows = try await sql.raw(
            """
            UPDATE outbox SET lease_owner = \(bind: owner), \
            lease_until = \(bind: now.addingTimeInterval(Self.leaseSeconds))
            WHERE id IN (
              SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= \(bind: now)
              AND (lease_until IS NULL OR lease_until < \(bind: now))
              ORDER BY next_attempt_at LIMIT \(literal: limit)\(unsafeRaw: skipLocked))
            AND (lease_until IS NULL OR lease_until < \(bind: now))
            RETURNING id
            """
        ).all()
        return try rows.map { try $0.decode(column: "id", as: UUID.self) }
    }
}
