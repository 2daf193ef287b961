import Foundation
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

/// The databases the HTTP tests run against: SQLite always, PostgreSQL when `TEST_DATABASE_URL` is set.
enum TestDatabase: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    /// The databases available in this run.
    static var available: [TestDatabase] {
        ProcessInfo.processInfo.environment["TEST_DATABASE_URL"]?.isEmpty == false ? [.sqlite, .postgres] : [.sqlite]
    }

    var settings: AppSettings {
        switch self {
        // Bcrypt cost 4: the lowest the algorithm allows, so sign-in tests stay fast.
        case .sqlite: AppSettings(database: .sqliteMemory, passwordCost: 4)
        case .postgres:
            AppSettings(database: .postgres(url: ProcessInfo.processInfo.environment["TEST_DATABASE_URL"] ?? ""), passwordCost: 4)
        }
    }

    var testDescription: String { rawValue }
}

/// Builds the app for a test: configure, migrate, run the body, revert and shut down on every path.
func withApp(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
    // Before the app exists, so its loggers (and every request's) count queries.
    QueryCounter.install()
    let app = try await Application.make(.testing)
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/"
    app.directory = DirectoryConfiguration(workingDirectory: root)
    do {
        try await configure(app, settings: database.settings)
        try await app.autoRevert()
        try await app.autoMigrate()
        try await body(app)
        try await app.autoRevert()
    } catch {
        try? await app.autoRevert()
        try await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

/// Reads one of the repository's example cases.
func exampleCase(_ name: String) throws -> Data {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    return try Data(contentsOf: root.appendingPathComponent("Examples/\(name).case.json"))
}

/// All HTTP suites run one at a time: PostgreSQL tests share one database.
@Suite("HTTP", .serialized)
struct HTTPTests {}
