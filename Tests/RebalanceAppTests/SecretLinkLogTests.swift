import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// Request logs name the route, never a secret link's token.
    @Suite("Secret links stay out of logs")
    struct SecretLinkLogTests {
        @Test(arguments: TestDatabase.available)
        func requestLinesNameTheRouteTemplate(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let check = try await fixture.completedSelfCheck(redFlags: [])
                let token = check.token
                let lines = try await QueryCounter.logLines {
                    try await app.testing().test(.GET, "/check/\(token)/result") { res in #expect(res.status == .ok) }
                    try await app.testing().test(.GET, "/p/\(token)") { _ in }
                    try await app.testing().test(.GET, "/staff/link/\(token)") { _ in }
                }
                let requests = lines.filter { $0.hasPrefix("request ") }
                #expect(requests.contains { $0.contains("route=/check/:token/result") }, "\(requests)")
                #expect(!lines.contains { $0.contains(token) }, "\(lines.filter { $0.contains(token) })")
            }
        }
    }
}
