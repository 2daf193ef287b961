import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

/// Two app instances on one database count one limit together: N instances do not allow N times the limit.
@Suite("Rate limits shared between instances")
struct SharedRateLimitTests {
    @Test func twoInstancesOnOneDatabaseShareTheCount() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebalance-limits-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let settings = AppSettings(
            database: .sqliteFile(path: folder.appendingPathComponent("rebalance.sqlite").path), passwordCost: 4,
            timeSource: .fixed(TestClock.now))
        var apps: [Application] = []
        for _ in 0..<2 {
            let app = try await Application.make(.testing)
            try await configure(app, settings: settings)
            apps.append(app)
        }
        do {
            try await apps[0].autoMigrate()
            let limit = SubmissionRateLimit(name: "test", limit: 5, window: 600)
            var allowed = 0
            for index in 0..<10 {
                // Alternate instances, as a load balancer would.
                if try await limit.allow("203.0.113.9", now: TestClock.now, on: apps[index % 2].db) { allowed += 1 }
            }
            #expect(allowed == 5)
            #expect(try await limit.allow("203.0.113.10", now: TestClock.now, on: apps[1].db))
            // The window slides: just after the boundary the burst still counts; a whole window later it does not.
            #expect(!(try await limit.allow("203.0.113.9", now: TestClock.now.addingTimeInterval(600), on: apps[0].db)))
            #expect(try await limit.allow("203.0.113.9", now: TestClock.now.addingTimeInterval(1_200), on: apps[0].db))
            // Counters are kept one window longer than they count for, then forgotten.
            try await SubmissionRateLimit.forgetEnded(now: TestClock.now.addingTimeInterval(1_201), on: apps[0].db)
            let sql = try #require(apps[0].db as? any SQLDatabase)
            #expect(
                try await sql.raw("SELECT COUNT(*) AS n FROM rate_limit_hits").first()?.decode(
                    column: "n", as: Int.self) == 2)
            // Ten tries straddling a boundary (five just before, five just after) are still ten, not two fives.
            let boundary = TestClock.now.addingTimeInterval(6_000)
            var straddling = 0
            for offset in [-10.0, -8, -6, -4, -2, 2, 4, 6, 8, 10] {
                if try await limit.allow("198.51.100.7", now: boundary.addingTimeInterval(offset), on: apps[0].db) {
                    straddling += 1
                }
            }
            #expect(straddling == 5)
        } catch {
            for app in apps { try? await app.asyncShutdown() }
            throw error
        }
        for app in apps { try await app.asyncShutdown() }
    }
}
