import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// Each member chooses the studio emails they get; the defaults keep owners told about leads and every trainer
    /// told about their own sessions.
    @Suite("Studio emails per member")
    struct StudioEmailsTests {
        @Test(arguments: TestDatabase.available)
        func bookingEmailsFollowEachMembersChoice(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, fixture) = try await WorkspaceTests.setUp(app)
                let trainer = try #require(
                    try await StaffMember.query(on: app.db).filter(\.$email == "theo@a.example").first())
                #expect(trainer.emails == .defaults(for: trainer.role))
                let page = try await theo.get("/staff/emails")
                #expect(page.status == .ok && page.body.contains("Emails you get"))
                // Theo stops booking emails but keeps cancellations.
                let saved = try await theo.post(
                    "/staff/emails", ["bookings": "none", "cancellations": "mine"])
                #expect(saved.status == .seeOther)
                #expect(try await theo.get("/staff/emails?saved=1").body.contains("Saved."))
                let (booked, _) = try await fixture.book(
                    "one-to-one", trainer: try trainer.requireID().uuidString, start: fixture.at(2, 9),
                    name: "Quiet Booker", email: "quiet@example.com")
                #expect(booked == .created)
                let toTheo = try await OutboxMessage.query(on: app.db).filter(\.$recipient == "theo@a.example").all()
                #expect(toTheo.isEmpty, "no booking email after turning them off")
                #expect(
                    try await OutboxMessage.query(on: app.db).filter(\.$recipient == "quiet@example.com").count() == 1,
                    "the client's confirmation is not the member's to turn off")
            }
        }

        @Test(arguments: TestDatabase.available)
        func anOwnerCanHearAboutEveryTrainersSessions(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (_, _, fixture) = try await WorkspaceTests.setUp(app)
                let trainer = try #require(
                    try await StaffMember.query(on: app.db).filter(\.$email == "theo@a.example").first())
                let owner = StaffMember(
                    studioID: trainer.$studio.id, email: "olivia@a.example", name: "Olivia Owner", role: .owner,
                    passwordHash: try Bcrypt.hash(StaffTestPassword.value, cost: 4))
                owner.emails.cancellations = .everyone
                try await owner.save(on: app.db)
                let (booked, _) = try await fixture.book(
                    "one-to-one", trainer: try trainer.requireID().uuidString, start: fixture.at(2, 10),
                    name: "Owner Watch", email: "watch@example.com")
                #expect(booked == .created)
                let subjects = try await OutboxMessage.query(on: app.db).all().map { ($0.recipient, $0.subject) }
                #expect(subjects.contains { $0.0 == "theo@a.example" && $0.1.hasPrefix("New booking") })
                #expect(!subjects.contains { $0.0 == "olivia@a.example" }, "Olivia asked only for cancellations")
                let recipients = try await StudioEmails.recipients(of: .cancelled, trainer: trainer, on: app.db)
                #expect(recipients == ["olivia@a.example", "theo@a.example"])
                #expect(try await StudioEmails.recipients(of: .reminder, trainer: trainer, on: app.db).isEmpty)
            }
        }

        @Test(arguments: TestDatabase.available)
        func thePageSaysWhenNobodyHearsAboutNewLeads(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let before = try await theo.get("/staff/emails").body
                #expect(before.contains("owner@a.example") && !before.contains("Nobody gets an email"))
                // The owner, the only one told by default, turns lead emails off.
                try await StaffMember.query(on: app.db).filter(\.$email == "owner@a.example")
                    .set(\.$emailsNewLeads, to: false).update()
                let page = try await theo.get("/staff/emails").body
                #expect(page.contains("Nobody gets an email about new leads"))
                #expect(
                    try await theo.post(
                        "/staff/emails", ["newLeads": "yes", "bookings": "mine", "cancellations": "mine"]
                    ).status == .seeOther)
                let after = try await theo.get("/staff/emails").body
                #expect(!after.contains("Nobody gets an email") && after.contains("theo@a.example"))
                let refused = try await theo.post("/staff/emails", ["bookings": "sometimes", "cancellations": "mine"])
                #expect(refused.status == .badRequest && refused.body.contains("nothing was changed"))
            }
        }
    }
}
