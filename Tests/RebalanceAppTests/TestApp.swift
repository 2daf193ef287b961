import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

/// The instant every HTTP test stands at: a fixed Monday morning in Los Angeles, never the machine's clock.
///
/// `REBALANCE_TEST_NOW` (an ISO 8601 time with its offset) moves the whole suite to another instant; CI runs it a
/// second time at 23:30 on a daylight-saving day, in a far-off machine zone, to prove no test leans on the clock.
enum TestClock {
    static let now: Date = {
        if let raw = ProcessInfo.processInfo.environment["REBALANCE_TEST_NOW"], !raw.isEmpty {
            guard let instant = try? OffsetTimestamp.parse(raw) else {
                preconditionFailure("REBALANCE_TEST_NOW=\(raw) is not a time like 2026-11-01T23:30:00-08:00")
            }
            return instant
        }
        return Date(timeIntervalSince1970: 1_781_542_800)  // 2026-06-15T17:00:00Z, 10:00 in Los Angeles
    }()

    /// The studio's day at the test instant.
    static func today(in zone: TimeZone) -> CalendarDay { WallClock.day(of: now, in: zone) }
}

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
        // Built from defaults, never from the shell: `STUDIO_*`, `PORT` and the rest set by a developer do not leak in.
        // Failed sign-ins are not really held back: a test may fail many on purpose.
        case .sqlite:
            AppSettings(
                database: .sqliteMemory, passwordCost: 4, timeSource: .fixed(TestClock.now), failedSignInPause: .skipped
            )
        case .postgres:
            AppSettings(
                database: .postgres(url: ProcessInfo.processInfo.environment["TEST_DATABASE_URL"] ?? ""),
                passwordCost: 4,
                timeSource: .fixed(TestClock.now), failedSignInPause: .skipped)
        }
    }

    var testDescription: String { rawValue }
}

/// The repository's folder, with a trailing slash: templates and public files are found from here.
let repositoryRoot =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path + "/"

/// Builds the app for a test: configure, migrate, run the body, revert and shut down on every path.
func withApp(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
    try await withApp(settings: database.settings, body)
}

/// The same with settings of the test's own (a SQLite file it wants to scan, say).
func withApp(settings: AppSettings, _ body: (Application) async throws -> Void) async throws {
    try await withUnmigratedApp(settings: settings) { app in
        try await app.autoMigrate()
        try await body(app)
    }
}

/// Configured and emptied but not migrated, for a test that migrates in steps (an upgrade from an older schema);
/// reverted and shut down on every path.
func withUnmigratedApp(settings: AppSettings, _ body: (Application) async throws -> Void) async throws {
    // Before the app exists, so its loggers (and every request's) count queries.
    QueryCounter.install()
    let app = try await Application.make(.testing)
    app.directory = DirectoryConfiguration(workingDirectory: repositoryRoot)
    do {
        try await configure(app, settings: settings)
        try await app.autoRevert()
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

extension Pause {
    /// Returns at once.
    static let skipped = Pause { _ in }
}
