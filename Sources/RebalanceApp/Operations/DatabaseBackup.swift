import Fluent
import Foundation
import SQLKit

/// Backups and restores of the studio's database. Photos live in the database, so a backup holds everything a studio
/// would miss; emails waiting in `DATA_DIR/mail` (no SMTP) are not records and are not included.
///
/// SQLite: `VACUUM INTO` writes a consistent copy while the server keeps running (it reads one snapshot), then the
/// copy is opened and checked with `PRAGMA integrity_check`. PostgreSQL: `pg_dump -Fc`, checked by listing it with
/// `pg_restore`. A restore goes only into an empty database, and is compared with its backup table by table.
public enum DatabaseBackup {
    /// What a backup or restore did.
    public struct Summary: Sendable {
        public let file: String
        public let bytes: Int
        public let tables: [TableDigest]

        public var rows: Int { tables.reduce(0) { $0 + $1.rows } }
    }

    /// Copies the SQLite database behind `db` to `file` while it stays in use, and checks the copy.
    public static func backupSQLite(_ db: any Database, to file: String) async throws -> Summary {
        let path = absolute(file)
        guard !FileManager.default.fileExists(atPath: path) else { throw BackupProblem.fileExists(path) }
        return try await db.withConnection { connection in
            guard let sql = connection as? any SQLDatabase else { throw BackupProblem.notSQL }
            try await sql.raw("VACUUM main INTO \(bind: path)").run()
            let tables = try await checkedSQLiteFile(path, on: sql)
            return Summary(file: path, bytes: size(of: path), tables: tables)
        }
    }

    /// Puts the SQLite backup `file` in place as the database at `target`, which must not hold any table yet. `scratch`
    /// is any SQLite connection other than the target's (the CLI uses an in-memory one): the backup and the result are
    /// attached to it to be checked.
    public static func restoreSQLite(from file: String, to target: String, using scratch: any Database) async throws
        -> Summary
    {
        let (source, destination) = (absolute(file), absolute(target))
        guard FileManager.default.fileExists(atPath: source) else { throw BackupProblem.notFound(source) }
        return try await scratch.withConnection { connection in
            guard let sql = connection as? any SQLDatabase else { throw BackupProblem.notSQL }
            if FileManager.default.fileExists(atPath: destination) {
                let tables = try await attached(destination, as: "target", on: sql) { _ in
                    try await sql.raw("SELECT count(*) AS n FROM target.sqlite_master WHERE type = 'table'").first()?
                        .decode(column: "n", as: Int.self) ?? 0
                }
                guard tables == 0 else { throw BackupProblem.notEmpty(destination) }
            }
            let expected = try await checkedSQLiteFile(source, on: sql)
            let staging = destination + ".restoring"
            try? FileManager.default.removeItem(atPath: staging)
            try FileManager.default.createDirectory(
                atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: source, toPath: staging)
            for leftover in [destination, destination + "-wal", destination + "-shm"] {
                try? FileManager.default.removeItem(atPath: leftover)
            }
            try FileManager.default.moveItem(atPath: staging, toPath: destination)
            let restored = try await attached(destination, as: "restored", on: sql) { schema in
                try await TableDigest.sqlite(sql, schema: schema)
            }
            guard restored == expected else { throw BackupProblem.differs(firstDifference(expected, restored)) }
            return Summary(file: destination, bytes: size(of: destination), tables: restored)
        }
    }

    /// The backup's integrity and its tables, read through `sql` with the file attached.
    private static func checkedSQLiteFile(_ path: String, on sql: any SQLDatabase) async throws -> [TableDigest] {
        try await attached(path, as: "candidate", on: sql) { schema in
            let verdict = try await sql.raw("PRAGMA candidate.integrity_check").all()
                .map { try $0.decode(column: "integrity_check", as: String.self) }
            guard verdict == ["ok"] else {
                throw BackupProblem.damaged(path, verdict.prefix(3).joined(separator: "; "))
            }
            let tables = try await TableDigest.sqlite(sql, schema: schema)
            guard tables.contains(where: { $0.table == "_fluent_migrations" }) else {
                throw BackupProblem.notABackup(path)
            }
            return tables
        }
    }

    /// Runs `body` with `path` attached under `schema`, detached on every path.
    private static func attached<T: Sendable>(
        _ path: String, as schema: String, on sql: any SQLDatabase, _ body: (String) async throws -> T
    ) async throws -> T {
        do {
            try await sql.raw("ATTACH DATABASE \(bind: path) AS \(unsafeRaw: schema)").run()
        } catch {
            throw BackupProblem.damaged(path, String(describing: error))
        }
        do {
            let result = try await body(schema)
            try await sql.raw("DETACH DATABASE \(unsafeRaw: schema)").run()
            return result
        } catch {
            try? await sql.raw("DETACH DATABASE \(unsafeRaw: schema)").run()
            throw error
        }
    }

    static func firstDifference(_ expected: [TableDigest], _ actual: [TableDigest]) -> String {
        for table in Set(expected.map(\.table)).union(actual.map(\.table)).sorted() {
            let (a, b) = (expected.first { $0.table == table }, actual.first { $0.table == table })
            if a != b {
                return "\(table): backup \(a.map { "\($0.rows) rows" } ?? "missing"), "
                    + "restored \(b.map { "\($0.rows) rows" } ?? "missing")"
            }
        }
        return "none"
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
    }

    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
