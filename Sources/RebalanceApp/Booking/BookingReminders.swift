import Fluent
import Foundation
import SQLKit

/// Queues the "tomorrow" reminder for every confirmed booking that starts within 24 hours. Claiming a booking's
/// reminder is a conditional UPDATE in the same transaction as the email, so with several app instances each
/// reminder is queued exactly once, and a crash between the two leaves neither.
struct BookingReminders {
    let db: any Database
    let links: BookingLinks
    let baseURL: String

    static let lead: TimeInterval = 24 * 3600

    /// Queues the reminders due at `now`; returns how many.
    @discardableResult
    func queueDue(now: Date) async throws -> Int {
        let due = try await Booking.query(on: db).filter(\.$status == .confirmed).filter(\.$reminderQueuedAt == nil)
            .filter(\.$startsAt > now).filter(\.$startsAt <= now.addingTimeInterval(Self.lead))
            .limit(100).all()
        var queued = 0
        for booking in due {
            // Booked inside the last day: the confirmation just went out, a reminder would only repeat it.
            let bookedLate = booking.createdAt.map { booking.startsAt.timeIntervalSince($0) < Self.lead } ?? false
            let claimed = try await db.writeTransaction { [links, baseURL] tx -> Bool in
                guard let sql = tx as? any SQLDatabase else { return false }
                let rows = try await sql.raw(
                    """
                    UPDATE bookings SET reminder_queued_at = \(bind: now)
                    WHERE id = \(bind: booking.requireID()) AND reminder_queued_at IS NULL AND status = 'confirmed'
                    RETURNING id
                    """
                ).all()
                guard !rows.isEmpty, !bookedLate else { return false }
                let studio = try await booking.$studio.get(on: tx)
                let type = try await booking.$sessionType.get(on: tx)
                let trainer = try await booking.$trainer.get(on: tx)
                let token = try links.token(for: booking)
                let emails = BookingEmails(
                    studio: studio, sessionType: type, trainer: trainer, booking: booking,
                    manageURL: baseURL + BookingLinks.managePath(try booking.requireID(), token: token), now: now)
                try await emails.toClient(.reminder).create(on: tx)
                return true
            }
            if claimed { queued += 1 }
        }
        return queued
    }
}
