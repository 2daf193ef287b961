import Foundation
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// Sign-in answers as slowly for an unknown address as for a known one.
    @Suite("Account enumeration")
    struct AccountEnumerationTests {
        @Test(arguments: TestDatabase.available)
        func theStandInHashCostsWhatARealOneCosts(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                // A production-like cost: the unknown-address path must verify against a hash of this cost too.
                app.storage[SettingsKey.self]?.passwordCost = 6
                let standIn = try app.standInPasswordHash()
                #expect(standIn.hasPrefix("$2b$06$"))
                #expect(try app.standInPasswordHash() == standIn)  // made once
                let client = FormClient(app)
                try await client.get("/staff/sign-in")
                let unknown = try await client.post("/staff/sign-in", ["email": "nobody@example.com", "password": "whatever it is"])
                #expect(unknown.status == .unauthorized && unknown.body.contains("That email and password do not match"))
            }
        }
    }
}
