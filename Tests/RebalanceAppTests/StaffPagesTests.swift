import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// Staff pages (assessment result, progress, client page, lists) are each member's own, carry each browser's
    /// form token, are audited on every view and change as soon as the client's record does.
    @Suite("Staff pages follow the record")
    struct StaffPagesTests {
        /// A client of studio A with a completed assessment; returns the client's path and the result's path.
        static func assessedClient(_ app: Application, _ theo: FormClient) async throws -> (
            client: String, result: String
        ) {
            let path = try await WorkspaceTests.client(theo)
            try await theo.get(path + "/screen")
            _ = try await theo.post(
                path + "/screen", WorkspaceTests.healthNo(app).merging(["systolic": "120", "diastolic": "76"]) { $1 })
            try await theo.get(path)
            let assessment = try #require(try await theo.post(path + "/assessments", [:]).location)
            try await theo.get(assessment)
            let done = try await theo.post(
                assessment, ["action": "complete", "t.kneeToWall.left": "7", "t.kneeToWall.right": "12"])
            return (path, try #require(done.location))
        }

        static func audits(_ app: Application, _ subject: String) async throws -> Int {
            try await AuditEntry.query(on: app.db).filter(\.$subject == subject).count()
        }

        @Test(arguments: TestDatabase.available)
        func eachMemberGetsTheirOwnPageAndEveryViewIsAudited(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let olivia = try await StaffBookingTests.signIn(app, "owner@a.example")
                let (client, result) = try await Self.assessedClient(app, theo)
                for page in [result, client + "/progress"] {
                    let subject = page == result ? "assessment result" : "progress"
                    let before = try await Self.audits(app, subject)
                    let first = try await theo.get(page)
                    let again = try await theo.get(page)
                    let owners = try await olivia.get(page)
                    #expect(first.status == .ok && again.status == .ok && owners.status == .ok, "\(page)")
                    #expect(first.body == again.body, "\(page)")
                    // The form token is the one this browser's cookie holds, never a stand-in or another's.
                    #expect(theo.csrf == theo.cookies["rb_csrf"] && olivia.csrf == olivia.cookies["rb_csrf"])
                    let (theirs, ours) = (try #require(theo.csrf), try #require(olivia.csrf))
                    #expect(first.body.contains("value=\"\(theirs)\"") && !first.body.contains("rbslot"))
                    #expect(owners.body.contains("value=\"\(ours)\"") && !owners.body.contains(theirs))
                    // Only the owner's navigation names the team page.
                    #expect(
                        owners.body.contains("href=\"/staff/team\"") && !first.body.contains("href=\"/staff/team\""),
                        "\(page)")
                    #expect(try await Self.audits(app, subject) == before + 3, "\(page)")
                }
            }
        }

        @Test(arguments: TestDatabase.available)
        func aChangeToTheRecordShowsAtOnce(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let (client, _) = try await Self.assessedClient(app, theo)
                let progress = try await theo.get(client + "/progress")
                #expect(!progress.body.contains("Climb two flights"))
                let saved = try await theo.post(
                    client + "/progress/function", ["activity.0": "Climb two flights", "score.0": "4"])
                #expect(saved.status == .seeOther)
                #expect(try await theo.get(client + "/progress").body.contains("Climb two flights"))
                // A form sent back with a mistake shows what was typed.
                let wrong = try await theo.post(
                    client + "/progress/function", ["activity.0": "Carry shopping", "score.0": "eleven"])
                #expect(wrong.status == .badRequest && wrong.body.contains("value=\"Carry shopping\""))
            }
        }

        @Test(arguments: TestDatabase.available)
        func theClientPageAndStartPageFollowEveryChange(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, fixture) = try await WorkspaceTests.setUp(app)
                let path = try await WorkspaceTests.client(theo)
                #expect(!(try await theo.get(path).body.contains("(archived)")))
                let archived = try await theo.post(path + "/archive", [:])
                #expect(
                    try await theo.get(try #require(archived.location)).body.contains(
                        "Archived. The client no longer shows"))
                let plain = try await theo.get(path).body
                #expect(plain.contains("(archived)") && !plain.contains("Archived. The client no longer shows"))
                // A new lead shows on the start page's next visit.
                #expect(!(try await theo.get("/staff").body.contains("Nina Newlead")))
                let details = LeadDetails(
                    name: "Nina Newlead", email: "nina@example.com", phone: nil, preferredTimes: "",
                    consentToContact: true, consentToStoreHealth: false)
                try await Lead(
                    studioID: try fixture.studio.requireID(), selfCheckID: nil, details: details, redFlag: false
                ).save(on: app.db)
                #expect(try await theo.get("/staff").body.contains("Nina Newlead"))
            }
        }

        @Test(arguments: TestDatabase.available)
        func theClientListFollowsEveryChangeToAnyClient(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let olivia = try await StaffBookingTests.signIn(app, "owner@a.example")
                #expect(!(try await theo.get("/staff/clients").body.contains("Ana Diaz")))
                let path = try await WorkspaceTests.client(theo)
                // Another member's list changes too.
                let listed = try await olivia.get("/staff/clients")
                #expect(listed.body.contains("Ana Diaz") && listed.body.contains("(1)"))
                #expect(try await theo.get("/staff/clients").body.contains("Ana Diaz"))
                _ = try await theo.post(path + "/archive", [:])
                #expect(!(try await olivia.get("/staff/clients").body.contains("Ana Diaz")))
                #expect(try await olivia.get("/staff/clients?show=archived").body.contains("Ana Diaz"))
                try await theo.get(path + "/delete")
                #expect(try await theo.post(path + "/delete", ["confirm": "Ana Diaz"]).status == .seeOther)
                #expect(!(try await olivia.get("/staff/clients?show=archived").body.contains("Ana Diaz")))
            }
        }
    }
}
