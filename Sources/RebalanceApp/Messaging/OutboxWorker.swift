import Fluent
import Foundation
import Vapor

/// The background job of each app instance: every few seconds it queues due reminders and delivers due
/// outbox messages. A Swift task started when the app boots and cancelled (and awaited) when it shuts down.
final class OutboxWorker: LifecycleHandler, @unchecked Sendable {
    let interval: TimeInterval
    /// A random name per instance, written into leases.
    let owner = "instance-" + UUID().uuidString.prefix(8).lowercased()
    private let lock = NSLock()
    private var task: Task<Void, Never>?

    init(interval: TimeInterval) {
        self.interval = interval
    }

    func didBootAsync(_ application: Application) async throws {
        let owner = owner
        let interval = interval
        let started = Task {
            while !Task.isCancelled {
                // A round is never cut short: stopping waits for it (deliveries have their own deadline), so an email
                // half-sent at shutdown is not counted as a failed attempt. Only the pause between rounds is cut.
                await Task { await Self.tick(application, owner: owner, now: application.timeSource.now()) }.value
                try? await Task.sleep(for: .seconds(interval))
            }
        }
        lock.withLock { task = started }
    }

    func shutdownAsync(_ application: Application) async {
        let running = lock.withLock { () -> Task<Void, Never>? in
            defer { task = nil }
            return task
        }
        running?.cancel()
        await running?.value
        guard running != nil else { return }
        do {
            try await OutboxDelivery(
                db: application.db, transport: application.shared.mail, owner: owner,
                logger: application.logger
            ).releaseLeases()
        } catch {
            application.logger.warning("outbox: leases not released at shutdown; they expire by themselves: \(error)")
        }
    }

    /// One round: reminders first, so a reminder queued now goes out in the same round.
    static func tick(_ app: Application, owner: String, now: Date) async {
        do {
            let links = try await app.shared.bookingLinkKeys.links(on: app.db)
            let baseURL = app.shared.settings.baseURL
            try await BookingReminders(db: app.db, links: links, baseURL: baseURL).queueDue(now: now)
            try await HomeReminders(db: app.db, key: links.key, baseURL: baseURL).queueDue(now: now)
            try await RecheckReminders(db: app.db, key: links.key, baseURL: baseURL).queueDue(now: now)
            try await OutboxDelivery(db: app.db, transport: app.shared.mail, owner: owner, logger: app.logger)
                .deliverDue(now: now)
            // Housekeeping rides on the same round: abandoned self-checks go a day after they were started.
            try await AbandonedSelfChecks.purge(now: now, on: app.db)
            try await SubmissionRateLimit.forgetEnded(now: now, on: app.db)
        } catch {
            app.logger.warning("outbox worker: \(error)")
        }
    }
}
