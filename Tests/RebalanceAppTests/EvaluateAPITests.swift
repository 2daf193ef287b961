import Foundation
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    @Suite("POST /api/v1/assessments/evaluate")
    struct EvaluateAPITests {
        private func post(
            _ app: Application, _ body: Data, _ check: @escaping (TestingHTTPResponse) async throws -> Void
        ) async throws {
            try await app.testing().test(
                .POST, "api/v1/assessments/evaluate",
                beforeRequest: { req in
                    req.headers.contentType = .json
                    req.body = ByteBuffer(data: body)
                },
                afterResponse: check)
        }

        private func json(_ res: TestingHTTPResponse) throws -> [String: Any] {
            try #require(JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
        }

        @Test(arguments: TestDatabase.available)
        func deskWorkerGetsLowerCrossed(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                try await post(app, try exampleCase("desk-worker-low-back")) { res in
                    #expect(res.status == .ok)
                    let body = try json(res)
                    let patterns = body["patterns"] as? [[String: Any]] ?? []
                    #expect(patterns.first?["id"] as? String == "lowerCrossed")
                    #expect(body["clearance"] as? String == "cleared")
                    #expect((body["knowledgeBaseVersion"] as? String)?.isEmpty == false)
                }
            }
        }

        @Test(arguments: TestDatabase.available)
        func withoutHealthAnswersNobodyIsCleared(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                try await post(app, Data("{}".utf8)) { res in
                    let clearance = try json(res)["clearance"] as? String
                    #expect(res.status == .ok && clearance == "notScreened")
                }
                let screened = Data(#"{"healthScreen": {"answers": {}}}"#.utf8)
                try await post(app, screened) { res in
                    let clearance = try json(res)["clearance"] as? String
                    #expect(clearance == "cleared")
                }
            }
        }

        @Test(arguments: TestDatabase.available)
        func redFlagStillReturnsTheAssessmentWithReferral(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                try await post(app, try exampleCase("saddle-numbness")) { res in
                    #expect(res.status == .ok)
                    let referral = try json(res)["referral"] as? [String: Any]
                    #expect(referral?["required"] as? Bool == true)
                    #expect((referral?["reasons"] as? [Any])?.isEmpty == false)
                }
            }
        }

        @Test(arguments: TestDatabase.available)
        func sameCaseGivesByteIdenticalResponses(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                var bodies: [String] = []
                for _ in 0..<2 {
                    try await post(app, try exampleCase("runner-right-knee")) { res in bodies.append(res.body.string) }
                }
                #expect(bodies.count == 2 && bodies[0] == bodies[1])
            }
        }

        static let badInputs: [(String, String, String)] = [
            ("malformed JSON", #"{"findings": ["#, "(top level)"),
            ("empty body", "", "(file)"),
            ("wrong type", #"{"client":{"age":"forty"}}"#, "client.age"),
            ("unknown test", #"{"findings":[{"test":"plankHold","value":3}]}"#, "findings[0].test"),
            (
                "out of range", #"{"findings":[{"test":"sideBridgeEndurance","side":"left","value":480}]}"#,
                "findings[0].value"
            ),
            (
                "wrong unit", #"{"findings":[{"test":"kneeToWall","side":"left","value":10,"unit":"deg"}]}"#,
                "findings[0].unit"
            ),
            ("impossible pain", #"{"painAreas":[{"region":"knee","nprs":14}]}"#, "painAreas[0].nprs"),
            ("array instead of object", "[]", "(top level)"),
        ]

        @Test(arguments: TestDatabase.available)
        func badInputIs400WithFieldPaths(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                for (name, body, path) in Self.badInputs {
                    try await post(app, Data(body.utf8)) { res in
                        #expect(res.status == .badRequest, "\(name)")
                        let issues = try json(res)["issues"] as? [[String: Any]] ?? []
                        #expect(issues.first?["path"] as? String == path, "\(name): \(res.body.string)")
                        #expect((issues.first?["message"] as? String)?.isEmpty == false)
                    }
                }
            }
        }

        @Test(arguments: TestDatabase.available)
        func tenMegabyteBodyIs400NotACrash(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let huge = Data(repeating: UInt8(ascii: " "), count: 10 * 1_048_576)
                try await post(app, huge) { res in
                    #expect(res.status == .badRequest)
                    #expect(res.body.string.contains("at most 1 MB"))
                }
            }
        }
    }
}
