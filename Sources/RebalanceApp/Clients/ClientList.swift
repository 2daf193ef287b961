import Fluent
import Foundation
import RebalanceCore
import SQLKit

/// One page of the studio's client list, with the filter and search the trainer chose.
///
/// Read as plain values: a studio has thousands of clients and the list is the trainer's most-opened page.
struct ClientList {
    /// Which clients to show.
    enum Show: Equatable {
        case active, archived, referred
        case recheckDue(CalendarDay)
        case phase(ExerciseDefinition.Phase)
    }

    /// What a row of the list shows.
    struct Entry: Sendable {
        let id: UUID
        let name: String
        let email: String
        let phase: ExerciseDefinition.Phase?
        let recheckDue: CalendarDay?
        let referred: Bool
        let archived: Bool
    }

    let studioID: UUID
    let show: Show
    /// Lower-case text to find in the name or email; empty for everyone.
    let search: String

    /// The number of matching clients.
    func count(on db: any Database) async throws -> Int {
        let row = try await db.sql.raw("SELECT COUNT(*) AS n FROM clients WHERE \(condition)").first()
        return try row?.stored("n", of: "clients") ?? 0
    }

    /// Matching clients by name, `limit` of them from `offset`.
    func page(offset: Int, limit: Int, on db: any Database) async throws -> [Entry] {
        let rows = try await db.sql.raw(
            """
            SELECT id, name, email, current_phase, recheck_due, referral, archived_at FROM clients WHERE \(condition)
            ORDER BY name, id LIMIT \(literal: max(0, limit)) OFFSET \(literal: max(0, offset))
            """
        ).all()
        return try rows.map { row in
            let phase: String = try row.stored("current_phase", of: "clients")
            let recheck: String = try row.stored("recheck_due", of: "clients")
            let referral: String = try row.stored("referral", of: "clients")
            return Entry(
                id: try row.stored("id", of: "clients"), name: try row.stored("name", of: "clients"),
                email: try row.stored("email", of: "clients"), phase: ExerciseDefinition.Phase(rawValue: phase),
                recheckDue: CalendarDay(recheck), referred: referral == Client.Referral.awaitingClearance.rawValue,
                archived: try row.stored("archived_at", of: "clients", as: Date?.self) != nil)
        }
    }

    private var condition: SQLQueryString {
        var condition: SQLQueryString = "studio_id = \(bind: studioID)"
        switch show {
        case .archived: condition += " AND archived_at IS NOT NULL"
        case .active: condition += " AND archived_at IS NULL"
        case .referred:
            condition += " AND archived_at IS NULL AND referral = \(bind: Client.Referral.awaitingClearance.rawValue)"
        case .recheckDue(let today):
            condition += " AND archived_at IS NULL AND recheck_due > '' AND recheck_due <= \(bind: today.description)"
        case .phase(let phase):
            condition += " AND archived_at IS NULL AND current_phase = \(bind: phase.rawValue)"
        }
        if !search.isEmpty {
            // The search text is matched literally: % and _ typed by the trainer are not wildcards.
            let escaped = search.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            condition += " AND search_text LIKE \(bind: "%" + escaped + "%") ESCAPE '\\'"
        }
        return condition
    }
}
