import Fluent
import Foundation
import Vapor

extension Server {
    /// `rebalance backup FILE`: a consistent copy of the configured database, checked, while the server may run.
    public static func backup(settings: AppSettings, to file: String) async throws -> DatabaseBackup.Summary {
        if case .sqliteFile(let path) = settings.database, !FileManager.default.fileExists(atPath: path) {
            throw BackupProblem.notFound("\(path) (the database; is DATA_DIR right?)")
        }
        let app = try await makeApplication(settings: settings, arguments: ["rebalance"])
        do {
            let summary =
                switch settings.database {
                case .postgres(let url): try await DatabaseBackup.backupPostgres(url: url, on: app.db, to: file)
                case .sqliteFile, .sqliteMemory: try await DatabaseBackup.backupSQLite(app.db, to: file)
                }
            try await app.asyncShutdown()
            return summary
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// `rebalance restore FILE --confirm`: the backup becomes the configured database, which must be empty.
    public static func restore(settings: AppSettings, from file: String) async throws -> DatabaseBackup.Summary {
        // SQLite: the checks run on a scratch in-memory connection, so the target file is never open while it is
        // put in place.
        var scratch = settings
        if case .sqliteFile = settings.database { scratch.database = .sqliteMemory }
        let app = try await makeApplication(settings: scratch, arguments: ["rebalance"])
        do {
            let summary =
                switch settings.database {
                case .postgres(let url): try await DatabaseBackup.restorePostgres(url: url, on: app.db, from: file)
                case .sqliteFile(let path):
                    try await DatabaseBackup.restoreSQLite(from: file, to: path, using: app.db)
                case .sqliteMemory: throw BackupProblem.notEmpty("an in-memory database")
                }
            try await app.asyncShutdown()
            return summary
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
