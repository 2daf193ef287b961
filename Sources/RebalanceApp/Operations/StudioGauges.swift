import Fluent
import Foundation
import SQLKit

/// The shared state an operator watches, read from the database at each scrape: the outbox's queue and its oldest
/// waiting message (a stuck outbox means clients get no confirmations), messages given up on, when the last
/// booking was made, and how long the database takes to answer.
enum StudioGauges {
    static func read(on db: any Database, now: Date) async throws {
        let started = ContinuousClock.now
        if let sql = db as? any SQLDatabase { try await sql.raw("SELECT 1").run() }
        let ping = ContinuousClock.now - started
        StudioMetrics.gauge(
            "database_ping", unit: "seconds",
            help: "Time to get a database connection and run SELECT 1; it rises when the pool is exhausted."
        ).set(to: Double(ping.components.seconds) + Double(ping.components.attoseconds) / 1e18)

        let waiting = OutboxMessage.query(on: db).filter(\.$sentAt == nil).filter(\.$failedAt == nil)
        let pending = try await waiting.copy().count()
        let oldest = try await waiting.copy().sort(\.$createdAt).field(\.$id).field(\.$createdAt).first()?.createdAt
        let failed = try await OutboxMessage.query(on: db).filter(\.$failedAt != nil).count()
        StudioMetrics.gauge("outbox_pending", unit: "", help: "Emails waiting to be sent.").set(to: Double(pending))
        StudioMetrics.gauge(
            "outbox_oldest_pending", unit: "seconds", help: "Age of the oldest email still waiting to be sent."
        ).set(to: oldest.map { max(0, now.timeIntervalSince($0)) } ?? 0)
        StudioMetrics.gauge(
            "outbox_failed", unit: "", help: "Emails given up on after every attempt failed."
        ).set(to: Double(failed))

        // NULLs sort first in a descending PostgreSQL order: skipped, or the newest booking would read as none.
        let lastBooking = try await Booking.query(on: db).filter(\.$createdAt != nil).sort(\.$createdAt, .descending)
            .field(\.$id)
            .field(\.$createdAt).first()?.createdAt
        StudioMetrics.gauge(
            "last_booking_timestamp", unit: "seconds",
            help: "When the most recent booking was made (Unix time); 0 before the first."
        ).set(to: lastBooking?.timeIntervalSince1970 ?? 0)
    }
}
