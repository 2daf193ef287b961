import Fluent
import Foundation
import RebalanceCore

/// Tells the studio when a client notes a pain flare at home, so the trainer can call before the next session. The
/// email names the client and links to their record; the pain figures stay behind the sign-in.
enum HomeFlareNotice {
    /// The trainer of the client's most recent booking, if still on the team; otherwise whoever hears of new leads.
    static func recipients(for client: Client, studio: Studio, on db: any Database) async throws -> [String] {
        if let booking = try await Booking.query(on: db).filter(\.$studio.$id == studio.requireID())
            .filter(\.$clientEmail == client.email).sort(\.$startsAt, .descending).first(),
            let trainer = try await StaffMember.find(booking.$trainer.id, on: db), trainer.disabledAt == nil
        {
            return [trainer.email]
        }
        return try await StudioEmails.leadRecipients(studio: studio, on: db)
    }

    static func messages(for client: Client, to recipients: [String], baseURL: String, now: Date) throws
        -> [OutboxMessage]
    {
        let subject = "\(client.name) noted a pain flare at home"
        let body = [
            "\(client.name) noted pain that rose by \(PainFlares.points) points or more in a home session today.",
            "The app told them to ease back and skip what brings the pain up. A call before the next session helps.",
            "",
            "Open the client (sign-in needed): \(baseURL)/staff/clients/"
                + "\(try client.requireID().uuidString.lowercased())/progress",
        ].joined(separator: "\n")
        return recipients.map { OutboxMessage(recipient: $0, subject: subject, body: body, now: now) }
    }
}
