import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// The site promises a reply within a working day: a new lead is emailed to the studio at once, with how to
    /// reach the person and none of their health answers.
    @Suite("New leads reach the studio")
    struct NewLeadNoticeTests {
        @Test(arguments: TestDatabase.available)
        func aNewLeadIsEmailedToTheOwnersAndTheStudioAddress(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let studio = try await Studio.current(on: app.db)
                let hash = try Bcrypt.hash(StaffTestPassword.value, cost: 4)
                try await StaffMember(
                    studioID: try studio.requireID(), email: "olivia@studio.example", name: "Olivia Owner",
                    role: .owner, passwordHash: hash
                ).save(on: app.db)
                for (round, email) in [(1, "dana@example.com"), (2, "sam@example.com")] {
                    if round == 2 {
                        studio.email = "hello@studio.example"
                        try await studio.save(on: app.db)
                    }
                    let client = FormClient(app)
                    let token = try await SelfCheckTests.complete(client)
                    try await client.get("/check/\(token)/details")
                    let sent = try await client.post(
                        "/check/\(token)/details",
                        [
                            "name": "Dana Reyes", "email": email, "times": "weekday mornings", "consentContact": "yes",
                            "consentHealth": "yes",
                        ])
                    #expect(sent.status == .seeOther)
                }
                let notices = try await OutboxMessage.query(on: app.db).filter(\.$subject == "New lead: Dana Reyes")
                    .all()
                // Owners hear of leads by default; the studio's address, once set, is told as well.
                #expect(
                    notices.map(\.recipient).sorted() == [
                        "hello@studio.example", "olivia@studio.example", "olivia@studio.example",
                    ])
                let lead = try #require(try await Lead.query(on: app.db).filter(\.$email == "dana@example.com").first())
                let body = try #require(notices.first { $0.recipient == "olivia@studio.example" }?.body)
                #expect(body.contains("dana@example.com") && body.contains("weekday mornings"))
                let link = "/staff/leads/\(try lead.requireID().uuidString.lowercased())"
                #expect(body.contains(link))
                // The link's random id may itself begin "10", so it is taken out before looking for a pain score.
                let withoutLink = body.replacingOccurrences(of: link, with: "")
                #expect(
                    !withoutLink.contains("back ache") && !withoutLink.contains("/10"), "no health answers in an email")
            }
        }
    }
}
