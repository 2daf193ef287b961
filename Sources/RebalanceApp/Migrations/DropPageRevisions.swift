import Fluent

/// Removes the revision counters that keyed kept staff pages: those pages are now rendered from the record on
/// every view, so nothing reads the counters, and a counter nothing reads only invites a missed raise.
struct DropPageRevisions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Client.schema).deleteField("revision").update()
        try await database.schema(Studio.schema).deleteField("clients_revision").update()
    }

    func revert(on database: any Database) async throws {
        try await AddClientRevision().prepare(on: database)
        try await AddStudioClientsRevision().prepare(on: database)
    }
}
