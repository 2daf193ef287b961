import Fluent
import Foundation
import RebalanceCore
import SQLKit

/// What the trainer's start page lists, read as plain values: it is the first page of every working day and each
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
    static func load(
        studioID: UUID, from: Date, until: Date, recheckBy: CalendarDay, flaresSince: CalendarDay,
        on db: any Database
    ) async throws -> DashboardData {
        let sql = try db.sql
        let sessions = try await sql.raw(
            """
            SELECT b.id, b.starts_at, b.client_name, t.name AS type_name, s.name AS trainer_name FROM bookings b
            JOIN session_types t ON t.id = b.session_type_id JOIN staff s ON s.id = b.trainer_id
            WHERE b.studio_id = \(bind: studioID) AND b.status = 'confirmed' AND b.starts_at >= \(bind: from)
            AND b.starts_at < \(bind: until) ORDER BY b.starts_at LIMIT 200
            """
        ).all().map { row in
            Session(
                id: try row.stored("id", of: "bookings"), startsAt: try row.stored("starts_at", of: "bookings"),
                clientName: try row.stored("client_name", of: "bookings"),
                typeName: try row.stored("type_name", of: "session_types"),
                trainerName: try row.stored("trainer_name", of: "staff"))
        }
        // Re-checks due and referrals awaiting clearance come from the same table: one statement, told apart by `list`.
        // `recheck_due > ''` is a range, so the index skips the many clients without a date.
        let referral = Client.Referral.awaitingClearance.rawValue
        let mentions = try await sql.raw(
            """
            SELECT * FROM (SELECT id, name, recheck_due AS day, 'recheck' AS list FROM clients
            WHERE studio_id = \(bind: studioID) AND archived_at IS NULL AND recheck_due > ''
            AND recheck_due <= \(bind: recheckBy.description) ORDER BY recheck_due, name LIMIT 25) AS due UNION ALL
            SELECT * FROM (SELECT id, name, '' AS day, 'referral' AS list FROM clients \
            WHERE studio_id = \(bind: studioID)
            AND archived_at IS NULL AND referral = \(bind: referral) ORDER BY name LIMIT 25) AS referred
            """
        ).all().map { row in
            let mention = ClientMention(
                id: try row.stored("id", of: "clients"), name: try row.stored("name", of: "clients"),
                day: try row.stored("day", of: "clients"), note: "")
            return (mention, try row.stored("list", of: "clients", as: String.self) == "recheck")
        }
        // A union keeps no order of its own.
        let rechecks = mentions.filter(\.1).map(\.0).sorted { ($0.day, $0.name) < ($1.day, $1.name) }
        let referrals = mentions.filter { !$0.1 }.map(\.0).sorted { $0.name < $1.name }
        // Recent flares are few, clients many: `CROSS JOIN` makes SQLite start from the flares' partial index
        // instead of probing every client's logs (PostgreSQL plans the same statement as an ordinary join).
        let flares = try await sql.raw(
            """
            SELECT c.id, c.name, l.day, l.flare FROM session_logs l CROSS JOIN clients c
            WHERE c.id = l.client_id AND c.studio_id = \(bind: studioID) AND l.flare <> ''
            AND l.day >= \(bind: flaresSince.description) ORDER BY l.day DESC LIMIT 25
            """
        ).all().map { row in
            ClientMention(
                id: try row.stored("id", of: "clients"), name: try row.stored("name", of: "clients"),
                day: try row.stored("day", of: "session_logs"), note: try row.stored("flare", of: "session_logs"))
        }
        let newLeads = try await LeadInbox.load(studio: studioID, status: .new, limit: 5, on: db)
        return DashboardData(
            sessions: sessions, rechecks: rechecks, leads: newLeads.entries, newLeadCount: newLeads.newCount,
            flares: flares, referrals: referrals)
    }
}
