import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    @Suite("Forms need their token")
    struct CSRFTests {
        @Test(arguments: TestDatabase.available)
        func everyFormPostWithoutItsTokenIsRefusedAndChangesNothing(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await HTTPTests.WorkspaceTests.setUp(app)
                let client = try await HTTPTests.WorkspaceTests.client(theo)
                let clientID = try #require(client.split(separator: "/").last.map(String.init))
                let posts = app.routes.all.filter { $0.method == .POST && $0.path.first?.description != "api" }
                #expect(posts.count > 30, "\(posts.count) form routes")
                let before = (
                    try await AuditEntry.query(on: app.db).count(), try await Client.query(on: app.db).count()
                )
                for route in posts {
                    // The signed-in trainer's own client where a client is named, any id elsewhere.
                    let path =
                        "/"
                        + route.path.map { component -> String in
                            switch component.description {
                            case ":clientID": clientID
                            case let name where name.hasPrefix(":"): UUID().uuidString.lowercased()
                            default: component.description
                            }
                        }.joined(separator: "/")
                    let status = try await theo.post(
                        path, ["name": "Changed", "confirm": "Ana Diaz", "action": "complete"], withToken: false
                    ).status
                    // One-click unsubscribe (RFC 8058) needs no form token: its signed address is the proof, so a
                    // made-up one is simply not found.
                    let expected: HTTPStatus = path.hasPrefix("/me/unsubscribe/") ? .notFound : .forbidden
                    #expect(status == expected, "POST \(path) without a token answered \(status)")
                }
                let after = (try await AuditEntry.query(on: app.db).count(), try await Client.query(on: app.db).count())
                #expect(before == after)
                #expect(try await theo.get(client).body.contains("Ana Diaz"))
            }
        }
    }
}
