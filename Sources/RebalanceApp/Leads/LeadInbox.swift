import Fluent
import Foundation
import SQLKit
import Vapor

/// The leads inbox's rows and its count of new leads, in one query.
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
    static func load(studio: UUID, status: Lead.Status?, limit: Int = 200, on db: any Database) async throws
        -> LeadInbox
    {
        let sql = try db.sql
        let statusFilter: SQLQueryString = status.map { " AND CAST(status AS TEXT) = \(bind: $0.rawValue)" } ?? ""
        // The count rides along on every row; only an empty page needs it asked separately.
        let rows = try await sql.raw(
            """
            SELECT id, name, email, created_at, CAST(status AS TEXT) AS status, red_flag,
              self_screen_id IS NOT NULL AS has_screen,
              (SELECT COUNT(*) FROM leads WHERE studio_id = \(bind: studio) AND status = 'new') AS new_count
            FROM leads WHERE studio_id = \(bind: studio)\(statusFilter) ORDER BY created_at DESC LIMIT \(literal: limit)
            """
        ).all()
        let entries = try rows.map { row in
            Entry(
                id: try row.stored("id", of: "leads"), name: try row.stored("name", of: "leads"),
                email: try row.stored("email", of: "leads"), receivedAt: try row.stored("created_at", of: "leads"),
                status: try row.stored("status", of: "leads"), redFlag: try row.stored("red_flag", of: "leads"),
                hasScreen: try row.stored("has_screen", of: "leads"))
        }
        if let first = rows.first {
            return LeadInbox(entries: entries, newCount: try first.stored("new_count", of: "leads"))
        }
        if status == .new { return LeadInbox(entries: [], newCount: 0) }  // no new lead listed: there is none
        let count =
            try await sql.raw(
                """
                SELECT COUNT(*) AS new_count FROM leads WHERE studio_id = \(bind: studio) AND status = 'new'
                """
            ).first()?.stored("new_count", of: "leads", as: Int.self) ?? 0
        return LeadInbox(entries: [], newCount: count)
    }
}
