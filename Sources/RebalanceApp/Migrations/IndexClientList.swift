import Fluent
import SQLKit

/// The client list filters on the studio and archiving and sorts by name: one index answers the count and the
/// page, and a search scans it without reading the clients themselves (5,000 row lookups per count before).
struct IndexClientList: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX clients_list ON clients (studio_id, archived_at, name, id, search_text)").run()
        try await sql.raw("DROP INDEX clients_studio_name").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX clients_studio_name ON clients (studio_id, name)").run()
        try await sql.raw("DROP INDEX clients_list").run()
    }
}
