import Foundation
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// Static files: exact names only, each with its own type; odd paths are "not found", never a 500.
    @Suite("Public files")
    struct PublicFilesTests {
        @Test(arguments: TestDatabase.available)
        func onlyExactFilesAreServedWithTheirOwnType(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                try await app.testing().test(.GET, "/css/site.css") { res in
                    #expect(res.status == .ok && res.headers.contentType?.subType == "css")
                    #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff")
                }
                try await app.testing().test(.GET, "/js/booking.js") { res in
                    #expect(res.status == .ok && res.headers.contentType?.subType == "javascript")
                }
                let odd = [
                    "/" + String(repeating: "a", count: 256), "/" + String(repeating: "abcdefgh/", count: 450),
                    "/js/booking.js%00.html", "/js/booking.js%2500.html", "/css/../Package.swift",
                    "/%2e%2e/Package.swift",
                    "/js/", "/js", "/.gitignore",
                ]
                for path in odd {
                    try await app.testing().test(.GET, path) { res in
                        #expect(res.status == .notFound, "\(path.prefix(60))")
                        #expect(res.headers.contentType?.subType != "javascript")
                    }
                }
            }
        }
    }
}
