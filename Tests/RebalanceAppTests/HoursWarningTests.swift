import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// Changing weekly hours never cancels anything, but the trainer is shown the sessions now outside them.
    @Suite("Booked sessions outside new hours")
    struct HoursWarningTests {
        @Test(arguments: TestDatabase.available)
        func theHoursPageListsSessionsTheNewHoursNoLongerCover(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, fixture) = try await WorkspaceTests.setUp(app)
                let trainer = try #require(
                    try await StaffMember.query(on: app.db).filter(\.$email == "theo@a.example").first())
                let (booked, _) = try await fixture.book(
                    "one-to-one", trainer: try trainer.requireID().uuidString, start: fixture.at(2, 9),
                    name: "Early Bird", email: "early@example.com")
                #expect(booked == .created)
                #expect(!(try await theo.get("/staff/availability").body.contains("Booked outside these hours")))
                // Mornings off from now on: the 9:00 session stays booked, and the page says so.
                var week = Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0.rawValue, "13:00-18:00") })
                week[Weekday.sunday.rawValue] = ""
                #expect(try await theo.post("/staff/availability/weekly", week).status == .seeOther)
                let page = try await theo.get("/staff/availability?saved=weekly").body
                #expect(page.contains("Booked outside these hours") && page.contains("Early Bird"))
                #expect(try await Booking.query(on: app.db).filter(\.$status == .confirmed).count() == 1)
            }
        }
    }
}
