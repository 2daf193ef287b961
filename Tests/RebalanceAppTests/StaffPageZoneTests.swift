import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// After the owner moves the studio's clock, the session times
    /// on a client's page follow at once instead of showing the old zone.
    @Suite("Staff pages and the studio's time zone")
    struct StaffPageZoneTests {
        @Test(arguments: TestDatabase.available)
        func aClientsPageFollowsANewTimeZone(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, fixture) = try await WorkspaceTests.setUp(app)
                let path = try await WorkspaceTests.client(
                    theo, WorkspaceTests.profile.merging(["name": "Zone Zoe", "email": "zoe@example.com"]) { $1 })
                let trainer = try #require(
                    try await StaffMember.query(on: app.db).filter(\.$email == "theo@a.example").first())
                let (booked, _) = try await fixture.book(
                    "one-to-one", trainer: try trainer.requireID().uuidString, start: fixture.at(2, 9),
                    name: "Zone Zoe", email: "zoe@example.com")
                #expect(booked == .created)
                let before = try await theo.get(path).body
                #expect(before.contains("Zone Zoe") && before.contains("9:00"), "\(before.prefix(0))")
                let studio = try #require(try await Studio.find(fixture.studio.id, on: app.db))
                studio.timeZone = "America/New_York"
                try await studio.save(on: app.db)
                let after = try await theo.get(path).body
                #expect(after.contains("Zone Zoe") && after.contains("12:00"), "the page shows the new clock")
            }
        }
    }
}
