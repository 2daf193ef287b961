import Fluent
import Foundation
import Logging
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

/// Remembers every delivery; optionally fails them.
actor RecordingTransport: MailTransport {
    private(set) var delivered: [OutgoingMail] = []
    var failing = false

    func setFailing(_ value: Bool) { failing = value }

    func deliver(_ mail: OutgoingMail) async throws {
        if failing { throw SMTPTransport.Refusal(step: "RCPT TO", reply: "550 mailbox unavailable") }
        // A little time on the wire, so concurrent workers really overlap.
        try await Task.sleep(for: .milliseconds(2))
        delivered.append(mail)
    }
}

extension HTTPTests {
    @Suite("Outbox delivery, reminders and SMTP")
    struct OutboxTests {
        static let logger = Logger(label: "test")

        @Test(arguments: TestDatabase.available)
        func twoInstancesDeliverEveryMessageExactlyOnce(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                for index in 0..<40 {
                    try await OutboxMessage(
                        recipient: "c\(index)@example.com", subject: "Hello \(index)", body: "Body", now: TestClock.now
                    ).create(on: app.db)
                }
                let transport = RecordingTransport()
                let a = OutboxDelivery(db: app.db, transport: transport, owner: "instance-a", logger: Self.logger)
                let b = OutboxDelivery(db: app.db, transport: transport, owner: "instance-b", logger: Self.logger)
                async let first = Self.drain(a)
                async let second = Self.drain(b)
                let total = try await first + second
                #expect(total == 40)
                let delivered = await transport.delivered
                #expect(delivered.count == 40)
                #expect(Set(delivered.map(\.id)).count == 40)
                #expect(try await OutboxMessage.query(on: app.db).filter(\.$sentAt == nil).count() == 0)
                #expect(try await a.deliverDue(now: TestClock.now) == 0)
            }
        }

        static func drain(_ delivery: OutboxDelivery) async throws -> Int {
            var total = 0
            while true {
                let sent = try await delivery.deliverDue(now: TestClock.now, limit: 5)
                if sent == 0 { return total }
                total += sent
            }
        }

        @Test(arguments: TestDatabase.available)
        func failuresWaitLongerEachTimeAndFinallyStop(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let message = OutboxMessage(
                    recipient: "gone@example.com", subject: "Hi", body: "Body", now: TestClock.now)
                try await message.create(on: app.db)
                let transport = RecordingTransport()
                await transport.setFailing(true)
                let delivery = OutboxDelivery(db: app.db, transport: transport, owner: "a", logger: Self.logger)
                var now = TestClock.now
                #expect(try await delivery.deliverDue(now: now) == 0)
                var stored = try #require(try await OutboxMessage.find(message.id, on: app.db))
                #expect(stored.attempts == 1 && stored.sentAt == nil && stored.lastError?.contains("550") == true)
                let next = try #require(stored.nextAttemptAt)
                #expect(next > now.addingTimeInterval(20))
                // Not due yet: nothing is tried.
                #expect(try await delivery.deliverDue(now: now.addingTimeInterval(5)) == 0)
                #expect(try await OutboxMessage.find(message.id, on: app.db)?.attempts == 1)
                for _ in 2...OutboxDelivery.maximumAttempts {
                    now = now.addingTimeInterval(7200)
                    _ = try await delivery.deliverDue(now: now)
                }
                stored = try #require(try await OutboxMessage.find(message.id, on: app.db))
                #expect(
                    stored.attempts == OutboxDelivery.maximumAttempts && stored.failedAt != nil && stored.sentAt == nil)
                await transport.setFailing(false)
                #expect(try await delivery.deliverDue(now: now.addingTimeInterval(99_999)) == 0)
                #expect(
                    OutboxDelivery.backoff(afterAttempts: 1) == 30 && OutboxDelivery.backoff(afterAttempts: 3) == 120)
                #expect(OutboxDelivery.backoff(afterAttempts: 20) == 3600)
            }
        }

        @Test(arguments: TestDatabase.available)
        func aLeaseLeftByACrashedInstanceExpires(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let message = OutboxMessage(recipient: "a@example.com", subject: "Hi", body: "Body", now: TestClock.now)
                message.leaseOwner = "crashed"
                message.leaseUntil = TestClock.now.addingTimeInterval(60)
                try await message.create(on: app.db)
                let transport = RecordingTransport()
                let delivery = OutboxDelivery(db: app.db, transport: transport, owner: "b", logger: Self.logger)
                #expect(try await delivery.deliverDue(now: TestClock.now) == 0)
                #expect(try await delivery.deliverDue(now: TestClock.now.addingTimeInterval(61)) == 1)
                #expect(await transport.delivered.map(\.to) == ["a@example.com"])
            }
        }

        @Test(arguments: TestDatabase.available)
        func aStoppingInstanceGivesItsLeasesBackUncounted(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let held = OutboxMessage(recipient: "a@example.com", subject: "Hi", body: "Body", now: TestClock.now)
                held.leaseOwner = "stopping"
                held.leaseUntil = TestClock.now.addingTimeInterval(60)
                try await held.create(on: app.db)
                let other = OutboxMessage(recipient: "b@example.com", subject: "Hi", body: "Body", now: TestClock.now)
                other.leaseOwner = "still-running"
                other.leaseUntil = TestClock.now.addingTimeInterval(60)
                try await other.create(on: app.db)
                let transport = RecordingTransport()
                try await OutboxDelivery(db: app.db, transport: transport, owner: "stopping", logger: Self.logger)
                    .releaseLeases()
                // Another instance sends it at once, not a minute later, and no attempt was counted.
                let next = OutboxDelivery(db: app.db, transport: transport, owner: "next", logger: Self.logger)
                #expect(try await next.deliverDue(now: TestClock.now) == 1)
                #expect(await transport.delivered.map(\.to) == ["a@example.com"])
                #expect(try await OutboxMessage.find(held.id, on: app.db)?.attempts == 1)
            }
        }

        @Test(arguments: TestDatabase.available)
        func remindersGoOutOnceADayBefore(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let maya = try await fixture.trainer("Maya", email: "maya@studio.example", hours: "00:00-24:00")
                let type = try await fixture.type("one-to-one")
                let links = try await app.shared.bookingLinkKeys.links(on: app.db)
                let desk = BookingDesk(
                    db: app.db, studio: fixture.studio, links: links, baseURL: "http://x", now: TestClock.now)
                func book(_ hours: Double, _ email: String) async throws -> Booking {
                    try await desk.book(
                        .init(
                            type: type, trainer: .specific(try maya.requireID()),
                            start: TestClock.now.addingTimeInterval(hours * 3600),
                            client: BookingClient(
                                name: email, email: email, phone: nil, timeZone: "America/Los_Angeles"),
                            actor: .init(kind: .staff, name: "Maya", outsideHours: true)))
                }
                let soon = try await book(20, "soon@example.com")
                let later = try await book(50, "later@example.com")
                let lastMinute = try await book(10, "last@example.com")
                // "soon" was booked days ago; "last" only now, ten hours ahead.
                try await Booking.query(on: app.db).filter(\.$id == soon.requireID()).set(
                    \.$createdAt, to: TestClock.now.addingTimeInterval(-3 * 86_400)
                ).update()
                let reminders = BookingReminders(db: app.db, links: links, baseURL: "http://x")
                // "last" is due too, but its confirmation went out moments ago: claimed, no second email.
                #expect(try await reminders.queueDue(now: TestClock.now) == 1)
                #expect(try await reminders.queueDue(now: TestClock.now) == 0)
                #expect(try await Booking.find(lastMinute.id, on: app.db)?.reminderQueuedAt != nil)
                #expect(try await reminders.queueDue(now: TestClock.now.addingTimeInterval(30 * 3600)) == 1)
                let subjects = try await OutboxMessage.query(on: app.db).filter(\.$subject ~~ "Tomorrow").all().map(
                    \.recipient
                ).sorted()
                #expect(subjects == ["later@example.com", "soon@example.com"])
                // A moved booking is reminded again for its new time; a cancelled one never.
                _ = try await desk.cancel(later, actor: .init(kind: .staff, name: "Maya"), reason: "")
                #expect(try await reminders.queueDue(now: TestClock.now.addingTimeInterval(49 * 3600)) == 0)
            }
        }

        @Test func smtpDeliversAMultipartMessageWithTheCalendar() async throws {
            let server = FakeSMTPServer()
            let port = try await server.start()
            let transport = try SMTPTransport(
                url: "smtp://studio%40example.com:s3cret@127.0.0.1:\(port)",
                from: "Rebalance <bookings@studio.example>", logger: Self.logger)
            let ics = CalendarFile(method: .request, events: []).render()
            let mail = OutgoingMail(
                id: UUID(), to: "dana@example.com", subject: "Booked: assessment — Thursday",
                body: "Hello Dana,\n.\nA line starting with a dot.",
                attachment: .init(name: "session.ics", contentType: "text/calendar; method=REQUEST", content: ics))
            try await transport.deliver(mail)
            await server.stop()
            let received = try #require(server.received.first)
            #expect(received.from == "<bookings@studio.example>" && received.to == ["<dana@example.com>"])
            #expect(
                received.auth.flatMap { Data(base64Encoded: $0) }.map { String(decoding: $0, as: UTF8.self) }
                    == "\0studio@example.com\0s3cret")
            #expect(received.data.contains("Subject: =?UTF-8?B?"))
            #expect(received.data.contains("Content-Type: multipart/mixed"))
            #expect(received.data.contains("Content-Type: text/calendar; method=REQUEST; name=\"session.ics\""))
            let body = received.data.components(separatedBy: "\r\n\r\n")
            #expect(body.count >= 3)
            let text = try #require(
                received.data.components(separatedBy: "Content-Transfer-Encoding: base64\r\n\r\n").dropFirst().first?
                    .components(separatedBy: "\r\n--").first)
            #expect(
                Data(base64Encoded: text.replacingOccurrences(of: "\r\n", with: "")).map {
                    String(decoding: $0, as: UTF8.self)
                } == mail.body)
        }

        @Test func smtpRefusalsAreErrorsTheOutboxRetries() async throws {
            let server = FakeSMTPServer(rejectRecipients: true)
            let port = try await server.start()
            let transport = try SMTPTransport(
                url: "smtp://127.0.0.1:\(port)", from: "bookings@studio.example", logger: Self.logger)
            await #expect(throws: SMTPTransport.Refusal.self) {
                try await transport.deliver(
                    OutgoingMail(id: UUID(), to: "x@example.com", subject: "S", body: "B", attachment: nil))
            }
            await server.stop()
            #expect(throws: SettingsError.self) {
                try SMTPTransport(url: "http://mail.example.com", from: "a@b.c", logger: Self.logger)
            }
        }
    }
}
