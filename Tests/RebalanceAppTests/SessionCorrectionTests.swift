import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// A logged session can be opened, corrected and deleted; each change is audited, and the flare it showed is
    /// worked out again everywhere.
    @Suite("Correcting a logged session")
    struct SessionCorrectionTests {
        @Test(arguments: TestDatabase.available)
        func aCorrectionClearsTheFlareItCausedAndIsAudited(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, bea, fixture) = try await WorkspaceTests.setUp(app)
                let (path, assessment) = try await WorkspaceTests.screenedClientWithAssessment(app, theo)
                let findings = ["action": "complete", "t.modifiedThomasHip.left": "6", "t.pelvicTilt.none": "19"]
                #expect(try await theo.post(assessment, findings).status == .seeOther)
                _ = try await WorkspaceTests.programFromAssessment(app, theo, path)
                try await theo.get(path + "/sessions/new")
                let today = WallClock.day(of: TestClock.now, in: fixture.studio.zone)
                let logged = try await theo.post(
                    path + "/sessions/new",
                    [
                        "date": today.description, "x.0.done": "yes", "x.0.sets": "2", "x.0.rpe": "4",
                        "pain.knee.right.before": "3", "pain.knee.right.after": "6",
                    ])
                #expect(logged.status == .seeOther)
                #expect(try await theo.get("/staff").body.contains("right knee 3 → 6"))
                // The client page links the session; its page shows what was logged.
                let client = try await theo.get(path).body
                let record = try #require(try await RebalanceApp.SessionRecord.query(on: app.db).first())
                let sessionPath = path + "/sessions/\(try record.requireID().uuidString.lowercased())"
                #expect(client.contains("href=\"\(sessionPath)\"") && client.contains("pain flared"))
                let form = try await theo.get(sessionPath).body
                #expect(form.contains("Correct a session") && form.contains("Logged by Theo Trainer"))
                #expect(form.contains("name=\"x.0.done\" value=\"yes\" checked"))
                #expect(form.contains("<option value=\"6\" selected>6</option>"))
                // A mistyped rating is refused and nothing changes.
                let refused = try await theo.post(
                    sessionPath,
                    [
                        "date": today.description, "x.0.done": "yes", "x.0.rpe": "11",
                        "pain.knee.right.before": "3", "pain.knee.right.after": "4",
                    ])
                #expect(refused.status == .badRequest && refused.body.contains("RPE: enter a whole number"))
                #expect(try await RebalanceApp.SessionRecord.query(on: app.db).first()?.flare == "right knee 3 → 6")
                // The after rating was 4, not 6: the flare goes from every page.
                let corrected = try await theo.post(
                    sessionPath,
                    [
                        "date": today.description, "x.0.done": "yes", "x.0.rpe": "4",
                        "pain.knee.right.before": "3", "pain.knee.right.after": "4",
                    ])
                #expect(corrected.status == .seeOther)
                #expect(try await theo.get(try #require(corrected.location)).body.contains("Session corrected."))
                let stored = try #require(try await RebalanceApp.SessionRecord.query(on: app.db).first())
                let storedLog = try stored.log
                #expect(stored.flare.isEmpty && storedLog.pain.first?.after == 4)
                #expect(!(try await theo.get("/staff").body.contains("right knee 3 → 6")))
                let audit = try await AuditEntry.query(on: app.db).all().map(\.subject)
                #expect(audit.contains("session log corrected"))
                // Another studio's staff cannot open or change it.
                #expect(try await bea.get(sessionPath).status == .notFound)
                try await bea.get("/staff")
                #expect(try await bea.post(sessionPath + "/delete", [:]).status == .notFound)
                // Deleting it takes it off the record, audited.
                try await theo.get(sessionPath)
                let deleted = try await theo.post(sessionPath + "/delete", [:])
                #expect(deleted.status == .seeOther)
                #expect(try await RebalanceApp.SessionRecord.query(on: app.db).count() == 0)
                #expect(try await AuditEntry.query(on: app.db).filter(\.$subject == "session log deleted").count() == 1)
                #expect(try await theo.get(sessionPath).status == .notFound)
            }
        }

        /// A session logged late, before an existing one, changes what counts as that one's previous session.
        @Test(arguments: TestDatabase.available)
        func aBackDatedSessionReworksLaterFlares(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, fixture) = try await WorkspaceTests.setUp(app)
                let (path, _) = try await WorkspaceTests.screenedClientWithAssessment(app, theo)
                let today = WallClock.day(of: TestClock.now, in: fixture.studio.zone)
                try await theo.get(path + "/sessions/new")
                // Intake 4/10; today's session starts at 6: a flare against the intake rating.
                _ = try await theo.post(
                    path + "/sessions/new", ["date": today.description, "pain.knee.right.before": "6"])
                #expect(try await RebalanceApp.SessionRecord.query(on: app.db).first()?.flare == "right knee 4 → 6")
                // Two days ago it was already 6: today's 6 is no rise at all.
                _ = try await theo.post(
                    path + "/sessions/new",
                    ["date": today.adding(days: -2).description, "pain.knee.right.before": "6"])
                let todays = try #require(
                    try await RebalanceApp.SessionRecord.query(on: app.db).filter(\.$day == today.description).first())
                #expect(todays.flare.isEmpty)
            }
        }
    }
}
