import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// A lead's self-check answers are health data: every view of them is written to the audit log.
    @Suite("Lead audit")
    struct LeadAuditTests {
        @Test(arguments: TestDatabase.available)
        func viewingALeadsAnswersIsAudited(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let studioID = try fixture.studio.requireID()
                try await fixture.trainer("Theo Trainer", email: "theo@studio.example")
                var answers = SelfCheckAnswers()
                answers.painAreas = [PainArea(region: .knee, side: .right, nprs: 6)]
                let screen = try SelfCheckRecord(
                    studioID: studioID, token: SecretToken.make(), answers: answers, startedAt: TestClock.now)
                try await screen.save(on: app.db)
                let details = LeadDetails(
                    name: "Rosa Diaz", email: "rosa@example.com", phone: nil, preferredTimes: "",
                    consentToContact: true, consentToStoreHealth: true)
                let lead = Lead(
                    studioID: studioID, selfCheckID: try screen.requireID(), details: details, redFlag: false)
                try await lead.save(on: app.db)
                let theo = try await StaffBookingTests.signIn(app, "theo@studio.example")
                #expect(try await theo.get("/staff/leads/\(try lead.requireID())").status == .ok)
                let entries = try await AuditEntry.query(on: app.db).filter(
                    \.$clientRef == "lead-" + lead.requireID().uuidString.lowercased()
                ).all()
                #expect(
                    entries.count == 1 && entries.first?.action == .read && entries.first?.staffName == "Theo Trainer")
                #expect(entries.first?.subject.contains("knee") == false)
            }
        }
    }
}
