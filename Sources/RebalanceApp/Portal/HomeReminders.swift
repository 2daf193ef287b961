import Fluent
import Foundation
import RebalanceCore
import Vapor

/// Queues home-session reminders that are due (`HomeReminderPlan`), each once: the unique sent-row is written in
/// the same transaction as the email, so two instances ticking together cannot both send it. Every reminder
/// carries a one-click unsubscribe address signed with the app's link key.
struct HomeReminders {
    let db: any Database
    let key: SymmetricKey
    let baseURL: String

    /// The client's plan, when reminders are on.
    static func plan(of client: Client, studioZone: TimeZone) -> HomeReminderPlan? {
        let weekdays = Set(client.reminderDays.split(separator: ",").compactMap { Weekday(rawValue: String($0)) })
        guard let minute = client.reminderMinute, !weekdays.isEmpty else { return nil }
        let zone = TimeZone(identifier: client.reminderZone) ?? studioZone
        return HomeReminderPlan(weekdays: weekdays, minute: minute, zone: zone)
    }

    func queueDue(now: Date) async throws {
        let clients = try await Client.query(on: db).filter(\.$reminderMinute != nil).filter(\.$reminderDays != "")
            .filter(\.$archivedAt == nil).filter(\.$appInvitedAt != nil).with(\.$studio).all()
        for client in clients {
            guard let plan = Self.plan(of: client, studioZone: client.studio.zone) else { continue }
            let clientID = try client.requireID()
            let today = WallClock.day(of: now, in: plan.zone)
            let sent = try await HomeReminderSent.query(on: db).filter(\.$client.$id == clientID)
                .filter(\.$day == today.description).count()
            let logged =
                try await SessionRecord.query(on: db).filter(\.$client.$id == clientID)
                .filter(\.$day == today.description).count() > 0
            guard let due = plan.due(at: now, sent: sent, loggedToday: logged) else { continue }
            let message = reminder(client, round: due.round, now: now)
            do {
                try await db.writeTransaction { db in
                    try await HomeReminderSent(clientID: clientID, day: due.day.description, round: due.round)
                        .create(on: db)
                    try await message.create(on: db)
                }
            } catch let error as any DatabaseError where error.isConstraintFailure {
                continue  // another instance queued it first
            }
        }
    }

    private func reminder(_ client: Client, round: Int, now: Date) -> OutboxMessage {
        let unsubscribe = ClientEmailKind.reminders.address(for: client.id ?? UUID(), key: key, baseURL: baseURL)
        let (subject, opening) =
            round == 1
            ? ("Time for your home session", "Hello \(client.firstName), today's exercises are ready on your phone.")
            : ("Still time for today's session", "Hello \(client.firstName), a short session still counts today.")
        let body = [
            opening, "", "Open today's list: \(baseURL)/me", "",
            "You chose these reminders in the app. To stop them: \(unsubscribe)",
        ].joined(separator: "\n")
        let message = OutboxMessage(recipient: client.email, subject: subject, body: body, now: now)
        message.unsubscribeURL = unsubscribe
        return message
    }
}
