import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// Backups taken while the studio keeps writing lose nothing that was saved before they began, and a restore into
    /// an empty database matches its backup table by table, checksums included.
    @Suite("Backup and restore")
    struct BackupTests {
        /// Saves outbox rows one after another until cancelled; returns how many it saved.
        static func writeLoad(_ db: any Database) -> Task<Int, any Error> {
            Task {
                var written = 0
                while !Task.isCancelled {
                    try await OutboxMessage(
                        recipient: "load\(written)@example.com", subject: "Load", body: "Row \(written)",
                        now: TestClock.now
                    ).create(on: db)
                    written += 1
                }
                return written
            }
        }

        static func ids(_ sql: any SQLDatabase, table: String) async throws -> Set<String> {
            Set(
                try await sql.raw("SELECT CAST(id AS TEXT) AS id FROM \(unsafeRaw: table)").all()
                    .map { try $0.decode(column: "id", as: String.self).lowercased() })
        }

        @Test func sqliteBackupUnderWriteLoadRestoresExactly() async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebalance-backup-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let live = folder.appendingPathComponent("live.sqlite").path
            let settings = AppSettings(
                database: .sqliteFile(path: live), passwordCost: 4, timeSource: .fixed(TestClock.now))
            try await withApp(settings: settings) { app in
                let fixture = try await BookingFixture.make(app)
                _ = try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let sql = try #require(app.db as? any SQLDatabase)
                let load = Self.writeLoad(app.db)
                try await Task.sleep(for: .milliseconds(200))
                let savedBefore = try await Self.ids(sql, table: "outbox")
                let backup = folder.appendingPathComponent("backup.sqlite").path
                let taken = try await DatabaseBackup.backupSQLite(app.db, to: backup)
                try await Task.sleep(for: .milliseconds(100))
                load.cancel()
                let written = try await load.value
                #expect(!savedBefore.isEmpty && written > savedBefore.count)

                // A fresh installation from the backup: every table and row as in the backup.
                let restoredPath = folder.appendingPathComponent("fresh/rebalance.sqlite").path
                let restored = try await DatabaseBackup.restoreSQLite(from: backup, to: restoredPath, using: app.db)
                #expect(restored.tables == taken.tables)
                #expect(restored.tables.contains { $0.table == "staff" && $0.rows == 1 })
                try await sql.raw("ATTACH DATABASE \(bind: restoredPath) AS restored").run()
                let inRestored = try await Self.ids(sql, table: "restored.outbox")
                try await sql.raw("DETACH DATABASE restored").run()
                #expect(savedBefore.isSubset(of: inRestored), "rows saved before the backup began are all there")

                // Never over data, never over an existing backup, never from a damaged file.
                await #expect(throws: BackupProblem.self) {
                    try await DatabaseBackup.restoreSQLite(from: backup, to: restoredPath, using: app.db)
                }
                await #expect(throws: BackupProblem.self) { try await DatabaseBackup.backupSQLite(app.db, to: backup) }
                let damaged = folder.appendingPathComponent("damaged.sqlite").path
                let bytes = try Data(contentsOf: URL(fileURLWithPath: backup))
                try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: damaged))
                await #expect(throws: BackupProblem.self) {
                    try await DatabaseBackup.restoreSQLite(
                        from: damaged, to: folder.appendingPathComponent("other/rebalance.sqlite").path, using: app.db)
                }
            }
        }

        @Test(.enabled(if: TestDatabase.available.contains(.postgres)))
        func postgresBackupUnderWriteLoadRestoresIntoAFreshDatabase() async throws {
            let url = try #require(ProcessInfo.processInfo.environment["TEST_DATABASE_URL"])
            try await withApp(.postgres) { app in
                let fixture = try await BookingFixture.make(app)
                _ = try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let sql = try #require(app.db as? any SQLDatabase)
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                    "rebalance-pgbackup-\(UUID())")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: folder) }

                let load = Self.writeLoad(app.db)
                try await Task.sleep(for: .milliseconds(200))
                let savedBefore = try await Self.ids(sql, table: "outbox")
                let underLoad = folder.appendingPathComponent("under-load.dump").path
                _ = try await DatabaseBackup.backupPostgres(url: url, on: app.db, to: underLoad)
                load.cancel()
                _ = try await load.value

                // Quiet: the live database's digest is the one the restore must reproduce.
                let quiet = folder.appendingPathComponent("quiet.dump").path
                let taken = try await DatabaseBackup.backupPostgres(url: url, on: app.db, to: quiet)

                for (file, name) in [(underLoad, "rebalance_restore_load"), (quiet, "rebalance_restore_quiet")] {
                    try await sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run()
                    try await sql.raw("CREATE DATABASE \(unsafeRaw: name)").run()
                    let freshURL = url.replacingOccurrences(of: "/rebalance_test", with: "/\(name)")
                    let id = DatabaseID(string: name)
                    app.databases.use(try .postgres(url: freshURL), as: id)
                    let fresh = try #require(app.db(id) as? any SQLDatabase)
                    let restored = try await DatabaseBackup.restorePostgres(url: freshURL, on: app.db(id), from: file)
                    if file == quiet {
                        #expect(restored.tables == taken.tables)
                    } else {
                        #expect(savedBefore.isSubset(of: try await Self.ids(fresh, table: "outbox")))
                    }
                    // A second restore into the same database is refused.
                    await #expect(throws: BackupProblem.self) {
                        try await DatabaseBackup.restorePostgres(url: freshURL, on: app.db(id), from: file)
                    }
                }
                // FORCE closes the restored databases' pooled connections, so they can go now.
                for name in ["rebalance_restore_load", "rebalance_restore_quiet"] {
                    try await sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run()
                }
            }
        }
    }
}
