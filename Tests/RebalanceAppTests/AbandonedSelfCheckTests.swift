import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// Health answers without consent are not kept: abandoned self-checks go after a day, and starts are limited.
    @Suite("Abandoned self-checks")
    struct AbandonedSelfCheckTests {
        @Test(arguments: TestDatabase.available)
        func onlyUnclaimedDraftsOlderThanADayArePurged(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let studioID = try await Studio.current(on: app.db).requireID()
                func draft(_ hoursAgo: Double) async throws -> SelfCheckRecord {
                    let record = try SelfCheckRecord(
                        studioID: studioID, token: SecretToken.make(), answers: SelfCheckAnswers(),
                        startedAt: TestClock.now.addingTimeInterval(-hoursAgo * 3600))
                    try await record.save(on: app.db)
                    return record
                }
                let abandoned = try await draft(30)
                let fresh = try await draft(2)
                let kept = try await draft(48)
                let details = LeadDetails(
                    name: "Kim Park", email: "kim@example.com", phone: nil, preferredTimes: "",
                    consentToContact: true, consentToStoreHealth: true)
                try await Lead(studioID: studioID, selfCheckID: try kept.requireID(), details: details, redFlag: false)
                    .save(on: app.db)
                #expect(try await AbandonedSelfChecks.purge(now: TestClock.now, on: app.db) == 1)
                #expect(try await SelfCheckRecord.find(abandoned.id, on: app.db) == nil)
                #expect(try await SelfCheckRecord.find(fresh.id, on: app.db) != nil)
                #expect(try await SelfCheckRecord.find(kept.id, on: app.db) != nil)
                // Safe to run again, on any instance: nothing more to do.
                #expect(try await AbandonedSelfChecks.purge(now: TestClock.now, on: app.db) == 0)
            }
        }

        @Test(arguments: TestDatabase.available)
        func startingSelfChecksIsLimitedPerConnection(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let visitor = FormClient(app)
                try await visitor.get("/check")
                for _ in 0..<30 { #expect(try await visitor.post("/check", [:]).status == .seeOther) }
                let refused = try await visitor.post("/check", [:])
                #expect(refused.status == .tooManyRequests && refused.body.contains("Please slow down"))
                #expect(try await SelfCheckRecord.query(on: app.db).count() == 30)
            }
        }
    }
}
