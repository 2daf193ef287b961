import Fluent
import SQLKit

/// The client list filters on the studio and archiving and sorts by name: one index answers the count and the
/// page, and a search scans it without reading the clients themselves (5,000 row lookups per count before).
/// The start page's lists get theirs too.
struct IndexClientLists: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX clients_list ON clients (studio_id, archived_at, name, id, search_text)").run()
        try await sql.raw("DROP INDEX clients_studio_name").run()
        // The start page's lists: re-checks due, referrals, and pain flares (few sessions have one).
        try await sql.raw("CREATE INDEX clients_recheck ON clients (studio_id, archived_at, recheck_due)").run()
        try await sql.raw("CREATE INDEX clients_referral ON clients (studio_id, archived_at, referral, name)").run()
        try await sql.raw("CREATE INDEX session_logs_flares ON session_logs (day) WHERE flare <> ''").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX clients_studio_name ON clients (studio_id, name)").run()
        for index in ["clients_list", "clients_recheck", "clients_referral", "session_logs_flares"] {
            try await sql.raw("DROP INDEX \(unsafeRaw: index)").run()
        }
    }
}
