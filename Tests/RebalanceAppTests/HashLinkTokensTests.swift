import Fluent
import Foundation
import RebalanceCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// Upgrading keeps every link already given out working, and leaves only fingerprints behind.
    @Suite("Upgrading to fingerprinted links")
    struct HashLinkTokensTests {
        @Test(arguments: TestDatabase.available)
        func linksGivenOutBeforeTheUpgradeStillOpen(_ database: TestDatabase) async throws {
            let settings = database.settings
            try await withUnmigratedApp(settings: settings) { app in
                // The database as the previous release left it: every migration before the fingerprints.
                let all = databaseMigrations(settings)
                let cut = try #require(all.firstIndex { $0 is HashLinkTokens })
                let earlier = Migrations()
                for migration in all[..<cut] { earlier.add(migration) }
                let migrator = Migrator(
                    databases: app.databases, migrations: earlier, logger: app.logger, on: app.eventLoopGroup.next())
                try await migrator.setupIfNeeded().get()
                try await migrator.prepareBatch().get()

                let sql = try #require(app.db as? any SQLDatabase)
                let checkToken = SecretToken.make()
                let feedToken = SecretToken.make()
                let studioID = UUID()
                let trainerID = UUID()
                let answers = String(decoding: try JSONEncoder().encode(SelfCheckAnswers()), as: UTF8.self)
                try await sql.raw(
                    """
                    INSERT INTO studios (id, name, address, time_zone)
                    VALUES (\(bind: studioID), 'Rebalance Studio', 'West Hollywood, CA', 'America/Los_Angeles')
                    """
                ).run()
                try await sql.raw(
                    """
                    INSERT INTO self_screens (id, studio_id, token, answers, created_at)
                    VALUES (\(bind: UUID()), \(bind: studioID), \(bind: checkToken), \
                    \(bind: answers), \(bind: TestClock.now))
                    """
                ).run()
                let role: SQLQueryString =
                    sql.dialect.name == "postgresql" ? "CAST('trainer' AS staff_role)" : "'trainer'"
                try await sql.raw(
                    """
                    INSERT INTO staff (id, studio_id, email, name, role, password_hash, calendar_token)
                    VALUES (\(bind: trainerID), \(bind: studioID), 'theo@studio.example', 'Theo Trainer', \(role), '',
                            \(bind: feedToken))
                    """
                ).run()

                try await app.autoMigrate()
                let check = try await app.testing().sendRequest(.GET, "/check/\(checkToken)/signs")
                #expect(check.status == .ok, "\(check.body.string.prefix(300))")
                let feed = try await app.testing().sendRequest(.GET, "/calendar/\(feedToken).ics")
                #expect(feed.status == .ok)
                let stored = try await sql.raw("SELECT token_hash FROM self_screens").all()
                    .map { try $0.decode(column: "token_hash", as: String.self) }
                #expect(stored == [SecretToken.fingerprint(checkToken)])
                let trainer = try await StaffMember.find(trainerID, on: app.db)
                #expect(trainer?.calendarTokenHash == SecretToken.fingerprint(feedToken))
            }
        }
    }
}
