import Fluent
import SQLKit
import Vapor

extension Database {
    /// The one way Rebalance writes several rows together: all of them, or none.
    ///
    /// On SQLite it starts with `BEGIN IMMEDIATE`, taking the write lock before the first read, so two
    /// connections never both read "free" and then fight over the lock; a writer that finds the lock taken waits
    /// (the busy timeout) instead of failing. On PostgreSQL it is an ordinary transaction and constraints settle races.
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else {
            return try await transaction(body)
        }
        return try await withConnection { connection in
            guard let locked = connection as? any SQLDatabase else { return try await connection.transaction(body) }
            // Set with every transaction, so a connection the pool opened again after a failure waits too.
            try await locked.raw("PRAGMA busy_timeout = \(unsafeRaw: String(SQLiteTuning.busyTimeoutMilliseconds))")
                .run()
            try await locked.raw("BEGIN IMMEDIATE").run()
            do {
                let result = try await body(connection)
                try await locked.raw("COMMIT").run()
                return result
            } catch {
                // The error that stopped the body is the one worth reporting; a failed rollback adds nothing to it.
                try? await locked.raw("ROLLBACK").run()
                throw error
            }
        }
    }
}

/// Settings the embedded SQLite needs once several requests write at the same time.
enum SQLiteTuning {
    /// How long a writer waits for another connection's write lock before giving up.
    static let busyTimeoutMilliseconds = 10_000

    /// Waits up to 10 s for another connection's write lock instead of failing at once, and switches the file to
    /// write-ahead logging so reads never wait for a write. Runs on each event loop's connection (one per loop).
    static func apply(_ app: Application) async throws {
        var loops: [any EventLoop] = []
        for loop in app.eventLoopGroup.makeIterator() { loops.append(loop) }
        for loop in loops {
            guard let db = app.databases.database(.sqlite, logger: app.logger, on: loop) as? any SQLDatabase else {
                continue
            }
            try await db.raw("PRAGMA busy_timeout = \(unsafeRaw: String(busyTimeoutMilliseconds))").run()
            // Deleted rows are overwritten with zeros, so a client deleted on request does not linger in free pages.
            try await db.raw("PRAGMA secure_delete = ON").run()
        }
        if let db = app.databases.database(.sqlite, logger: app.logger, on: app.eventLoopGroup.any())
            as? any SQLDatabase
        {
            try await db.raw("PRAGMA journal_mode = WAL").run()
        }
    }

    /// Copies the write-ahead log into the database file and empties it, so deleted text is not left in the log.
    /// Nothing to do on PostgreSQL, whose own vacuum reclaims dead rows.
    static func forgetDeletedText(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
    }
}
