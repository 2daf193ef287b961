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
                app.storage[SharedServicesKey.self]?.settings.passwordCost = 6
                let standIn = try app.shared.standInPassword()
                #expect(standIn.hasPrefix("$2b$06$"))
                #expect(try app.shared.standInPassword() == standIn)  // made once
                let client = FormClient(app)
                try await client.get("/staff/sign-in")
                let unknown = try await client.post(
                    "/staff/sign-in", ["email": "nobody@example.com", "password": "whatever it is"])
                #expect(
                    unknown.status == .unauthorized && unknown.body.contains("That email and password do not match"))
            }
        }
    }
}

extension HTTPTests {
    /// Password guessing is limited per account, per address and per pair, whatever the client writes in headers.
    @Suite("Sign-in limits")
    struct SignInLimitTests {
        @Test(arguments: TestDatabase.available)
        func oneAccountFromManyAddressesAndManyAccountsFromOneAddress(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                // In-memory requests have no peer ("unknown"); here it is our proxy, so X-Forwarded-For names clients.
                app.storage[SharedServicesKey.self]?.settings.trustedProxies = ["unknown"]
                let client = FormClient(app)
                try await client.get("/staff/sign-in")
                var spread: [HTTPResponseStatus] = []
                for index in 0..<21 {
                    spread.append(
                        try await client.post(
                            "/staff/sign-in", ["email": "owner@a.example", "password": "wrong guess"],
                            forwardedFor: "203.0.113.\(index + 1)"
                        ).status)
                }
                #expect(spread.prefix(20).allSatisfy { $0 == .unauthorized } && spread.last == .tooManyRequests)
                var sprayed: [HTTPResponseStatus] = []
                for index in 0..<31 {
                    sprayed.append(
                        try await client.post(
                            "/staff/sign-in", ["email": "user\(index)@a.example", "password": "Summer2026!"],
                            forwardedFor: "198.51.100.7"
                        ).status)
                }
                #expect(sprayed.prefix(30).allSatisfy { $0 == .unauthorized } && sprayed.last == .tooManyRequests)
            }
        }
    }
}
