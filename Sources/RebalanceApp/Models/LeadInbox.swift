import Fluent
import Foundation
import Vapor

/// The leads inbox's rows and its count of new leads, in one native query.
struct LeadInbox: Sendable {
    /// One lead as the inbox lists it.
    struct Entry: Sendable {
        let id: UUID
        let name: String
        let email: String
        let receivedAt: Date?
        let status: Lead.Status
        let redFlag: Bool
        let hasScreen: Bool
    }

    let entries: [Entry]
    let newCount: Int

    /// The newest `limit` leads of a studio, optionally of one status (the start page asks for five new ones).
    static func load(studio: UUID, status: Lead.Status?, limit: Int = 200, on db: any Database) async throws -> LeadInbox {
        let rows = NativeRows(db: db)
        var binds: [NativeRows.Bind] = [.uuid(studio)]
        var statusFilter = ""
        if let status {
            statusFilter = " AND CAST(status AS TEXT) = $2"
            binds.append(.text(status.rawValue))
        }
        // The count rides along on every row; only an empty page needs it asked separately.
        let read: [(Entry, Int)] = try await rows.select(
            """
            SELECT id, name, email, created_at, CAST(status AS TEXT), red_flag, self_screen_id IS NOT NULL,
              (SELECT COUNT(*) FROM leads WHERE studio_id = $1 AND status = 'new')
            FROM leads WHERE studio_id = $1\(statusFilter) ORDER BY created_at DESC LIMIT \(limit)
            """, binds
        ) { row in
            guard let id = row.uuid(0), let status = row.text(4).flatMap(Lead.Status.init(rawValue:)) else { return nil }
            let entry = Entry(
                id: id, name: row.text(1) ?? "", email: row.text(2) ?? "", receivedAt: row.date(3), status: status,
                redFlag: row.bool(5) ?? false, hasScreen: row.bool(6) ?? false)
            return (entry, row.int(7) ?? 0)
        }
        if let first = read.first { return LeadInbox(entries: read.map(\.0), newCount: first.1) }
        if status == .new { return LeadInbox(entries: [], newCount: 0) }  // no new lead listed: there is none
        let count = try await rows.select(
            "SELECT COUNT(*) FROM leads WHERE studio_id = $1 AND status = 'new'", [.uuid(studio)], { $0.int(0) }
        ).first ?? 0
        return LeadInbox(entries: [], newCount: count)
    }
}
