import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// One session that ends in a flare: the program page, the start page and the progress page say the same.
    @Suite("One truth about one pain")
    struct OnePainTruthTests {
        @Test(arguments: TestDatabase.available)
        func everyPageAgreesOnAFlare(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, fixture) = try await WorkspaceTests.setUp(app)
                // The profile's right knee is 4/10 at intake.
                let (path, assessment) = try await WorkspaceTests.screenedClientWithAssessment(app, theo)
                let findings = ["action": "complete", "t.modifiedThomasHip.left": "6", "t.pelvicTilt.none": "19"]
                #expect(try await theo.post(assessment, findings).status == .seeOther)
                let program = try await WorkspaceTests.programFromAssessment(app, theo, path)
                try await theo.get(path + "/sessions/new")
                let today = WallClock.day(of: TestClock.now, in: fixture.studio.zone)
                let logged = try await theo.post(
                    path + "/sessions/new",
                    [
                        "date": today.description, "pain.knee.right.before": "3", "pain.knee.right.after": "6",
                    ])
                #expect(logged.status == .seeOther)
                let programPage = try await theo.get(program).body
                #expect(programPage.contains("Pain flares") && programPage.contains("3 → 6/10"))
                let start = try await theo.get("/staff").body
                #expect(start.contains("right knee 3 → 6"), "the start page lists the same flare")
                let progress = try await theo.get(path + "/progress").body
                #expect(progress.contains("Flare on") && progress.contains("3 → 6 / 10"))
                #expect(
                    !progress.contains("Meaningful improvement"),
                    "a session that ends at 6/10 is not an improvement on 4/10")
                // The export names the same flare, by the same rule.
                let export = try await theo.get(path + "/export.json").body
                #expect(export.contains("right knee 3 → 6"), "the export lists the same flare")
            }
        }

        /// A box left alone is clean technique; only a ticked "broke down" counts against it.
        @Test(arguments: TestDatabase.available)
        func aSkippedTechniqueBoxMeansCleanTechnique(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, fixture) = try await WorkspaceTests.setUp(app)
                let (path, assessment) = try await WorkspaceTests.screenedClientWithAssessment(app, theo)
                let findings = ["action": "complete", "t.modifiedThomasHip.left": "6", "t.pelvicTilt.none": "19"]
                #expect(try await theo.post(assessment, findings).status == .seeOther)
                _ = try await WorkspaceTests.programFromAssessment(app, theo, path)
                let form = try await theo.get(path + "/sessions/new")
                #expect(form.body.contains("Technique broke down"))
                let today = WallClock.day(of: TestClock.now, in: fixture.studio.zone)
                let logged = try await theo.post(
                    path + "/sessions/new",
                    [
                        "date": today.description, "x.0.done": "yes", "x.0.sets": "2", "x.1.done": "yes",
                        "x.1.sets": "2",
                        "x.1.brokeDown": "yes",
                    ])
                #expect(logged.status == .seeOther)
                let log = try #require(try await SessionRecord.query(on: app.db).first()).log
                #expect(log.exercises.map(\.techniqueOK) == [true, false])
            }
        }
    }
}
