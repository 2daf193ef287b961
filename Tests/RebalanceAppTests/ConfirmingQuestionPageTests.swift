import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// A sign the notes mention in a way the reading is unsure about stops the screen or assessment until the
    /// trainer answers; the answer is kept, "yes" refers, and nothing typed is lost on the way.
    @Suite("Confirming questions in the studio")
    struct ConfirmingQuestionPageTests {
        static let note = "Her father had saddle numbness after his back operation; she wants to stay strong."

        @Test(arguments: TestDatabase.available)
        func theScreenWaitsForTheAnswerAndKeepsIt(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let path = try await WorkspaceTests.client(theo)
                try await theo.get(path + "/screen")
                let fields = WorkspaceTests.healthNo(app).merging([
                    "notes": Self.note, "systolic": "128", "diastolic": "82",
                ]) { $1 }
                let asked = try await theo.post(path + "/screen", fields)
                #expect(asked.status == .badRequest)
                #expect(
                    asked.body.contains("Confirm before clearing")
                        && asked.body.contains("name=\"confirm.saddleNumbness\""))
                #expect(
                    asked.body.contains("reads as someone else&#39;s") || asked.body.contains("reads as someone else's")
                )
                #expect(
                    asked.body.contains("value=\"128\"") && asked.body.contains("she wants to stay strong"),
                    "nothing typed is lost")
                #expect(try await HealthScreenRecord.query(on: app.db).count() == 0, "not saved, so not cleared")

                let answeredNo = try await theo.post(
                    path + "/screen", fields.merging(["confirm.saddleNumbness": "no"]) { $1 })
                #expect(answeredNo.status == .ok && !answeredNo.body.contains("Refer to a clinician"))
                let record = try #require(try await HealthScreenRecord.query(on: app.db).first())
                #expect(record.clearance == .cleared)
                #expect(try record.answers.confirmations == [Confirmation(flag: "saddleNumbness", current: false)])

                let answeredYes = try await theo.post(
                    path + "/screen", fields.merging(["confirm.saddleNumbness": "yes"]) { $1 })
                #expect(answeredYes.body.contains("Refer to a clinician before any testing or exercise"))
                #expect(try await theo.get(path).body.contains("Referred — clearance by a clinician required"))
            }
        }

        @Test(arguments: TestDatabase.available)
        func anAssessmentIsNotCompleteWhileAQuestionIsOpen(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let (path, assessment) = try await WorkspaceTests.screenedClientWithAssessment(app, theo)
                let fields = ["action": "complete", "t.kneeToWall.left": "7", "notes": Self.note]
                let asked = try await theo.post(assessment, fields)
                #expect(asked.status == .badRequest && asked.body.contains("name=\"confirm.saddleNumbness\""))
                #expect(asked.body.contains("value=\"7\""), "the measurements typed are kept")
                #expect(try await AssessmentRecord.query(on: app.db).first()?.status == .draft)
                // A draft saves without the answer.
                #expect(try await theo.post(assessment, fields.merging(["action": "draft"]) { $1 }).status == .seeOther)

                let done = try await theo.post(assessment, fields.merging(["confirm.saddleNumbness": "no"]) { $1 })
                #expect(done.status == .seeOther)
                let record = try #require(try await AssessmentRecord.query(on: app.db).first())
                #expect(record.status == .complete)
                let result = try #require(try record.result)
                #expect(
                    result.questions.map(\.answer) == [false] && result.clearance == .cleared,
                    "the answer is kept with the assessment")
                // The program builds from it.
                let program = try await theo.post(path + "/programs", ["assessment": try record.requireID().uuidString])
                #expect(program.status == .seeOther)
            }
        }

        @Test(arguments: TestDatabase.available)
        func theAPIAsksAndTakesTheAnswerBack(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let body: [String: Any] = ["healthScreen": ["answers": [:]], "notes": Self.note]
                let (status, json) = try await Self.evaluate(app, body)
                #expect(status == .ok && json["clearance"] as? String == "confirmFirst")
                let questions = try #require(json["questions"] as? [[String: Any]])
                #expect(
                    questions.first?["flag"] as? String == "saddleNumbness"
                        && questions.first?["reason"] as? String == "someoneElse")
                var answered = body
                answered["confirmations"] = [["flag": "saddleNumbness", "current": true]]
                let (_, referred) = try await Self.evaluate(app, answered)
                #expect(referred["clearance"] as? String == "refer")
                var unknown = body
                unknown["confirmations"] = [["flag": "somethingElse", "current": true]]
                #expect(try await Self.evaluate(app, unknown).0 == .badRequest)
            }
        }

        static func evaluate(_ app: Application, _ body: [String: Any]) async throws -> (HTTPStatus, [String: Any]) {
            var result: (HTTPStatus, [String: Any]) = (.internalServerError, [:])
            try await app.testing().test(
                .POST, "/api/v1/assessments/evaluate",
                beforeRequest: { req in
                    req.headers.contentType = .json
                    req.body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: body))
                },
                afterResponse: { res in
                    result = (
                        res.status,
                        (try? JSONSerialization.jsonObject(with: Data(buffer: res.body)) as? [String: Any]) ?? [:]
                    )
                }
            )
            return result
        }
    }
}
