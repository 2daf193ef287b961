import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    @Suite("Booking API")
    struct BookingAPITests {
        @Test(arguments: TestDatabase.available)
        func sessionTypesListTheStudioDefaults(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let (status, _, list) = try await fixture.call(.GET, "api/v1/session-types")
                #expect(status == .ok)
                #expect(list.map { $0["id"] as? String } == ["free-consult", "assessment", "one-to-one", "re-check"])
                #expect(list.map { $0["durationMinutes"] as? Int } == [20, 75, 60, 45])
                #expect((list.first?["trainers"] as? [[String: Any]])?.first?["name"] as? String == "Maya Ortiz")
            }
        }

        @Test(arguments: TestDatabase.available)
        func availabilityIsInTheAskedZoneWithOffsets(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let maya = try await fixture.trainer("Maya Ortiz", email: "maya@studio.example", hours: "09:00-11:00")
                let day = fixture.day(5).description
                let (status, body, _) = try await fixture.call(
                    .GET, "api/v1/availability?sessionType=one-to-one&from=\(day)&to=\(day)")
                #expect(status == .ok)
                #expect(body["timeZone"] as? String == "America/Los_Angeles")
                let slots = body["slots"] as? [[String: Any]] ?? []
                #expect(
                    slots.map { ($0["start"] as? String ?? "").dropFirst(11).prefix(5) } == ["09:00", "09:30", "10:00"])
                #expect(slots.allSatisfy { $0["trainerId"] as? String == maya.id?.uuidString.lowercased() })
                let start = try #require(slots.first?["start"] as? String)
                #expect(start.hasSuffix("-08:00") || start.hasSuffix("-07:00"))
                // The same instants, seen from Tokyo: the Los Angeles morning is the next evening there.
                let next = fixture.day(6).description
                let (_, tokyo, _) = try await fixture.call(
                    .GET, "api/v1/availability?sessionType=one-to-one&from=\(next)&to=\(next)&tz=Asia/Tokyo")
                let tokyoSlots = tokyo["slots"] as? [[String: Any]] ?? []
                #expect(tokyoSlots.count == 3)
                #expect(tokyoSlots.allSatisfy { ($0["start"] as? String ?? "").hasSuffix("+09:00") })
                #expect(
                    try OffsetTimestamp.parse(tokyoSlots[0]["start"] as? String ?? "") == OffsetTimestamp.parse(start))
            }
        }

        @Test(arguments: TestDatabase.available)
        func cachedAvailabilityFollowsEveryBookingAndRevision(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let maya = try await fixture.trainer("Maya Ortiz", email: "maya@studio.example", hours: "09:00-11:00")
                let day = fixture.day(5).description
                let path = "api/v1/availability?sessionType=one-to-one&from=\(day)&to=\(day)"
                func starts() async throws -> [String] {
                    let (_, body, _) = try await fixture.call(.GET, path)
                    return (body["slots"] as? [[String: Any]] ?? []).compactMap { $0["start"] as? String }
                }
                let before = try await starts()
                #expect(before.count == 3)
                // A booking through the desk raises the revision: the next answer no longer offers its time.
                #expect(
                    try await fixture.book(
                        "one-to-one", trainer: try #require(maya.id?.uuidString.lowercased()), start: before[0]
                    ).0 == .created)
                #expect(try await starts() == [])  // 09:00 holds until 10:10: no later hour fits before 11:00
                // A change written behind the app's back is not seen until the revision goes up…
                try await AvailabilityRule(
                    trainerID: maya.requireID(), weekday: fixture.day(5).weekday,
                    range: try LocalTimeRange(parsing: "14:00-15:00")
                ).create(on: app.db)
                #expect(try await starts() == [])
                // …which every editor does.
                try await DiaryRevision.bump(on: app.db)
                #expect(try await starts().map { String($0.dropFirst(11).prefix(5)) } == ["14:00"])
            }
        }

        @Test(arguments: TestDatabase.available)
        func availabilityRefusesBadQueriesByField(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                for (query, path) in [
                    ("from=2026-12-01&to=2026-12-02", "sessionType"),
                    ("sessionType=yoga&from=2026-12-01&to=2026-12-02", "sessionType"),
                    ("sessionType=assessment&from=2026-13-01&to=2026-12-02", "from"),
                    ("sessionType=assessment&from=2026-12-05&to=2026-12-02", "to"),
                    ("sessionType=assessment&from=2026-01-01&to=2026-12-31", "to"),
                    ("sessionType=assessment&from=2026-12-01&to=2026-12-02&tz=Mars/Olympus", "tz"),
                    ("sessionType=assessment&to=2026-12-02", "from"),
                ] {
                    let (status, body, _) = try await fixture.call(.GET, "api/v1/availability?\(query)")
                    #expect(status == .badRequest, "\(query)")
                    #expect(
                        (body["issues"] as? [[String: Any]])?.contains { $0["path"] as? String == path } == true,
                        "\(query)")
                }
            }
        }

        @Test(arguments: TestDatabase.available)
        func theSecondClientForASlotGetsTheNearestFreeTimes(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let maya = try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let trainer = try #require(maya.id?.uuidString.lowercased())
                let start = fixture.at(4, 10)
                let (first, booked) = try await fixture.book("one-to-one", trainer: trainer, start: start)
                #expect(first == .created)
                #expect(booked["start"] as? String == start)
                #expect((booked["manageUrl"] as? String)?.contains("/bookings/") == true)
                #expect((booked["icsUrl"] as? String)?.contains("/calendar.ics?t=") == true)
                let (second, conflict) = try await fixture.book(
                    "one-to-one", trainer: trainer, start: start, name: "Lee", email: "lee@example.com")
                #expect(second == .conflict)
                let alternatives = conflict["alternatives"] as? [[String: Any]] ?? []
                #expect(alternatives.count == 3)
                // 60 min + 10 min buffer after: 10:00 holds 10:00–11:10, and a 09:00 or 09:30 session would need its
                // own buffer inside that, so the nearest free starts are after it.
                #expect(
                    alternatives.compactMap { ($0["start"] as? String)?.dropFirst(11).prefix(5) } == [
                        "11:30", "12:00", "12:30",
                    ])
                #expect(try await Booking.query(on: app.db).count() == 1)
                let messages = try await OutboxMessage.query(on: app.db).all()
                let confirmation = try #require(messages.first { $0.recipient == "dana@example.com" })
                #expect(confirmation.subject.hasPrefix("Booked: 1:1 session"))
                #expect(confirmation.attachment?.contains("METHOD:REQUEST") == true)
                #expect(confirmation.body.contains("/bookings/"))
                #expect(
                    messages.contains { $0.recipient == "maya@studio.example" && $0.subject.hasPrefix("New booking") })
            }
        }

        @Test(arguments: TestDatabase.available)
        func overlappingTypesOnOneTrainerCannotBothHoldTheTime(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let maya = try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let trainer = try #require(maya.id?.uuidString.lowercased())
                #expect(try await fixture.book("assessment", trainer: trainer, start: fixture.at(6, 9)).0 == .created)
                // The assessment runs 09:00–10:15 plus 15 min: a 1:1 at 10:00 overlaps it.
                #expect(
                    try await fixture.book(
                        "one-to-one", trainer: trainer, start: fixture.at(6, 10), email: "b@example.com"
                    ).0 == .conflict)
                #expect(
                    try await fixture.book(
                        "one-to-one", trainer: trainer, start: fixture.at(6, 10, 30), email: "c@example.com"
                    ).0 == .created)
            }
        }

        @Test(arguments: TestDatabase.available)
        func theDatabaseItselfRefusesAnOverlap(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let maya = try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let type = try await fixture.type("one-to-one")
                let start = try OffsetTimestamp.parse(fixture.at(3, 9))
                let client = BookingClient(
                    name: "A", email: "a@example.com", phone: nil, timeZone: "America/Los_Angeles")
                try await Booking(
                    studioID: fixture.studio.requireID(), sessionType: type, trainerID: maya.requireID(), start: start,
                    client: client, madeBy: .staff, bookedAt: TestClock.now
                ).create(on: app.db)
                // Straight to the table, past every application check.
                let clash = try Booking(
                    studioID: fixture.studio.requireID(), sessionType: type, trainerID: maya.requireID(),
                    start: start.addingTimeInterval(1800), client: client, madeBy: .staff, bookedAt: TestClock.now)
                await #expect(throws: (any Error).self) { try await clash.create(on: app.db) }
                do { try await clash.create(on: app.db) } catch {
                    #expect(NoDoubleBooking.isOverlap(error), "\(String(reflecting: error))")
                }
                // A cancelled booking frees the time.
                let first = try #require(try await Booking.query(on: app.db).first())
                first.status = .cancelled
                try await first.save(on: app.db)
                let retry = try Booking(
                    studioID: fixture.studio.requireID(), sessionType: type, trainerID: maya.requireID(),
                    start: start.addingTimeInterval(1800), client: client, madeBy: .staff, bookedAt: TestClock.now)
                try await retry.create(on: app.db)
                // …and it cannot come back over the new one.
                first.status = .confirmed
                await #expect(throws: (any Error).self) { try await first.save(on: app.db) }
            }
        }

        @Test(arguments: TestDatabase.available)
        func badBookingsAreRefusedByField(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let maya = try await fixture.trainer("Maya Ortiz", email: "maya@studio.example", hours: "09:00-12:00")
                let trainer = try #require(maya.id?.uuidString.lowercased())
                let cases: [(String, String, String, HTTPStatus, String?)] = [
                    ("yoga", trainer, fixture.at(3, 9), .badRequest, "sessionType"),
                    ("one-to-one", "not-a-trainer", fixture.at(3, 9), .badRequest, "trainerId"),
                    ("one-to-one", UUID().uuidString, fixture.at(3, 9), .badRequest, nil),
                    ("one-to-one", trainer, "2026-12-03T09:00:00", .badRequest, "start"),
                    ("one-to-one", trainer, fixture.at(-3, 9), .badRequest, nil),
                    ("one-to-one", trainer, fixture.at(3, 14), .badRequest, nil),
                    ("one-to-one", trainer, fixture.at(3, 9, 10), .badRequest, nil),
                    ("one-to-one", trainer, fixture.at(200, 9), .badRequest, nil),
                    ("assessment", trainer, fixture.at(0, 23), .badRequest, nil),
                ]
                for (type, who, start, expected, path) in cases {
                    let (status, body) = try await fixture.book(type, trainer: who, start: start)
                    #expect(status == expected, "\(type) \(who) \(start): \(body)")
                    if let path {
                        #expect(
                            (body["issues"] as? [[String: Any]])?.contains { $0["path"] as? String == path } == true,
                            "\(body)")
                    }
                    #expect((body["error"] as? String)?.isEmpty == false)
                }
                let (status, body) = try await fixture.book(
                    "one-to-one", trainer: trainer, start: fixture.at(3, 9), name: "", email: "nope")
                #expect(status == .badRequest)
                #expect(
                    Set((body["issues"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }) == [
                        "client.name", "client.email",
                    ])
                let (typeStatus, typeBody, _) = try await fixture.call(.POST, "api/v1/bookings", ["sessionType": 42])
                #expect(typeStatus == .badRequest)
                #expect((typeBody["issues"] as? [[String: Any]])?.first?["path"] as? String == "sessionType")
                #expect(try await Booking.query(on: app.db).count() == 0)
            }
        }

        @Test(arguments: TestDatabase.available)
        func aSignedTokenCancelsAndATamperedOneDoesNot(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let maya = try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let (_, booked) = try await fixture.book(
                    "one-to-one", trainer: try #require(maya.id?.uuidString.lowercased()), start: fixture.at(5, 11))
                let id = try #require(booked["id"] as? String)
                let token = BookingFixture.token(booked)
                var tampered = Array(token)
                tampered[tampered.count - 1] = tampered.last == "A" ? "B" : "A"
                #expect(
                    try await fixture.call(.POST, "api/v1/bookings/\(id)/cancel", ["token": String(tampered)]).0
                        == .forbidden)
                #expect(try await fixture.call(.POST, "api/v1/bookings/\(id)/cancel", [:]).0 == .forbidden)
                #expect(
                    try await fixture.call(.POST, "api/v1/bookings/\(UUID())/cancel", ["token": token]).0 == .notFound)
                let links = try await app.shared.bookingLinkKeys.links(on: app.db)
                let expired = links.token(
                    for: try #require(UUID(uuidString: id)), expires: TestClock.now.addingTimeInterval(-60))
                #expect(try await fixture.call(.POST, "api/v1/bookings/\(id)/cancel", ["token": expired]).0 == .gone)
                let (status, cancelled, _) = try await fixture.call(
                    .POST, "api/v1/bookings/\(id)/cancel", ["token": token, "reason": "Flu"])
                #expect(status == .ok)
                #expect(cancelled["status"] as? String == "cancelled")
                #expect(cancelled["lateCancellation"] as? Bool == false)
                #expect(try await fixture.call(.POST, "api/v1/bookings/\(id)/cancel", ["token": token]).0 == .conflict)
                let message = try #require(
                    try await OutboxMessage.query(on: app.db).filter(\.$subject ~~ "Cancelled:").first())
                #expect(message.attachment?.contains("METHOD:CANCEL") == true)
                #expect(message.attachment?.contains("STATUS:CANCELLED") == true)
                // The slot is free again.
                #expect(
                    try await fixture.book(
                        "one-to-one", trainer: try #require(maya.id?.uuidString.lowercased()), start: fixture.at(5, 11),
                        email: "next@example.com"
                    ).0 == .created)
            }
        }

        @Test(arguments: TestDatabase.available)
        func rescheduleKeepsTheCalendarUIDAndRaisesTheSequence(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let maya = try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let trainer = try #require(maya.id?.uuidString.lowercased())
                let (_, booked) = try await fixture.book("one-to-one", trainer: trainer, start: fixture.at(5, 9))
                #expect(
                    try await fixture.book(
                        "one-to-one", trainer: trainer, start: fixture.at(5, 14), email: "other@example.com"
                    ).0 == .created)
                let id = try #require(booked["id"] as? String)
                let token = BookingFixture.token(booked)
                let before = try #require(try await Booking.find(UUID(uuidString: id), on: app.db))
                let (clash, body, _) = try await fixture.call(
                    .POST, "api/v1/bookings/\(id)/reschedule", ["token": token, "start": fixture.at(5, 14)])
                #expect(clash == .conflict)
                #expect((body["alternatives"] as? [[String: Any]])?.isEmpty == false)
                let (status, moved, _) = try await fixture.call(
                    .POST, "api/v1/bookings/\(id)/reschedule", ["token": token, "start": fixture.at(6, 15)])
                #expect(status == .ok)
                #expect(moved["start"] as? String == fixture.at(6, 15))
                let after = try #require(try await Booking.find(UUID(uuidString: id), on: app.db))
                #expect(after.calendarUID == before.calendarUID)
                #expect(after.sequence == before.sequence + 1)
                let change = try #require(
                    try await OutboxMessage.query(on: app.db).filter(\.$subject ~~ "Moved:").first())
                #expect(change.attachment?.contains("UID:\(before.calendarUID)") == true)
                #expect(change.attachment?.contains("SEQUENCE:1") == true)
                // Moving back into its own old time works: a booking does not block itself.
                #expect(
                    try await fixture.call(
                        .POST, "api/v1/bookings/\(id)/reschedule", ["token": token, "start": fixture.at(6, 15, 30)]
                    ).0 == .ok)
                #expect(
                    try await fixture.call(
                        .POST, "api/v1/bookings/\(id)/reschedule", ["token": token, "start": "soon"]
                    ).0 == .badRequest)
            }
        }

        @Test(arguments: TestDatabase.available)
        func insideTheWindowAClientCancelsLateButCannotMove(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let maya = try await fixture.trainer("Maya Ortiz", email: "maya@studio.example", hours: "00:00-24:00")
                let type = try await fixture.type("free-consult")
                let start = TestClock.now.addingTimeInterval(8 * 3600)
                let desk = BookingDesk(
                    db: app.db, studio: fixture.studio,
                    links: try await app.shared.bookingLinkKeys.links(on: app.db), baseURL: "http://x",
                    now: TestClock.now)
                let booking = try await desk.book(
                    .init(
                        type: type, trainer: .specific(try maya.requireID()), start: start,
                        client: BookingClient(
                            name: "Kim", email: "kim@example.com", phone: nil, timeZone: "Europe/London"),
                        actor: .init(kind: .staff, name: "Maya", outsideHours: true)))
                let id = try booking.requireID().uuidString.lowercased()
                let token = try desk.links.token(for: booking)
                let (moveStatus, moveBody, _) = try await fixture.call(
                    .POST, "api/v1/bookings/\(id)/reschedule", ["token": token, "start": fixture.at(9, 10)])
                #expect(moveStatus == .conflict)
                #expect((moveBody["error"] as? String)?.contains("24 hours") == true)
                let (status, body, _) = try await fixture.call(.POST, "api/v1/bookings/\(id)/cancel", ["token": token])
                #expect(status == .ok)
                #expect(body["lateCancellation"] as? Bool == true)
                // In the client's own zone, with London's offset on that day (GMT in winter, BST in summer).
                #expect(
                    body["start"] as? String
                        == OffsetTimestamp.format(start, in: try #require(TimeZone(identifier: "Europe/London"))))
            }
        }

        @Test(arguments: TestDatabase.available)
        func aRedFlagSelfCheckCanBookOnlyAConsultation(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let maya = try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let screen = try await fixture.completedSelfCheck(redFlags: ["saddleNumbness"])
                let trainer = try #require(maya.id?.uuidString.lowercased())
                let (training, body) = try await fixture.book(
                    "one-to-one", trainer: trainer, start: fixture.at(4, 9), extra: ["selfCheck": screen.token])
                #expect(training == .unprocessableEntity)
                #expect((body["error"] as? String)?.contains("clinician") == true)
                #expect(
                    try await fixture.book(
                        "free-consult", trainer: trainer, start: fixture.at(4, 9), extra: ["selfCheck": screen.token]
                    ).0 == .created)
                #expect(
                    try await fixture.book(
                        "free-consult", trainer: trainer, start: fixture.at(4, 12), extra: ["selfCheck": "x"]
                    ).0 == .badRequest)
            }
        }

        @Test(arguments: TestDatabase.available)
        func rapidBookingsFromOneAddressAreLimited(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                var statuses: [HTTPStatus] = []
                for _ in 0..<22 {
                    statuses.append(
                        try await fixture.book(
                            "yoga", trainer: "any", start: fixture.at(3, 9), forwardedFor: "203.0.113.9"
                        ).0)
                }
                #expect(statuses.prefix(20).allSatisfy { $0 == .badRequest })
                #expect(statuses.suffix(2).allSatisfy { $0 == .tooManyRequests })
                // A header the client writes itself is not believed: a new X-Forwarded-For does not reset the limit.
                #expect(
                    try await fixture.book(
                        "yoga", trainer: "any", start: fixture.at(3, 9), forwardedFor: "198.51.100.77"
                    ).0 == .tooManyRequests)
            }
        }

        @Test(arguments: TestDatabase.available)
        func behindATrustedProxyEachClientHasItsOwnLimit(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                // In-memory test requests have no peer address ("unknown"); here that stands for our own proxy.
                app.storage[SharedServicesKey.self]?.settings.trustedProxies = ["unknown", "10.0.0.2"]
                let fixture = try await BookingFixture.make(app)
                for _ in 0..<20 {
                    _ = try await fixture.book(
                        "yoga", trainer: "any", start: fixture.at(3, 9), forwardedFor: "203.0.113.9, 10.0.0.2")
                }
                #expect(
                    try await fixture.book(
                        "yoga", trainer: "any", start: fixture.at(3, 9), forwardedFor: "203.0.113.9, 10.0.0.2"
                    ).0 == .tooManyRequests)
                // A forged first hop is ignored: the nearest untrusted hop is what our proxy saw.
                #expect(
                    try await fixture.book(
                        "yoga", trainer: "any", start: fixture.at(3, 9), forwardedFor: "1.2.3.4, 203.0.113.9, 10.0.0.2"
                    ).0 == .tooManyRequests)
                #expect(
                    try await fixture.book(
                        "yoga", trainer: "any", start: fixture.at(3, 9), forwardedFor: "203.0.113.10, 10.0.0.2"
                    ).0 == .badRequest)
            }
        }

        @Test(arguments: TestDatabase.available)
        func anyTrainerSharesTheDayAndSkipsTheBusyOne(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let a = try await fixture.trainer("Ana", email: "ana@studio.example")
                let b = try await fixture.trainer("Ben", email: "ben@studio.example")
                let first = try await fixture.book("one-to-one", trainer: "any", start: fixture.at(5, 10))
                let second = try await fixture.book(
                    "one-to-one", trainer: "any", start: fixture.at(5, 10), email: "x@example.com")
                let third = try await fixture.book(
                    "one-to-one", trainer: "any", start: fixture.at(5, 10), email: "y@example.com")
                #expect(first.0 == .created && second.0 == .created && third.0 == .conflict)
                let ids = Set([first.1["trainerId"] as? String, second.1["trainerId"] as? String].compactMap { $0 })
                #expect(ids == Set([a.id, b.id].compactMap { $0?.uuidString.lowercased() }))
            }
        }
    }
}
