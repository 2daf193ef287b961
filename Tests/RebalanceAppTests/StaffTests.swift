import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    @Suite("Staff accounts and the leads inbox")
    struct StaffTests {
        static let password = "correct horse battery"

        /// Two studios, each with a member and a lead; returns (owner of A, lead of A, lead of B).
        static func twoStudios(_ app: Application) async throws -> (StaffMember, Lead, Lead) {
            let studioA = try await Studio.current(on: app.db)
            let studioB = Studio(name: "Other Studio", address: "Pasadena, CA", timeZone: "America/Los_Angeles")
            try await studioB.save(on: app.db)
            let hash = try Bcrypt.hash(password, cost: 4)
            let owner = StaffMember(
                studioID: try studioA.requireID(), email: "Owner@A.example", name: "Ola Owner", role: .owner,
                passwordHash: hash)
            try await owner.save(on: app.db)
            try await StaffMember(
                studioID: try studioB.requireID(), email: "trainer@b.example", name: "Ben", role: .owner,
                passwordHash: hash
            )
            .save(on: app.db)
            func lead(_ studio: Studio, _ name: String) async throws -> Lead {
                let details = LeadDetails(
                    name: name, email: "\(name.lowercased())@example.com", phone: nil, preferredTimes: "",
                    consentToContact: true, consentToStoreHealth: false)
                let lead = Lead(studioID: try studio.requireID(), selfCheckID: nil, details: details, redFlag: false)
                try await lead.save(on: app.db)
                return lead
            }
            return (owner, try await lead(studioA, "Alice"), try await lead(studioB, "Bruno"))
        }

        @discardableResult
        static func signIn(_ client: FormClient, email: String = "owner@a.example", password: String = password)
            async throws -> FormClient.Page
        {
            try await client.get("/staff/sign-in")
            return try await client.post("/staff/sign-in", ["email": email, "password": password])
        }

        @Test(arguments: TestDatabase.available)
        func pagesNeedASignedInMember(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let client = FormClient(app)
                let page = try await client.get("/staff/leads")
                #expect(page.status == .seeOther)
                #expect(page.location?.hasPrefix("/staff/sign-in?next=") == true)
                #expect(try await client.get("/staff/team").location?.hasPrefix("/staff/sign-in") == true)
            }
        }

        @Test(arguments: TestDatabase.available)
        func signInShowsOnlyTheOwnStudiosLeads(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (_, leadA, leadB) = try await Self.twoStudios(app)
                let client = FormClient(app)
                let wrong = try await Self.signIn(client, password: "not the password")
                #expect(wrong.status == .unauthorized)
                #expect(wrong.body.contains("do not match"))
                let unknown = try await Self.signIn(client, email: "nobody@a.example")
                #expect(unknown.status == .unauthorized)
                let ok = try await Self.signIn(client)
                #expect(ok.status == .seeOther && ok.location == "/staff")
                #expect(client.cookies["rb_session"] != nil)
                let inbox = try await client.get("/staff/leads")
                #expect(inbox.status == .ok)
                #expect(inbox.body.contains("Alice") && !inbox.body.contains("Bruno"))
                #expect(try await client.get("/staff/leads/\(try leadA.requireID())").status == .ok)
                #expect(try await client.get("/staff/leads/\(try leadB.requireID())").status == .notFound)
                #expect(
                    try await client.post("/staff/leads/\(try leadB.requireID())", ["status": "booked"]).status
                        == .notFound)
                #expect(try await client.get("/staff/leads/not-a-uuid").status == .notFound)
            }
        }

        @Test(arguments: TestDatabase.available)
        func statusAndNotesAreSavedWithCSRF(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (_, lead, _) = try await Self.twoStudios(app)
                let client = FormClient(app)
                try await Self.signIn(client)
                let path = "/staff/leads/\(try lead.requireID())"
                // The inbox is kept rendered per set of rows: a change of status shows at once.
                let before = try await client.get("/staff/leads")
                #expect(
                    before.body.contains("Alice") && before.body.contains("<td data-label=\"Status\">New</td>")
                        && before.body.contains("(1 new)"))
                try await client.get(path)
                #expect(
                    try await client.post(path, ["status": "contacted", "notes": "Called"], withToken: false).status
                        == .forbidden)
                let saved = try await client.post(path, ["status": "contacted", "notes": "Called, <b>keen</b>"])
                #expect(saved.status == .seeOther)
                let page = try await client.get(path)
                #expect(page.body.contains("Called, &lt;b&gt;keen&lt;/b&gt;"))
                #expect(try await Lead.find(lead.id, on: app.db)?.status == .contacted)
                let after = try await client.get("/staff/leads")
                #expect(
                    after.body.contains("<td data-label=\"Status\">Contacted</td>")
                        && !after.body.contains("<td data-label=\"Status\">New</td>")
                        && after.body.contains("(0 new)"))
                #expect(try await client.get("/staff/leads?status=new").body.contains("Alice") == false)
                #expect(try await client.post(path, ["status": "maybe"]).status == .badRequest)
            }
        }

        @Test(arguments: TestDatabase.available)
        func aLongFormArrivingInPiecesKeepsItsToken(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (_, lead, _) = try await Self.twoStudios(app)
                // Over a socket a ~30 KB body arrives in several reads; the CSRF check must still find the token.
                let client = FormClient(app, overNetwork: true)
                #expect(try await Self.signIn(client).status == .seeOther)
                let path = "/staff/leads/\(try lead.requireID())"
                try await client.get(path)
                let notes = String(repeating: "é", count: 4_900)
                let saved = try await client.post(path, ["status": "contacted", "notes": notes])
                await client.close()
                #expect(saved.status == .seeOther)
                #expect(try await Lead.find(lead.id, on: app.db)?.notes == notes)
            }
        }

        @Test(arguments: TestDatabase.available)
        func signOutEndsTheSession(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                _ = try await Self.twoStudios(app)
                let client = FormClient(app)
                try await Self.signIn(client)
                try await client.get("/staff/leads")
                let out = try await client.post("/staff/sign-out", [:])
                #expect(out.location == "/staff/sign-in?notice=signed-out")
                #expect(try await StaffSession.query(on: app.db).count() == 0)
                #expect(try await client.get("/staff/leads").status == .seeOther)
            }
        }

        @Test(arguments: TestDatabase.available)
        func aForgottenPasswordIsResetByAOneTimeLink(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                _ = try await Self.twoStudios(app)
                let client = FormClient(app)
                try await client.get("/staff/forgot")
                #expect(
                    try await client.post("/staff/forgot", ["email": "nobody@example.com"]).body.contains(
                        "If that address"))
                #expect(try await OutboxMessage.query(on: app.db).count() == 0)
                // Two requests: only the newer link works, and using it voids every other.
                #expect(
                    try await client.post("/staff/forgot", ["email": "OWNER@a.example"]).body.contains(
                        "If that address"))
                let older = try #require(try await OutboxMessage.query(on: app.db).first())
                #expect(
                    try await client.post("/staff/forgot", ["email": "owner@a.example"]).body.contains(
                        "If that address"))
                let messages = try await OutboxMessage.query(on: app.db).all()
                let message = try #require(messages.first { $0.id != older.id })
                let olderLink = try #require(older.body.split(separator: "\n").first { $0.contains("/staff/link/") })
                let olderPath = String(olderLink[olderLink.range(of: "/staff/link/")!.lowerBound...])
                #expect(try await client.get(olderPath).status == .notFound)
                #expect(message.recipient == "owner@a.example")
                let link = try #require(message.body.split(separator: "\n").first { $0.contains("/staff/link/") })
                let path = String(link[link.range(of: "/staff/link/")!.lowerBound...])
                try await client.get(path)
                #expect(try await client.post(path, ["password": "short", "confirm": "short"]).status == .badRequest)
                // Past 72 bytes bcrypt would ignore the tail: refused with a message instead.
                let long = String(repeating: "é", count: 37)
                let tooLong = try await client.post(path, ["password": long, "confirm": long])
                #expect(tooLong.status == .badRequest && tooLong.body.contains("at most 72 bytes"))
                let reset = try await client.post(
                    path, ["password": "a brand new passphrase", "confirm": "a brand new passphrase"])
                #expect(reset.location == "/staff")
                #expect(try await client.get(path).status == .notFound)
                let again = FormClient(app)
                #expect(try await Self.signIn(again, password: "a brand new passphrase").status == .seeOther)
            }
        }

        @Test(arguments: TestDatabase.available)
        func theOwnerInvitesATrainerWhoCannotManageTheTeam(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                _ = try await Self.twoStudios(app)
                let owner = FormClient(app)
                try await Self.signIn(owner)
                try await owner.get("/staff/team")
                #expect(
                    try await owner.post("/staff/team", ["name": "Tia", "email": "trainer@b.example"]).status
                        == .badRequest)
                let invited = try await owner.post("/staff/team", ["name": "Tia Trainer", "email": "tia@a.example"])
                #expect(invited.status == .seeOther)
                let message = try #require(
                    try await OutboxMessage.query(on: app.db).filter(\.$recipient == "tia@a.example").first())
                let link = try #require(message.body.split(separator: "\n").first { $0.contains("/staff/link/") })
                let trainer = FormClient(app)
                let path = String(link[link.range(of: "/staff/link/")!.lowerBound...])
                try await trainer.get(path)
                let joined = try await trainer.post(
                    path, ["name": "Tia T.", "password": "trainer passphrase", "confirm": "trainer passphrase"])
                #expect(joined.location == "/staff")
                #expect(try await trainer.get("/staff/leads").status == .ok)
                #expect(try await trainer.get("/staff/team").status == .notFound)
                #expect(
                    try await StaffMember.query(on: app.db).filter(\.$email == "tia@a.example").first()?.role
                        == .trainer)
            }
        }

        @Test(arguments: TestDatabase.available)
        func repeatedFailedSignInsAreSlowedDown(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                _ = try await Self.twoStudios(app)
                let client = FormClient(app)
                try await client.get("/staff/sign-in")
                var statuses: [HTTPResponseStatus] = []
                for _ in 0..<12 {
                    statuses.append(
                        try await client.post("/staff/sign-in", ["email": "owner@a.example", "password": "guess"])
                            .status)
                }
                #expect(statuses.prefix(10).allSatisfy { $0 == .unauthorized })
                #expect(statuses.suffix(2).allSatisfy { $0 == .tooManyRequests })
                #expect(
                    try await client.post("/staff/sign-in", ["email": "owner@a.example", "password": Self.password])
                        .status == .tooManyRequests)
            }
        }

        @Test(arguments: TestDatabase.available)
        func redirectsAfterSignInStayOnThisSite(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                _ = try await Self.twoStudios(app)
                for (next, expected) in [
                    ("/staff/team", "/staff/team"), ("https://evil.example", "/staff"), ("//evil.example", "/staff"),
                ] {
                    let client = FormClient(app)
                    try await client.get("/staff/sign-in")
                    let page = try await client.post(
                        "/staff/sign-in", ["email": "owner@a.example", "password": Self.password, "next": next])
                    #expect(page.location == expected, "\(next)")
                }
            }
        }

        @Test func sessionTokensAreStoredAsTheirSHA256InHex() {
            #expect(
                SecretToken.fingerprint("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        }
    }
}
