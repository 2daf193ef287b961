import Foundation
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// Every response tells the browser what the site never does, and dynamic pages are never stored.
    @Suite("Security headers")
    struct SecurityHeadersTests {
        @Test(arguments: TestDatabase.available)
        func everyResponseCarriesThem(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                for path in [
                    "/", "/check", "/book", "/staff/sign-in", "/staff", "/no-such-page", "/css/site.css",
                    "/api/v1/session-types",
                ] {
                    try await app.testing().test(.GET, path) { res in
                        let csp = res.headers.first(name: "Content-Security-Policy") ?? ""
                        #expect(
                            csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'")
                                && !csp.contains("unsafe"), "\(path)")
                        #expect(res.headers.first(name: "Referrer-Policy") == "same-origin", "\(path)")
                        #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(path)")
                        #expect(res.headers.first(name: "Strict-Transport-Security") == nil, "\(path): HTTP only here")
                        let stored = res.headers.first(name: .cacheControl)
                        #expect(path == "/css/site.css" ? stored == nil : stored == "no-store", "\(path)")
                    }
                }
            }
        }
    }
}
