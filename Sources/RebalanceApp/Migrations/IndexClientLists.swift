import Fluent
import SQLKit

/// Indexes for the lists a trainer opens all day. The client list filters on the studio and active clients and
/// sorts by name: a partial index over active clients answers its count, page and search without reading the
/// clients themselves (PostgreSQL cannot sort by an index whose earlier column is only `IS NULL`, so the
/// condition sits in the index rather than in it). The start page's re-checks, referrals and flares get theirs.
struct IndexClientLists: AsyncMigration {
    static let indexes = [
        ("clients_active", "clients (studio_id, name, id, search_text) WHERE archived_at IS NULL"),
        ("clients_recheck", "clients (studio_id, recheck_due) WHERE archived_at IS NULL"),
        ("clients_referral", "clients (studio_id, referral, name) WHERE archived_at IS NULL"),
        ("session_logs_flares", "session_logs (day) WHERE flare <> ''"),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (name, definition) in Self.indexes {
            try await sql.raw("CREATE INDEX \(unsafeRaw: name) ON \(unsafeRaw: definition)").run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (name, _) in Self.indexes {
            try await sql.raw("DROP INDEX \(unsafeRaw: name)").run()
        }
    }
}
