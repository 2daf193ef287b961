import Fluent
import Foundation
import RebalanceCore
import Vapor

/// Queues the "your re-check is coming" email for clients in the app (`RecheckNotice`), once per re-check date:
/// the unique sent-row is written in the same transaction as the email, so two instances cannot both send it.
struct RecheckReminders {
    let db: any Database
    let key: SymmetricKey
    let baseURL: String

    func queueDue(now: Date) async throws {
        let clients = try await Client.query(on: db).filter(\.$recheckDue != "").filter(\.$archivedAt == nil)
            .filter(\.$appInvitedAt != nil).filter(\.$recheckEmails == true).with(\.$studio).all()
        for client in clients {
            guard let recheck = CalendarDay(client.recheckDue),
                RecheckNotice(recheck: recheck, zone: client.studio.zone).isDue(at: now)
            else { continue }
            let clientID = try client.requireID()
            guard
                try await RecheckReminderSent.query(on: db).filter(\.$client.$id == clientID)
                    .filter(\.$recheckDay == client.recheckDue).count() == 0
            else { continue }
            let message = email(client, recheck: recheck, studio: client.studio.name, now: now)
            do {
                try await db.writeTransaction { db in
                    try await RecheckReminderSent(clientID: clientID, recheckDay: client.recheckDue).create(on: db)
                    try await message.create(on: db)
                }
            } catch let error as any DatabaseError where error.isConstraintFailure {
                continue  // another instance queued it first
            }
        }
    }

    private func email(_ client: Client, recheck: CalendarDay, studio: String, now: Date) -> OutboxMessage {
        let unsubscribe = ClientEmailKind.rechecks.address(for: client.id ?? UUID(), key: key, baseURL: baseURL)
        let body = [
            "Hello \(client.firstName),", "",
            "Your re-check at \(studio) is due on \(BookingTimeText.day(recheck)). We repeat the tests from your "
                + "assessment to see what has changed and to plan your next phase.", "",
            "Book it here: \(baseURL)/book", "Your progress so far: \(baseURL)/me/progress", "",
            "To stop re-check emails: \(unsubscribe)",
        ].joined(separator: "\n")
        let message = OutboxMessage(
            recipient: client.email, subject: "Your re-check is due \(BookingTimeText.day(recheck))", body: body,
            now: now)
        message.unsubscribeURL = unsubscribe
        return message
    }
}
