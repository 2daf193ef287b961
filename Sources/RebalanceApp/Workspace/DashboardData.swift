import Fluent
import Foundation
import RebalanceCore

/// What the trainer's start page lists, read natively: it is the first page of every working day and each
/// list comes from a table that grows with the studio (bookings, clients, session logs, leads).
struct DashboardData {
    /// A confirmed session this week.
    struct Session: Sendable {
        let id: UUID
        let startsAt: Date
        let clientName: String
        let typeName: String
        let trainerName: String
    }

    /// A client named in one of the lists.
    struct ClientMention: Sendable {
        let id: UUID
        let name: String
        /// The re-check date or the day of the flare, as stored.
        let day: String
        /// The flare's words ("right knee 2 → 5"); empty otherwise.
        let note: String
    }

    let sessions: [Session]
    let rechecks: [ClientMention]
    /// The newest few new leads.
    let leads: [LeadInbox.Entry]
    let newLeadCount: Int
    let flares: [ClientMention]
    let referrals: [ClientMention]

    /// The week from `from` to `until`, re-checks due by `recheckBy`, flares since `flaresSince`.
    static func load(studioID: UUID, from: Date, until: Date, recheckBy: CalendarDay, flaresSince: CalendarDay,
                     on db: any Database) async throws -> DashboardData {
        let rows = NativeRows(db: db)
        let studio = NativeRows.Bind.uuid(studioID)
        let sessions = try await rows.select(
            "SELECT b.id, b.starts_at, b.client_name, t.name AS type_name, s.name AS trainer_name FROM bookings b "
                + "JOIN session_types t ON t.id = b.session_type_id JOIN staff s ON s.id = b.trainer_id "
                + "WHERE b.studio_id = $1 AND b.status = 'confirmed' AND b.starts_at >= $2 AND b.starts_at < $3 ORDER BY b.starts_at LIMIT 200",
            [studio, .date(from), .date(until)]
        ) { row -> Session? in
            guard let id = row.uuid(0), let start = row.date(1) else { return nil }
            return Session(id: id, startsAt: start, clientName: row.text(2) ?? "", typeName: row.text(3) ?? "", trainerName: row.text(4) ?? "")
        }
        // Re-checks due and referrals awaiting clearance come from the same table: one statement, told apart by `list`.
        // `recheck_due > ''` is a range, so the index skips the many clients without a date.
        let mentions = try await rows.select(
            "SELECT * FROM (SELECT id, name, recheck_due AS day, 'recheck' AS list FROM clients WHERE studio_id = $1 AND archived_at IS NULL "
                + "AND recheck_due > '' AND recheck_due <= $2 ORDER BY recheck_due, name LIMIT 25) AS due UNION ALL "
                + "SELECT * FROM (SELECT id, name, '' AS day, 'referral' AS list FROM clients WHERE studio_id = $1 AND archived_at IS NULL "
                + "AND referral = $3 ORDER BY name LIMIT 25) AS referred",
            [studio, .text(recheckBy.description), .text(Client.Referral.awaitingClearance.rawValue)]
        ) { row -> (ClientMention, Bool)? in
            row.uuid(0).map { (ClientMention(id: $0, name: row.text(1) ?? "", day: row.text(2) ?? "", note: ""), row.text(3) == "recheck") }
        }
        // A union keeps no order of its own.
        let rechecks = mentions.filter(\.1).map(\.0).sorted { ($0.day, $0.name) < ($1.day, $1.name) }
        let referrals = mentions.filter { !$0.1 }.map(\.0).sorted { $0.name < $1.name }
        // Recent flares are few, clients many: `CROSS JOIN` makes SQLite start from the flares' partial index
        // instead of probing every client's logs (PostgreSQL plans the same statement as an ordinary join).
        let flares = try await rows.select(
            "SELECT c.id, c.name, l.day, l.flare FROM session_logs l CROSS JOIN clients c "
                + "WHERE c.id = l.client_id AND c.studio_id = $1 AND l.flare <> '' AND l.day >= $2 ORDER BY l.day DESC LIMIT 25",
            [studio, .text(flaresSince.description)]
        ) { row in row.uuid(0).map { ClientMention(id: $0, name: row.text(1) ?? "", day: row.text(2) ?? "", note: row.text(3) ?? "") } }
        let newLeads = try await LeadInbox.load(studio: studioID, status: .new, limit: 5, on: db)
        return DashboardData(sessions: sessions, rechecks: rechecks, leads: newLeads.entries, newLeadCount: newLeads.newCount,
                             flares: flares, referrals: referrals)
    }
}
