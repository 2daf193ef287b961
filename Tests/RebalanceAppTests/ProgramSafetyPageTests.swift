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
                let path = try await WorkspaceTests.client(theo, profile)
                try await theo.get(path + "/screen")
                #expect(try await theo.post(path + "/screen", WorkspaceTests.healthNo(app)).status == .ok)
                let started = try await theo.post(path + "/assessments", [:])
                let assessment = try #require(started.location)
                try await theo.get(assessment)
                let findings = ["action": "complete", "t.craniovertebralAngle.none": "44", "t.deepNeckFlexorEndurance.none": "15"]
                #expect(try await theo.post(assessment, findings).status == .seeOther)
                let record = try #require(try await AssessmentRecord.query(on: app.db).filter(\.$status == .complete).first())
                let program = try #require(try await theo.post(path + "/programs", ["assessment": try record.requireID().uuidString]).location)
                #expect(!(try await theo.get(program).body.contains("Swap before the next session")))
                // A session with the shoulder at 6/10: the overhead drills of the current phase are flagged.
                try await theo.get(path + "/sessions/new")
                let today = WallClock.day(of: TestClock.now, in: fixture.studio.zone)
                let logged = try await theo.post(path + "/sessions/new", ["date": today.description, "pain.shoulder.right.before": "6"])
                #expect(logged.status == .seeOther)
                let page = try await theo.get(program)
                #expect(page.body.contains("Swap before the next session") && page.body.contains("shoulder pain at 3/10 or more"))
            }
        }

        @Test(arguments: TestDatabase.available)
        func nothingToCorrectStartsAtReinforce(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let path = try await WorkspaceTests.client(theo)
                try await theo.get(path + "/screen")
                #expect(try await theo.post(path + "/screen", WorkspaceTests.healthNo(app)).status == .ok)
                let started = try await theo.post(path + "/assessments", [:])
                let assessment = try #require(started.location)
                try await theo.get(assessment)
                #expect(try await theo.post(assessment, ["action": "complete", "t.kneeToWall.left": "12", "t.kneeToWall.right": "12"]).status == .seeOther)
                let record = try #require(try await AssessmentRecord.query(on: app.db).filter(\.$status == .complete).first())
                let program = try #require(try await theo.post(path + "/programs", ["assessment": try record.requireID().uuidString]).location)
                let page = try await theo.get(program)
                #expect(page.body.contains("Reinforce &amp; Progress") || page.body.contains("Reinforce & Progress"))
                #expect(!page.body.contains("Phase 1: Reposition"))
                #expect(try await ProgramRecord.query(on: app.db).first()?.phase == .reinforce)
                #expect(try await Client.query(on: app.db).first()?.currentPhase == "reinforce")
            }
        }
    }
}
