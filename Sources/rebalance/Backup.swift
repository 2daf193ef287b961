import ArgumentParser
import Foundation
import RebalanceApp

/// `rebalance backup FILE`: an online, checked copy of the studio's database.
struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the database to FILE while the server runs, and check the copy.",
        discussion: """
            SQLite (the default): a consistent copy with VACUUM INTO, then PRAGMA integrity_check. PostgreSQL \
            (DATABASE_URL): pg_dump -Fc, checked with pg_restore --list; needs the PostgreSQL client tools. Photos \
            are in the database and so in the backup. An existing FILE is never overwritten.
            """)

    @Argument(help: "Where to write the backup (a new file).")
    var file: String

    func run() async throws {
        let summary = try await Server.backup(settings: ServerSettings.load(), to: file)
        print(BackupText.describe(summary, verb: "Backed up"))
    }
}

/// `rebalance restore FILE --confirm`: a backup becomes the database of a new, empty installation.
struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Restore a backup into an empty database (a new DATA_DIR, or a new PostgreSQL database).",
        discussion: """
            Refuses a database that already holds data, so nothing is overwritten. The result is compared with the \
            backup table by table (SQLite). Start the server afterwards; it applies any newer migrations.
            """)

    @Argument(help: "The backup file (from rebalance backup).")
    var file: String

    @Flag(help: "Confirm that the configured database should be created from this backup.")
    var confirm = false

    func run() async throws {
        guard confirm else {
            Terminal.fail(
                "restore writes a new database from \(file); run it again with --confirm to go ahead.",
                status: .badInput)
        }
        let summary = try await Server.restore(settings: ServerSettings.load(), from: file)
        print(BackupText.describe(summary, verb: "Restored"))
    }
}

/// The summary both commands print.
enum BackupText {
    static func describe(_ summary: DatabaseBackup.Summary, verb: String) -> String {
        let megabytes = String(format: "%.1f", Double(summary.bytes) / 1_048_576)
        return "\(verb) \(summary.tables.count) tables, \(summary.rows) rows (\(megabytes) MB): \(summary.file)"
    }
}
