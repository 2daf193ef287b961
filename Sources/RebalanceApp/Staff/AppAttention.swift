import Fluent
import Foundation
import RebalanceCore
import SQLKit

/// What the client app asks of the studio on the start page: messages nobody has opened yet, and clients whose
/// weekly check-in is overdue.
struct AppAttention {
    /// A client with unread messages and how many.
    struct Unread {
        let clientID: UUID
        let name: String
        let count: Int
    }

    /// A client in the app whose last check-in is older than the week plus this grace.
    static let checkInGraceDays = 3

    let unread: [Unread]
    /// Clients with their last check-in day.
    let checkInsOverdue: [DashboardData.ClientMention]

    static func load(studioID: UUID, today: CalendarDay, on db: any Database) async throws -> AppAttention {
        let sql = try db.sql
        let unread = try await sql.raw(
            """
            SELECT c.id, c.name, COUNT(*) AS unread FROM client_messages m JOIN clients c ON c.id = m.client_id
            WHERE c.studio_id = \(bind: studioID) AND m.author = 'client' AND m.read_at IS NULL
            GROUP BY c.id, c.name ORDER BY c.name LIMIT 25
            """
        ).all().map { row in
            Unread(
                clientID: try row.stored("id", of: "clients"), name: try row.stored("name", of: "clients"),
                count: try row.stored("unread", of: "client_messages"))
        }
        // Only clients whose trainer set activities to rate (they have a rating) and who have the app.
        let overdueBy = today.adding(days: -(CheckInController.intervalDays + checkInGraceDays))
        let overdue = try await sql.raw(
            """
            SELECT c.id, c.name, MAX(f.day) AS day FROM clients c JOIN function_scores f ON f.client_id = c.id
            WHERE c.studio_id = \(bind: studioID) AND c.archived_at IS NULL AND c.app_invited_at IS NOT NULL
            GROUP BY c.id, c.name HAVING MAX(f.day) <= \(bind: overdueBy.description) ORDER BY day, c.name LIMIT 25
            """
        ).all().map { row in
            DashboardData.ClientMention(
                id: try row.stored("id", of: "clients"), name: try row.stored("name", of: "clients"),
                day: try row.stored("day", of: "function_scores"), note: "")
        }
        return AppAttention(unread: unread, checkInsOverdue: overdue)
    }
}
