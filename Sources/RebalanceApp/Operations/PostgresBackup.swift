import Fluent
import Foundation
import SQLKit

/// PostgreSQL backups with the server's own tools: `pg_dump -Fc` (a consistent snapshot while the instances keep
/// running) and `pg_restore` into an empty database. The password travels in `PGPASSWORD`, never on the command line
/// where other users of the machine could read it.
extension DatabaseBackup {
    public static func backupPostgres(url: String, on db: any Database, to file: String) async throws -> Summary {
        let path = absolute(file)
        guard !FileManager.default.fileExists(atPath: path) else { throw BackupProblem.fileExists(path) }
        let (address, environment) = try connection(url)
        _ = try await ExternalTool.run(
            "pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", path, "--dbname", address],
            environment: environment)
        // A dump that pg_restore cannot list is no backup.
        _ = try await ExternalTool.run("pg_restore", ["--list", path], environment: environment)
        guard let sql = db as? any SQLDatabase else { throw BackupProblem.notSQL }
        return Summary(file: path, bytes: size(of: path), tables: try await TableDigest.postgres(sql))
    }

    /// Restores `file` into the database at `url`, which must hold no table yet; all or nothing.
    public static func restorePostgres(url: String, on db: any Database, from file: String) async throws -> Summary {
        let path = absolute(file)
        guard FileManager.default.fileExists(atPath: path) else { throw BackupProblem.notFound(path) }
        guard let sql = db as? any SQLDatabase else { throw BackupProblem.notSQL }
        let existing =
            try await sql.raw(
                "SELECT count(*)::bigint AS n FROM information_schema.tables WHERE table_schema = 'public'"
            ).first()?.decode(column: "n", as: Int64.self) ?? 0
        guard existing == 0 else { throw BackupProblem.notEmpty(SettingsReport.masked(url)) }
        let (address, environment) = try connection(url)
        _ = try await ExternalTool.run(
            "pg_restore",
            ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", address, path],
            environment: environment)
        return Summary(file: path, bytes: size(of: path), tables: try await TableDigest.postgres(sql))
    }

    /// The URL without its password, and the password as the tools read it.
    private static func connection(_ url: String) throws -> (String, [String: String]) {
        guard var parts = URLComponents(string: url) else { throw BackupProblem.toolFailed("DATABASE_URL", 2, url) }
        let password = parts.password
        parts.password = nil
        return (parts.string ?? url, password.map { ["PGPASSWORD": $0] } ?? [:])
    }
}

/// Runs a program found on `PATH` and returns what it printed; a missing program or a failure is a `BackupProblem`.
enum ExternalTool {
    static func run(_ name: String, _ arguments: [String], environment: [String: String] = [:]) async throws -> String {
        let search = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard
            let executable = search.map({ "\($0)/\(name)" }).first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else { throw BackupProblem.toolMissing(name) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // Files, not pipes: a program that prints more than a pipe holds would wait forever for a reader.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rebalance-\(name)-\(UUID())")
        let (outputFile, errorFile) = (scratch.appendingPathExtension("out"), scratch.appendingPathExtension("err"))
        guard FileManager.default.createFile(atPath: outputFile.path, contents: nil),
            FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        else { throw BackupProblem.toolFailed(name, -1, "cannot write in \(scratch.deletingLastPathComponent().path)") }
        defer {
            try? FileManager.default.removeItem(at: outputFile)
            try? FileManager.default.removeItem(at: errorFile)
        }
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        let printed = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
        let complaint = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw BackupProblem.toolFailed(name, status, complaint.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return printed
    }
}
