import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// A new install before any set-up: every page answers, booking explains itself, the owner is guided.
    @Suite("First run")
    struct FirstRunTests {
        static let slugs = ["free-consult", "assessment", "one-to-one", "re-check"]

        @Test(arguments: TestDatabase.available)
        func bookingWithoutTrainersSaysSoAndOffersTheStudiosContact(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let visitor = FormClient(app)
                let start = try await visitor.get("/book")
                #expect(start.status == .ok)
                #expect(start.body.contains("Online booking opens once a trainer has set their weekly hours"))
                #expect(start.body.contains("Not bookable online yet") && start.body.contains("West Hollywood, CA"))
                #expect(!start.body.contains("href=\"/book/assessment"))
                for slug in Self.slugs {
                    let page = try await visitor.get("/book/\(slug)")
                    #expect(page.status == .ok, "\(slug)")
                    #expect(
                        page.body.contains("No trainer takes online bookings")
                            && page.body.contains("West Hollywood, CA"))
                    #expect(!page.body.contains("Any available trainer"))
                    let any = try await visitor.get("/book/\(slug)/any")
                    #expect(any.status == .seeOther && any.location == "/book/\(slug)", "\(slug)")
                }
                // Once a trainer has weekly hours, the session can be booked again.
                let fixture = try await BookingFixture.make(app)
                try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let staffed = try await visitor.get("/book/assessment")
                #expect(staffed.body.contains("Maya Ortiz") && !staffed.body.contains("No trainer takes"))
            }
        }

        @Test(arguments: TestDatabase.available)
        func theOwnersChecklistGoesAwayOnceTheStudioIsSetUp(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                try await StaffMember(
                    studioID: try fixture.studio.requireID(), email: "olivia@studio.example", name: "Olivia Owner",
                    role: .owner, passwordHash: try Bcrypt.hash(StaffTestPassword.value, cost: 4)
                ).save(on: app.db)
                let owner = try await StaffBookingTests.signIn(app, "olivia@studio.example")
                let first = try await owner.get("/staff")
                #expect(first.body.contains("Set up your studio"))
                for step in ["Studio details", "Weekly hours", "Session types", "Invite a trainer"] {
                    #expect(first.body.contains("\(step)</a>"), "\(step) is still to do")
                }
                // Studio details: a bad time zone is refused and nothing changes.
                try await owner.get("/staff/session-types")
                let policy = [
                    "windowHours": "24", "studioName": "Core Balance", "address": "8000 Sunset Blvd, West Hollywood",
                    "email": "hello@corebalance.example",
                ]
                let refused = try await owner.post(
                    "/staff/session-types/policy", policy.merging(["timeZone": "Mars/Base"]) { $1 })
                #expect(refused.status == .badRequest && refused.body.contains("time zone"))
                #expect(try await Studio.current(on: app.db).name != "Core Balance")
                #expect(
                    try await owner.post(
                        "/staff/session-types/policy", policy.merging(["timeZone": "America/Denver"]) { $1 }
                    ).status == .seeOther)
                let saved = try await Studio.current(on: app.db)
                #expect(
                    saved.name == "Core Balance" && saved.timeZone == "America/Denver"
                        && saved.email == "hello@corebalance.example")
                // Weekly hours for the owner, which also makes every session type bookable online.
                try await owner.get("/staff/availability")
                let week = Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0.rawValue, "09:00-17:00") })
                #expect(try await owner.post("/staff/availability/weekly", week).status == .seeOther)
                let almost = try await owner.get("/staff")
                #expect(almost.body.contains("Set up your studio") && almost.body.contains("Invite a trainer</a>"))
                #expect(!almost.body.contains("Weekly hours</a>") && !almost.body.contains("Studio details</a>"))
                try await owner.get("/staff/team")
                #expect(
                    try await owner.post("/staff/team", ["email": "theo@studio.example", "name": "Theo"]).status
                        == .seeOther)
                let done = try await owner.get("/staff")
                #expect(done.status == .ok && !done.body.contains("Set up your studio"))
                // Trainers never see the owner's checklist.
                try await fixture.trainer("Tara Trainer", email: "tara@studio.example")
                let trainer = try await StaffBookingTests.signIn(app, "tara@studio.example")
                #expect(!(try await trainer.get("/staff").body.contains("Set up your studio")))
            }
        }
    }
}
