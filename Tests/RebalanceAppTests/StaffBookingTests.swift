import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    @Suite("Staff booking pages")
    struct StaffBookingTests {
        static func signIn(_ app: Application, _ email: String) async throws -> FormClient {
            let client = FormClient(app)
            try await client.get("/staff/sign-in")
            let page = try await client.post("/staff/sign-in", ["email": email, "password": StaffTestPassword.value])
            #expect(page.status == .seeOther)
            return client
        }

        /// Studio A with an owner and a trainer (both bookable), studio B with its own owner.
        static func studios(_ app: Application) async throws -> (
            BookingFixture, owner: StaffMember, trainer: StaffMember, other: StaffMember
        ) {
            let fixture = try await BookingFixture.make(app)
            let owner = try await fixture.trainer("Olivia Owner", email: "owner@a.example", role: .owner)
            let trainer = try await fixture.trainer("Theo Trainer", email: "theo@a.example")
            let studioB = Studio(name: "Other Studio", address: "Pasadena, CA", timeZone: "America/Los_Angeles")
            try await studioB.save(on: app.db)
            let other = StaffMember(
                studioID: try studioB.requireID(), email: "boss@b.example", name: "Bea", role: .owner,
                passwordHash: try Bcrypt.hash(StaffTestPassword.value, cost: 4))
            try await other.save(on: app.db)
            return (fixture, owner, trainer, other)
        }

        @Test(arguments: TestDatabase.available)
        func everyStaffPageNeedsASignedInMember(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let client = FormClient(app)
                for path in [
                    "/staff/agenda", "/staff/availability", "/staff/bookings/new", "/staff/session-types",
                    "/staff/bookings/\(UUID())",
                ] {
                    let page = try await client.get(path)
                    #expect(page.status == .seeOther && page.location?.hasPrefix("/staff/sign-in") == true, "\(path)")
                }
            }
        }

        @Test(arguments: TestDatabase.available)
        func aTrainerBooksMovesMarksAndCancelsAClient(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (fixture, _, trainer, _) = try await Self.studios(app)
                let theo = try await Self.signIn(app, "theo@a.example")
                try await theo.get("/staff/bookings/new")
                let trainerID = try #require(trainer.id?.uuidString.lowercased())
                let form = [
                    "type": "one-to-one", "trainer": trainerID, "date": fixture.day(2).description, "time": "10:00",
                    "name": "Kim Lee", "email": "kim@example.com",
                ]
                #expect(try await theo.post("/staff/bookings/new", form, withToken: false).status == .forbidden)
                let booked = try await theo.post("/staff/bookings/new", form)
                #expect(booked.status == .seeOther)
                let location = try #require(booked.location)
                let path = String(location.prefix { $0 != "?" })
                #expect(try await theo.get(location).body.contains("Booked. The client"))
                // Outside the weekly hours only when asked for.
                let late = try await theo.post(
                    "/staff/bookings/new", form.merging(["time": "20:00", "email": "x@example.com"]) { $1 })
                #expect(late.status == .badRequest && late.body.contains("not one of the offered times"))
                #expect(
                    try await theo.post(
                        "/staff/bookings/new",
                        form.merging(["time": "20:00", "email": "x@example.com", "outsideHours": "yes"]) { $1 }
                    ).status == .seeOther)
                // A clash names the nearest free times.
                let clash = try await theo.post(
                    "/staff/bookings/new", form.merging(["time": "10:30", "email": "y@example.com"]) { $1 })
                #expect(clash.status == .conflict && clash.body.contains("Nearest free times"))
                let agenda = try await theo.get("/staff/agenda?date=\(fixture.day(2))")
                #expect(agenda.body.contains("Kim Lee") && agenda.body.contains("10:00 AM"))
                #expect(
                    try await theo.post(
                        path + "/move", ["date": fixture.day(3).description, "time": "11:00", "trainer": trainerID]
                    ).status == .seeOther)
                // Not started yet: it cannot be marked as completed.
                #expect(try await theo.post(path + "/status", ["status": "completed"]).status == .badRequest)
                #expect(try await theo.post(path + "/notes", ["notes": "Left knee sore"]).status == .seeOther)
                #expect(
                    try await theo.post(path + "/cancel", ["reason": "Client ill", "late": "yes"]).status == .seeOther)
                let booking = try #require(
                    try await Booking.query(on: app.db).filter(\.$clientEmail == "kim@example.com").first())
                #expect(
                    booking.status == .cancelled && booking.lateCancellation && booking.staffNotes == "Left knee sore")
                let history = try await BookingChange.query(on: app.db).filter(\.$booking.$id == booking.requireID())
                    .all().map(\.summary)
                #expect(history.count == 3 && history.last?.hasPrefix("Cancelled (late)") == true)
                #expect(
                    try await OutboxMessage.query(on: app.db).filter(\.$recipient == "kim@example.com").count() == 3)
            }
        }

        @Test(arguments: TestDatabase.available)
        func anotherStudioSeesNothingOfOurs(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (fixture, _, trainer, _) = try await Self.studios(app)
                let (_, booked) = try await fixture.book(
                    "one-to-one", trainer: try #require(trainer.id?.uuidString.lowercased()), start: fixture.at(4, 9))
                let id = try #require(booked["id"] as? String)
                let bea = try await Self.signIn(app, "boss@b.example")
                #expect(try await bea.get("/staff/bookings/\(id)").status == .notFound)
                try await bea.get("/staff/agenda")
                for action in ["cancel", "move", "notes", "status"] {
                    #expect(
                        try await bea.post(
                            "/staff/bookings/\(id)/\(action)",
                            ["status": "noShow", "notes": "x", "date": fixture.day(5).description, "time": "09:00"]
                        ).status == .notFound, "\(action)")
                }
                #expect(
                    try await bea.get("/staff/availability?trainer=\(try #require(trainer.id))").status == .notFound)
                // A trainer id from another studio in a form is refused too.
                try await bea.get("/staff/bookings/new")
                let foreign = try await bea.post(
                    "/staff/bookings/new",
                    [
                        "type": "one-to-one", "trainer": try #require(trainer.id?.uuidString),
                        "date": fixture.day(5).description, "time": "09:00", "name": "Z", "email": "z@example.com",
                    ])
                #expect(foreign.status == .badRequest)
                #expect(
                    !(try await bea.get("/staff/agenda?date=\(fixture.day(4))&trainer=all").body.contains("Dana Reyes"))
                )
                #expect(try await Booking.find(UUID(uuidString: id), on: app.db)?.status == .confirmed)
            }
        }

        @Test(arguments: TestDatabase.available)
        func weeklyHoursExceptionsAndTimeOffShapeTheOfferedTimes(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (fixture, _, trainer, _) = try await Self.studios(app)
                let theo = try await Self.signIn(app, "theo@a.example")
                try await theo.get("/staff/availability")
                var week = Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0.rawValue, "") })
                week[fixture.day(3).weekday.rawValue] = "9-10, 13:00-14:00"
                week[fixture.day(4).weekday.rawValue] = "09:00-12:00, 11:00-13:00"
                let bad = try await theo.post("/staff/availability/weekly", week)
                #expect(
                    bad.status == .badRequest && bad.body.contains("overlap")
                        && bad.body.contains("value=\"9-10, 13:00-14:00\""))
                week[fixture.day(4).weekday.rawValue] = "09:00-10:00"
                #expect(try await theo.post("/staff/availability/weekly", week).status == .seeOther)
                let trainerID = try #require(trainer.id?.uuidString.lowercased())
                func times(_ day: Int) async throws -> [String] {
                    let (_, body, _) = try await fixture.call(
                        .GET,
                        "api/v1/availability?sessionType=re-check&from=\(fixture.day(day))"
                            + "&to=\(fixture.day(day))&trainer=\(trainerID)"
                    )
                    return (body["slots"] as? [[String: Any]] ?? []).compactMap {
                        ($0["start"] as? String)?.dropFirst(11).prefix(5)
                    }.map(String.init)
                }
                #expect(try await times(3) == ["09:00", "13:00"])
                #expect(
                    try await theo.post(
                        "/staff/availability/exceptions", ["day": fixture.day(3).description, "ranges": "15:00-16:00"]
                    ).status == .seeOther)
                #expect(try await times(3) == ["15:00"])
                #expect(
                    try await theo.post(
                        "/staff/availability/time-off",
                        [
                            "fromDate": fixture.day(4).description, "toDate": fixture.day(4).description,
                            "note": "Dentist",
                        ]
                    ).status == .seeOther)
                #expect(try await times(4).isEmpty)
                #expect(
                    try await theo.post(
                        "/staff/availability/time-off",
                        [
                            "fromDate": fixture.day(5).description, "fromTime": "12:00",
                            "toDate": fixture.day(5).description, "toTime": "11:00",
                        ]
                    ).status == .badRequest)
                // A trainer cannot edit someone else's hours; the owner can.
                let owner = try #require(
                    try await StaffMember.query(on: app.db).filter(\.$email == "owner@a.example").first()?.id)
                #expect(try await theo.get("/staff/availability?trainer=\(owner)").status == .notFound)
                let olivia = try await Self.signIn(app, "owner@a.example")
                #expect(try await olivia.get("/staff/availability?trainer=\(trainerID)").body.contains("Theo Trainer"))
            }
        }

        @Test(arguments: TestDatabase.available)
        func theCalendarFeedIsPrivateAndRevocable(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (fixture, _, trainer, _) = try await Self.studios(app)
                #expect(
                    try await fixture.book(
                        "assessment", trainer: try #require(trainer.id?.uuidString.lowercased()),
                        start: fixture.at(5, 9)
                    ).0 == .created)
                let theo = try await Self.signIn(app, "theo@a.example")
                try await theo.get("/staff/availability")
                let created = try await theo.post("/staff/availability/feed", ["action": "create"])
                let first = try #require(Self.feedToken(created.body))
                // Only a fingerprint is stored, and the address is not shown again.
                #expect(
                    try await StaffMember.find(trainer.id, on: app.db)?.calendarTokenHash
                        == SecretToken.fingerprint(first))
                let later = try await theo.get("/staff/availability")
                #expect(!later.body.contains(first) && later.body.contains("Your feed is on"))
                let feed = try await theo.get("/calendar/\(first).ics")
                #expect(
                    feed.status == .ok && feed.body.contains("BEGIN:VEVENT")
                        && feed.body.contains("SUMMARY:Movement assessment: Dana Reyes"))
                let second = try #require(
                    Self.feedToken(try await theo.post("/staff/availability/feed", ["action": "replace"]).body))
                #expect(try await FormClient(app).get("/calendar/\(first).ics").status == .notFound)
                #expect(try await FormClient(app).get("/calendar/\(second).ics").status == .ok)
                #expect(second != first)
                #expect(try await theo.post("/staff/availability/feed", ["action": "off"]).status == .seeOther)
                #expect(try await FormClient(app).get("/calendar/\(second).ics").status == .notFound)
                #expect(try await FormClient(app).get("/calendar/nothing.ics").status == .notFound)
            }
        }

        /// The token in the feed address a page shows once.
        static func feedToken(_ body: String) -> String? {
            body.components(separatedBy: "/calendar/").dropFirst().first?.components(separatedBy: ".ics").first
        }

        @Test(arguments: TestDatabase.available)
        func onlyTheOwnerEditsSessionTypesAndPolicy(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (fixture, _, trainer, _) = try await Self.studios(app)
                let theo = try await Self.signIn(app, "theo@a.example")
                #expect(try await theo.get("/staff/session-types").status == .notFound)
                let olivia = try await Self.signIn(app, "owner@a.example")
                let list = try await olivia.get("/staff/session-types")
                #expect(list.body.contains("Movement assessment"))
                let type = try await fixture.type("re-check")
                let path = "/staff/session-types/\(try type.requireID())"
                try await olivia.get(path)
                var fields = [
                    "name": "Re-check", "slug": "re-check", "summary": "Repeat tests", "price": "$90", "active": "yes",
                    "durationMinutes": "50", "bufferBeforeMinutes": "5", "bufferAfterMinutes": "10",
                    "minimumNoticeMinutes": "12",
                    "horizonDays": "30", "slotStepMinutes": "15",
                    "trainer.\(try #require(trainer.id?.uuidString.lowercased()))": "yes",
                ]
                let bad = try await olivia.post(
                    path, fields.merging(["durationMinutes": "900", "slug": "Re Check"]) { $1 })
                #expect(
                    bad.status == .badRequest && bad.body.contains("Length (minutes): 900")
                        && bad.body.contains("Web address id") == true)
                #expect(try await olivia.post(path, fields).status == .seeOther)
                let saved = try await fixture.type("re-check")
                #expect(saved.durationMinutes == 50 && saved.noticeMinutes == 720 && !saved.allTrainers)
                #expect(
                    try await SessionTypeTrainer.query(on: app.db).filter(\.$sessionType.$id == saved.requireID())
                        .count() == 1)
                fields["slug"] = "assessment"
                #expect(try await olivia.post(path, fields).body.contains("Another session already uses"))
                #expect(
                    try await olivia.post("/staff/session-types/policy", ["windowHours": "500"]).status == .badRequest)
                #expect(
                    try await olivia.post(
                        "/staff/session-types/policy", ["windowHours": "48", "email": "hello@a.example"]
                    ).status == .seeOther)
                let studio = try await Studio.current(on: app.db)
                #expect(
                    studio.cancellationWindowHours == 48 && !studio.consultationWithReferral
                        && studio.email == "hello@a.example")
            }
        }
    }
}
