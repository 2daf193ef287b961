import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// A leaver's access ends at once and completely; their bookings stay; the studio keeps an owner.
    @Suite("Off-boarding")
    struct OffboardingTests {
        @Test(arguments: TestDatabase.available)
        func aDisabledTrainerIsOutEverywhereAndCanComeBack(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let owner = try await fixture.trainer("Olivia Owner", email: "olivia@studio.example", role: .owner)
                let theo = try await fixture.trainer("Theo Trainer", email: "theo@studio.example")
                let theoID = try theo.requireID().uuidString.lowercased()
                #expect(try await fixture.book("one-to-one", trainer: theoID, start: fixture.at(3, 10)).0 == .created)
                let theoBrowser = try await StaffBookingTests.signIn(app, "theo@studio.example")
                try await theoBrowser.get("/staff/availability")
                let feedToken = try #require(
                    StaffBookingTests.feedToken(
                        try await theoBrowser.post("/staff/availability/feed", ["action": "create"]).body))
                let olivia = try await StaffBookingTests.signIn(app, "olivia@studio.example")
                try await olivia.get("/staff/team")
                let done = try await olivia.post("/staff/team/\(theoID)/disable", [:])
                #expect(done.status == .seeOther)
                let team = try await olivia.get(try #require(done.location))
                #expect(
                    team.body.contains("Theo Trainer can no longer sign in")
                        && team.body.contains("1 upcoming booking is still with them"))
                #expect(team.body.contains("Former staff"))
                // The sentence comes from the data, never from the address bar.
                let crafted = try await olivia.get(
                    "/staff/team?notice=Your%20account%20is%20locked&changed=\(UUID().uuidString)")
                #expect(
                    !crafted.body.contains("Your account is locked") && !crafted.body.contains("can no longer sign in"))
                // The open session ends at once; sign-in and password reset answer as for an unknown address.
                #expect(try await theoBrowser.get("/staff").location?.hasPrefix("/staff/sign-in") == true)
                let again = FormClient(app)
                try await again.get("/staff/sign-in")
                let refused = try await again.post(
                    "/staff/sign-in", ["email": "theo@studio.example", "password": StaffTestPassword.value])
                #expect(refused.status == .unauthorized)
                let before = try await OutboxMessage.query(on: app.db).count()
                try await again.get("/staff/forgot")
                #expect(
                    try await again.post("/staff/forgot", ["email": "theo@studio.example"]).body.contains(
                        "If that address"))
                #expect(try await OutboxMessage.query(on: app.db).count() == before)
                // No calendar feed, no online bookings with him; the booking itself stays.
                #expect(try await StaffMember.find(theo.id, on: app.db)?.calendarTokenHash == nil)
                #expect(try await FormClient(app).get("/calendar/\(feedToken).ics").status == .notFound)
                #expect(!(try await FormClient(app).get("/book/one-to-one").body.contains("Theo Trainer")))
                #expect(try await Booking.query(on: app.db).filter(\.$trainer.$id == theo.requireID()).count() == 1)
                // Back again: he signs in with his own password.
                try await olivia.get("/staff/team")
                #expect(try await olivia.post("/staff/team/\(theoID)/enable", [:]).status == .seeOther)
                #expect(try await StaffBookingTests.signIn(app, "theo@studio.example").get("/staff").status == .ok)
                // The last owner cannot be turned off, not even by herself.
                let ownerID = try owner.requireID().uuidString.lowercased()
                try await olivia.get("/staff/team")
                let last = try await olivia.post("/staff/team/\(ownerID)/disable", [:])
                #expect(last.status == .conflict && last.body.contains("at least one owner"))
                // Another studio's member is "not found".
                #expect(
                    try await olivia.post("/staff/team/\(UUID().uuidString.lowercased())/disable", [:]).status
                        == .notFound)
            }
        }
    }
}
