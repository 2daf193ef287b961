import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// What a prospect told the self-check reaches the studio: the first health screen starts from their answers,
    /// and saving says what it decided.
    @Suite("Hand-offs from the self-check")
    struct HandOffTests {
        @Test(arguments: TestDatabase.available)
        func theFirstScreenStartsFromTheSelfCheckAndSavingSaysWhatItDecided(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, fixture) = try await WorkspaceTests.setUp(app)
                let check = try await fixture.completedSelfCheck(redFlags: [])
                let details = LeadDetails(
                    name: "Kim Lake", email: "kim@example.com", phone: nil, preferredTimes: "", consentToContact: true,
                    consentToStoreHealth: true)
                let lead = Lead(
                    studioID: try fixture.studio.requireID(), selfCheckID: check.id, details: details, redFlag: false)
                try await lead.save(on: app.db)
                try await theo.get("/staff/leads/\(try lead.requireID())")
                let converted = try await theo.post("/staff/leads/\(try lead.requireID())/convert", [:])
                let client = String(try #require(converted.location).prefix { $0 != "?" })
                let screen = try await theo.get(client + "/screen")
                #expect(screen.body.contains("These answers come from the self-check Kim Lake did online on"))
                // Each of the visitor's "no" answers is ticked, for the trainer to confirm.
                let questions = app.shared.knowledge.safety.healthQuestions
                #expect(
                    questions.allSatisfy { screen.body.contains("name=\"health.\($0.id)\" value=\"no\" checked") },
                    "\(screen.body.prefix(0))")
                var fields = WorkspaceTests.healthNo(app)
                fields["systolic"] = "118"
                fields["diastolic"] = "76"
                let saved = try await theo.post(client + "/screen", fields)
                #expect(saved.status == .ok && saved.body.contains("Saved: Kim Lake is cleared to train."))
                // Once the studio has screened the client, its own screen is what the form starts from.
                #expect(!(try await theo.get(client + "/screen").body.contains("These answers come from")))
            }
        }

        @Test(arguments: TestDatabase.available)
        func aRecheckShowsLastTimesValueBesideEachField(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let (client, _) = try await StaffPagesTests.assessedClient(app, theo)
                let recheck = try #require(try await theo.post(client + "/assessments", ["recheck": "yes"]).location)
                let form = try await theo.get(recheck).body
                #expect(form.contains("Last time: 7 cm") && form.contains("Last time: 12 cm"))
                // A first assessment has no last time.
                let (_, fresh) = try await WorkspaceTests.screenedClientWithAssessment(
                    app, theo, WorkspaceTests.profile.merging(["name": "Ray Fresh", "email": "ray@example.com"]) { $1 })
                #expect(!(try await theo.get(fresh).body.contains("Last time:")))
            }
        }

        @Test(arguments: TestDatabase.available)
        func aClientIsFoundAndBookedFromTheFormAndTheBookingLinksBack(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, fixture) = try await WorkspaceTests.setUp(app)
                let path = try await WorkspaceTests.client(theo)
                let id = String(path.split(separator: "/").last ?? "")
                let found = try await theo.get("/staff/bookings/new?find=diaz").body
                #expect(found.contains("href=\"/staff/bookings/new?client=\(id)\"") && found.contains("Ana Diaz"))
                let filled = try await theo.get("/staff/bookings/new?client=\(id)").body
                #expect(filled.contains("value=\"ana@example.com\"") && filled.contains("value=\"Ana Diaz\""))
                #expect(try await theo.get("/staff/bookings/new?find=nobody").body.contains("No active client matches"))
                // The booking names the client with a link to their record.
                let trainer = try #require(
                    try await StaffMember.query(on: app.db).filter(\.$email == "theo@a.example").first())
                let (booked, _) = try await fixture.book(
                    "one-to-one", trainer: try trainer.requireID().uuidString, start: fixture.at(2, 9),
                    name: "Ana Diaz", email: "ana@example.com")
                #expect(booked == .created)
                let booking = try #require(try await Booking.query(on: app.db).first())
                let page = try await theo.get("/staff/bookings/\(try booking.requireID().uuidString.lowercased())").body
                #expect(page.contains("<a href=\"\(path)\">Ana Diaz</a>"))
            }
        }
    }
}
