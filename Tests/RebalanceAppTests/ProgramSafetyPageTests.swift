import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// The program page checks the current phase against the pain logged since, and a program for a client with
    /// nothing to correct starts at Reinforce & Progress.
    @Suite("Program safety in the studio")
    struct ProgramSafetyPageTests {
        @Test(arguments: TestDatabase.available)
        func painLoggedSinceTheProgramAsksForASwap(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, fixture) = try await WorkspaceTests.setUp(app)
                var profile = WorkspaceTests.profile
                profile["pain.shoulder"] = "yes"
                profile["pain.shoulder.side"] = "right"
                profile["pain.shoulder.nprs"] = "1"
                let (path, assessment) = try await WorkspaceTests.screenedClientWithAssessment(app, theo, profile)
                let findings = [
                    "action": "complete", "t.craniovertebralAngle.none": "44", "t.deepNeckFlexorEndurance.none": "15",
                ]
                #expect(try await theo.post(assessment, findings).status == .seeOther)
                let program = try await WorkspaceTests.programFromAssessment(app, theo, path)
                #expect(!(try await theo.get(program).body.contains("Swap before the next session")))
                // A session with the shoulder at 6/10: the overhead drills of the current phase are flagged.
                try await theo.get(path + "/sessions/new")
                let today = WallClock.day(of: TestClock.now, in: fixture.studio.zone)
                let logged = try await theo.post(
                    path + "/sessions/new", ["date": today.description, "pain.shoulder.right.before": "6"])
                #expect(logged.status == .seeOther)
                let page = try await theo.get(program)
                #expect(
                    page.body.contains("Swap before the next session")
                        && page.body.contains("shoulder pain at 3/10 or more"))
            }
        }

        @Test(arguments: TestDatabase.available)
        func theProfileNamesTheOperationAndTheProgramMarksIt(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let path = try await WorkspaceTests.client(theo)
                try await theo.get(path + "/edit")
                let bad = try await theo.post(
                    path + "/edit", WorkspaceTests.profile.merging(["surgeryRegion": "elbowz"]) { $1 })
                #expect(bad.status == .badRequest && bad.body.contains("Choose where the operation was"))
                let saved = try await theo.post(
                    path + "/edit",
                    WorkspaceTests.profile.merging(
                        ["surgeryRegion": "knee", "condition.osteoporosis": "yes"]) { $1 })
                #expect(saved.status == .seeOther)
                let client = try #require(try await Client.query(on: app.db).first())
                #expect(try client.conditions == [.recentSurgery, .osteoporosis] && client.surgeryRegion == .knee)
                let form = try await theo.get(path + "/edit")
                #expect(
                    form.body.contains("value=\"knee\" selected")
                        && form.body.contains("name=\"condition.osteoporosis\" value=\"yes\" checked"))
                try await theo.get(path + "/screen")
                #expect(try await theo.post(path + "/screen", WorkspaceTests.healthNo(app)).status == .ok)
                let started = try await theo.post(path + "/assessments", [:])
                let assessment = try #require(started.location)
                try await theo.get(assessment)
                let findings = ["action": "complete", "t.modifiedThomasHip.left": "6", "t.pelvicTilt.none": "19"]
                #expect(try await theo.post(assessment, findings).status == .seeOther)
                let program = try await WorkspaceTests.programFromAssessment(app, theo, path)
                #expect(try await theo.get(program).body.contains("After the knee operation"))
                #expect(try await theo.get(program + "/handout").body.contains("After the knee operation"))
            }
        }

        @Test(arguments: TestDatabase.available)
        func nothingToCorrectStartsAtReinforce(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let (path, assessment) = try await WorkspaceTests.screenedClientWithAssessment(app, theo)
                #expect(
                    try await theo.post(
                        assessment, ["action": "complete", "t.kneeToWall.left": "12", "t.kneeToWall.right": "12"]
                    ).status == .seeOther)
                let program = try await WorkspaceTests.programFromAssessment(app, theo, path)
                let page = try await theo.get(program)
                #expect(page.body.contains("Reinforce &amp; Progress") || page.body.contains("Reinforce & Progress"))
                #expect(!page.body.contains("Phase 1: Reposition"))
                #expect(try await ProgramRecord.query(on: app.db).first()?.phase == .reinforce)
                #expect(try await Client.query(on: app.db).first()?.currentPhase == "reinforce")
            }
        }
    }
}
