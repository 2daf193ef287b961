import Fluent
import Foundation
import RebalanceCore

/// One page of the studio's client list, with the filter and search the trainer chose.
///
/// Read natively: a studio has thousands of clients and the list is the trainer's most-opened page.
struct ClientList {
    /// Which clients to show.
    enum Show: Equatable {
        case active, archived, referred, recheckDue(CalendarDay), phase(ExerciseDefinition.Phase)
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
        let (condition, binds) = whereClause()
        return try await NativeRows(db: db).select("SELECT COUNT(*) AS n FROM clients WHERE \(condition)", binds) { $0.int(0) }.first ?? 0
    }

    /// Matching clients by name, `limit` of them from `offset`.
    func page(offset: Int, limit: Int, on db: any Database) async throws -> [Entry] {
        let (condition, binds) = whereClause()
        let sql = "SELECT id, name, email, current_phase, recheck_due, referral, archived_at FROM clients WHERE \(condition) "
            + "ORDER BY name, id LIMIT \(max(0, limit)) OFFSET \(max(0, offset))"
        return try await NativeRows(db: db).select(sql, binds) { row in
            guard let id = row.uuid(0) else { return nil }
            return Entry(id: id, name: row.text(1) ?? "", email: row.text(2) ?? "",
                         phase: row.text(3).flatMap(ExerciseDefinition.Phase.init(rawValue:)), recheckDue: row.text(4).flatMap(CalendarDay.init),
                         referred: row.text(5) == Client.Referral.awaitingClearance.rawValue, archived: row.date(6) != nil)
        }
    }

    private func whereClause() -> (String, [NativeRows.Bind]) {
        var conditions = ["studio_id = $1"]
        var binds: [NativeRows.Bind] = [.uuid(studioID)]
        switch show {
        case .archived: conditions.append("archived_at IS NOT NULL")
        case .active: conditions.append("archived_at IS NULL")
        case .referred:
            binds.append(.text(Client.Referral.awaitingClearance.rawValue))
            conditions += ["archived_at IS NULL", "referral = $\(binds.count)"]
        case .recheckDue(let today):
            binds.append(.text(today.description))
            conditions += ["archived_at IS NULL", "recheck_due > ''", "recheck_due <= $\(binds.count)"]
        case .phase(let phase):
            binds.append(.text(phase.rawValue))
            conditions += ["archived_at IS NULL", "current_phase = $\(binds.count)"]
        }
        if !search.isEmpty {
            // The search text is matched literally: % and _ typed by the trainer are not wildcards.
            let escaped = search.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            binds.append(.text("%" + escaped + "%"))
            conditions.append("search_text LIKE $\(binds.count) ESCAPE '\\'")
        }
        return (conditions.joined(separator: " AND "), binds)
    }
}
