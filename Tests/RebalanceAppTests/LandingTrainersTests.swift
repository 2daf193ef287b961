import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// The owner writes each trainer's bio on the team page; the home page introduces those trainers, with the
    /// studio's address and its opening hours from the trainers' weekly hours.
    @Suite("Trainers and hours on the home page")
    struct LandingTrainersTests {
        @Test(arguments: TestDatabase.available)
        func aBioPutsATrainerOnTheHomePage(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                _ = try await WorkspaceTests.setUp(app)
                let olivia = try await StaffBookingTests.signIn(app, "owner@a.example")
                let theo = try #require(
                    try await StaffMember.query(on: app.db).filter(\.$email == "theo@a.example").first())
                let id = try theo.requireID().uuidString.lowercased()
                let team = try await olivia.get("/staff/team")
                #expect(team.body.contains("action=\"/staff/team/\(id)/bio\""))
                let long = try await olivia.post("/staff/team/\(id)/bio", ["bio": String(repeating: "a", count: 401)])
                #expect(long.status == .badRequest && long.body.contains("under 400 characters"))
                let bio = "Ten years coaching runners back from knee pain."
                let saved = try await olivia.post("/staff/team/\(id)/bio", ["bio": bio])
                #expect(
                    try await olivia.get(try #require(saved.location)).body.contains("the website shows Theo Trainer"))
                let home = try await FormClient(app).get("/").body
                #expect(home.contains("Your trainers") && home.contains("Theo Trainer") && home.contains(bio))
                #expect(home.contains("Find us") && home.contains("Open in a map"))
            }
        }

        @Test func openingHoursSpanEveryTrainersDay() throws {
            let lines = OpeningHours.lines([
                (.monday, try LocalTimeRange(parsing: "07:00-12:00")),
                (.monday, try LocalTimeRange(parsing: "13:00-19:30")),
                (.tuesday, try LocalTimeRange(parsing: "12:00-24:00")),
            ])
            #expect(lines.first == "Monday: 7:00 AM – 7:30 PM")
            #expect(lines[1] == "Tuesday: 12:00 PM – 12:00 AM" && lines.last == "Sunday: closed")
            #expect(OpeningHours.lines([]).isEmpty)
        }
    }
}
