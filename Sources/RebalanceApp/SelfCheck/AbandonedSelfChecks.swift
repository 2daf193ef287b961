import Fluent
import Foundation
import SQLKit

/// Self-checks whose visitor never left contact details are deleted a day after they were started: health answers
/// are kept only with consent (a lead that chose to keep them), never "just in case".
///
/// One conditional DELETE, so every app instance can run it on its own schedule without coordination: a row is
/// either still needed (a lead, client or booking points to it, or it is younger than a day) or gone.
enum AbandonedSelfChecks {
    /// How long an unfinished or unclaimed self-check is kept.
    static let keptFor: TimeInterval = 24 * 3600

    /// Deletes the abandoned self-checks started before `now` minus a day; returns how many.
    @discardableResult
    static func purge(now: Date, on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { return 0 }
        let rows = try await sql.raw(
            """
            DELETE FROM self_screens
            WHERE created_at < \(bind: now.addingTimeInterval(-keptFor))
              AND id NOT IN (SELECT self_screen_id FROM leads WHERE self_screen_id IS NOT NULL)
              AND id NOT IN (SELECT self_screen_id FROM clients WHERE self_screen_id IS NOT NULL)
              AND id NOT IN (SELECT self_screen_id FROM bookings WHERE self_screen_id IS NOT NULL)
            RETURNING id
            """
        ).all()
        return rows.count
    }
}
