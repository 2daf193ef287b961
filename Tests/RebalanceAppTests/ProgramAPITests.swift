import Foundation
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    @Suite("POST /api/v1/programs/generate")
    struct ProgramAPITests {
        private func post(
            _ app: Application, _ body: Data, _ check: @escaping (TestingHTTPResponse) async throws -> Void
        ) async throws {
            try await app.testing().test(
                .POST, "api/v1/programs/generate",
                beforeRequest: { req in
                    req.headers.contentType = .json
                    req.body = ByteBuffer(data: body)
                },
                afterResponse: check)
        }

        private func request(_ example: String, options: String = "{}") throws -> Data {
            let caseJSON = String(decoding: try exampleCase(example), as: UTF8.self)
            return Data(#"{"case": \#(caseJSON), "options": \#(options)}"#.utf8)
        }

        private func json(_ res: TestingHTTPResponse) throws -> [String: Any] {
            try #require(JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
        }

        @Test(arguments: TestDatabase.available)
        func runnerGetsThreePhasesWithinTheMinutes(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                try await post(
                    app, try request("runner-right-knee", options: #"{"minutesPerSession": 40, "sessionsPerWeek": 3}"#)
                ) { res in
                    #expect(res.status == .ok)
                    let body = try json(res)
                    let phases = try #require(body["phases"] as? [[String: Any]])
                    #expect(phases.map { $0["phase"] as? String } == ["reposition", "reeducate", "reinforce"])
                    #expect(phases.allSatisfy { ($0["sessionMinutes"] as? Int ?? 99) <= 40 })
                    #expect(
                        (body["focus"] as? [[String: Any]])?.contains { $0["pattern"] as? String == "kneeValgus" }
                            == true)
                }
            }
        }

        @Test(arguments: TestDatabase.available)
        func aReferralIs422WithTheReasonsAndNoProgram(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                try await post(app, try request("saddle-numbness")) { res in
                    #expect(res.status == .unprocessableEntity)
                    let body = try json(res)
                    #expect(body["phases"] == nil)
                    let referral = try #require(body["referral"] as? [String: Any])
                    #expect(referral["required"] as? Bool == true)
                    #expect(
                        (referral["reasons"] as? [[String: Any]])?.contains { $0["id"] as? String == "saddleNumbness" }
                            == true)
                }
            }
        }

        @Test(arguments: TestDatabase.available)
        func badInputIs400WithPaths(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                try await post(
                    app, try request("runner-right-knee", options: #"{"minutesPerSession": 5, "setting": "gym"}"#)
                ) { res in
                    #expect(res.status == .badRequest)
                    let issues = try json(res)["issues"] as? [[String: Any]] ?? []
                    #expect(issues.first?["path"] as? String == "options.setting")
                }
                try await post(app, Data(#"{"case": {"client": {"age": 300}}, "options": {"level": 9}}"#.utf8)) { res in
                    #expect(res.status == .badRequest)
                    let issues = try json(res)["issues"] as? [[String: Any]] ?? []
                    let paths = issues.compactMap { $0["path"] as? String }
                    #expect(paths == ["case.client.age", "options.level"])
                }
                for body in ["", "[]", #"{"options": {}}"#, "{not json"] {
                    try await post(app, Data(body.utf8)) { res in
                        #expect(res.status == .badRequest, "\(body)")
                        let error = try json(res)["error"] as? String
                        #expect(error == "invalid request")
                    }
                }
            }
        }
    }
}
