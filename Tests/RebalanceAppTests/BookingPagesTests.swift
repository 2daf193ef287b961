import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    @Suite("Public booking pages")
    struct BookingPagesTests {
        /// "no" to every health and warning-sign question, as the booking form asks them.
        static func healthFields(_ app: Application, yes: [String] = []) -> [String: String] {
            var fields: [String: String] = [:]
            for question in app.shared.knowledge.safety.healthQuestions { fields["health.\(question.id)"] = "no" }
            for flag in app.shared.knowledge.safety.redFlags {
                fields["flag.\(flag.id)"] = yes.contains(flag.id.rawValue) ? "yes" : "no"
            }
            return fields
        }

        /// The first time offered on the slots page, as its details link.
        static func firstTime(_ page: String) throws -> String {
            let marker = "href=\""
            let links = page.components(separatedBy: marker).dropFirst().map { String($0.prefix { $0 != "\"" }) }
            return try #require(links.first { $0.contains("/details?start=") }).replacingOccurrences(
                of: "&amp;", with: "&")
        }

        @Test(arguments: TestDatabase.available)
        func aNewClientBooksWithoutJavaScriptAndManagesTheBooking(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let client = FormClient(app)
                let types = try await client.get("/book")
                #expect(
                    types.status == .ok && types.body.contains("Movement assessment")
                        && types.body.contains("href=\"/book/one-to-one\""))
                let trainers = try await client.get("/book/one-to-one")
                #expect(trainers.body.contains("Any available trainer") && trainers.body.contains("Maya Ortiz"))
                let day = fixture.day(3)
                let slots = try await client.get("/book/one-to-one/any?date=\(day)")
                #expect(slots.status == .ok)
                #expect(slots.body.contains("aria-current=\"date\""))
                #expect(slots.body.contains("<caption class=\"visually-hidden\">"))
                let details = try Self.firstTime(slots.body)
                #expect(details.contains("start=\(day)T09%3A00%3A00"))
                let form = try await client.get(details)
                #expect(form.status == .ok && form.body.contains("Health questions"))
                let path = String(details.prefix { $0 != "?" })
                let start = try #require(
                    URLComponents(string: details)?.queryItems?.first { $0.name == "start" }?.value)
                // Missing consent and a bad email: both explained, the typed name kept, nothing booked.
                let bad = try await client.post(
                    path,
                    ["start": start, "name": "Dana <b>Reyes</b>", "email": "dana@"].merging(Self.healthFields(app)) {
                        $1
                    })
                #expect(bad.status == .badRequest)
                #expect(bad.body.contains("Enter an email address") && bad.body.contains("cancellation policy"))
                #expect(bad.body.contains("value=\"Dana &lt;b&gt;Reyes&lt;/b&gt;\""))
                #expect(try await Booking.query(on: app.db).count() == 0)
                let booked = try await client.post(
                    path,
                    ["start": start, "name": "Dana Reyes", "email": "dana@example.com", "policy": "yes"].merging(
                        Self.healthFields(app)
                    ) { $1 })
                #expect(booked.status == .seeOther)
                let manage = try #require(booked.location)
                #expect(manage.hasPrefix("/bookings/") && manage.hasSuffix("&new=1"))
                let page = try await client.get(manage)
                #expect(page.body.contains("You are booked") && page.body.contains("Maya Ortiz"))
                let booking = try #require(try await Booking.query(on: app.db).first())
                #expect(booking.clientEmail == "dana@example.com")
                #expect(booking.healthAnswers.contains("\"redFlags\":[]"))
                // The client became a lead marked booked, for the trainer's inbox.
                let lead = try #require(try await Lead.query(on: app.db).filter(\.$email == "dana@example.com").first())
                #expect(lead.status == .booked && booking.$lead.id == lead.id)
                // The calendar file downloads.
                let token = try #require(manage.components(separatedBy: "?t=").last?.components(separatedBy: "&").first)
                let id = try booking.requireID().uuidString.lowercased()
                var ics = ""
                try await app.testing().test(.GET, "/bookings/\(id)/calendar.ics?t=\(token)") { res in
                    #expect(res.status == .ok)
                    #expect(res.headers.contentType?.subType == "calendar")
                    ics = res.body.string
                }
                #expect(ics.contains("UID:\(booking.calendarUID)") && ics.contains("METHOD:PUBLISH"))
                // Cancel through the form; without the CSRF token nothing happens.
                let expired = try await client.post("/bookings/\(id)/cancel", ["t": token], withToken: false)
                #expect(expired.status == .forbidden && expired.body.contains("This form has expired"))
                let cancelled = try await client.post("/bookings/\(id)/cancel", ["t": token, "reason": "Travelling"])
                #expect(cancelled.status == .seeOther)
                #expect(try await client.get(try #require(cancelled.location)).body.contains("<h1>Cancelled</h1>"))
                #expect(try await Booking.find(booking.id, on: app.db)?.status == .cancelled)
                // The lead no longer reads "Booked": it is new again, for the studio to call.
                #expect(try await Lead.find(lead.id, on: app.db)?.status == .new)
            }
        }

        @Test(arguments: TestDatabase.available)
        func aWarningSignWhileBookingStopsTrainingButAllowsAConsultation(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let client = FormClient(app)
                let health = Self.healthFields(app, yes: ["chestPainOnExertion"])
                for (slug, expected) in [("one-to-one", HTTPStatus.unprocessableEntity), ("free-consult", .seeOther)] {
                    let slots = try await client.get("/book/\(slug)/any?date=\(fixture.day(4))")
                    let details = try Self.firstTime(slots.body)
                    let start = try #require(
                        URLComponents(string: details)?.queryItems?.first { $0.name == "start" }?.value)
                    try await client.get(details)
                    let result = try await client.post(
                        String(details.prefix { $0 != "?" }),
                        ["start": start, "name": "Sam", "email": "sam@example.com", "policy": "yes"].merging(health) {
                            $1
                        })
                    #expect(result.status == expected, "\(slug)")
                    if expected == .unprocessableEntity {
                        #expect(
                            result.body.contains("Please see a clinician first")
                                && result.body.contains("Nothing has been booked"))
                        #expect(result.body.contains("/book/free-consult"))
                    }
                }
                let bookings = try await Booking.query(on: app.db).with(\.$sessionType).all()
                #expect(bookings.map(\.sessionType.slug) == ["free-consult"])
            }
        }

        @Test(arguments: TestDatabase.available)
        func aRedFlagSelfCheckSeesTheReferralAndOnlyTheConsultation(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let screen = try await fixture.completedSelfCheck(redFlags: ["saddleNumbness"])
                let page = try await FormClient(app).get("/book?check=\(screen.token)")
                #expect(page.body.contains("Please see a clinician before you train"))
                #expect(page.body.contains("href=\"/book/free-consult?check=\(screen.token)\""))
                #expect(!page.body.contains("href=\"/book/one-to-one"))
                #expect(page.body.contains("Not until a clinician has seen you."))
            }
        }

        @Test(arguments: TestDatabase.available)
        func losingTheRaceShowsTheNearestFreeTimes(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let maya = try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let trainer = try #require(maya.id?.uuidString.lowercased())
                let (first, second) = (FormClient(app), FormClient(app))
                let slotsPath = "/book/one-to-one/\(trainer)?date=\(fixture.day(5))"
                let details = try Self.firstTime(try await first.get(slotsPath).body)
                try await second.get(slotsPath)
                try await first.get(details)
                try await second.get(details)
                let start = try #require(
                    URLComponents(string: details)?.queryItems?.first { $0.name == "start" }?.value)
                let path = String(details.prefix { $0 != "?" })
                let fields = ["start": start, "name": "A", "email": "a@example.com", "policy": "yes"].merging(
                    Self.healthFields(app)
                ) { $1 }
                #expect(try await first.post(path, fields).status == .seeOther)
                let lost = try await second.post(path, fields.merging(["email": "b@example.com"]) { $1 })
                #expect(lost.status == .conflict)
                #expect(lost.body.contains("That time has just been taken"))
                #expect(lost.body.contains("/details?start="))
                #expect(try await Booking.query(on: app.db).count() == 1)
            }
        }

        @Test(arguments: TestDatabase.available)
        func aClientMovesTheirSessionAndBadLinksExplainThemselves(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let maya = try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let (_, booked) = try await fixture.book(
                    "one-to-one", trainer: try #require(maya.id?.uuidString.lowercased()), start: fixture.at(6, 10))
                let id = try #require(booked["id"] as? String)
                let token = BookingFixture.token(booked)
                let client = FormClient(app)
                let choices = try await client.get("/bookings/\(id)/move?t=\(token)&date=\(fixture.day(7))")
                #expect(choices.status == .ok && choices.body.contains("Choose a new day and time"))
                let confirm = try await client.get(
                    "/bookings/\(id)/move/confirm?t=\(token)&start=\(BookingTrail.encode(fixture.at(7, 11)))")
                #expect(confirm.body.contains("Move my session"))
                let moved = try await client.post("/bookings/\(id)/move", ["t": token, "start": fixture.at(7, 11)])
                #expect(moved.status == .seeOther && moved.location?.hasSuffix("&moved=1") == true)
                #expect(try await client.get(try #require(moved.location)).body.contains("Your session has moved"))
                #expect(
                    try await Booking.find(UUID(uuidString: id), on: app.db)?.startsAt
                        == (try OffsetTimestamp.parse(fixture.at(7, 11))))
                var forged = token
                forged.removeLast()
                let refused = try await client.get("/bookings/\(id)?t=\(forged)x")
                #expect(
                    refused.status == .forbidden && refused.body.contains("This link is not valid")
                        && !refused.body.contains("form has expired"))
                let links = try await app.shared.bookingLinkKeys.links(on: app.db)
                let old = links.token(
                    for: try #require(UUID(uuidString: id)), expires: TestClock.now.addingTimeInterval(-1))
                let expired = try await client.get("/bookings/\(id)?t=\(old)")
                #expect(expired.status == .gone && expired.body.contains("expired"))
                #expect(try await client.get("/bookings/\(UUID())?t=\(token)").status == .notFound)
                #expect(try await client.get("/book/yoga").status == .notFound)
                #expect(try await client.get("/book/one-to-one/\(UUID())").status == .notFound)
            }
        }
    }
}
