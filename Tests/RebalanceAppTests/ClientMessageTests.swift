import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// The thread between client and studio: each side writes, the other hears of it by an email that never holds
    /// the text, unread messages and overdue check-ins reach the trainer's start page, and nobody else gets in.
    @Suite("Client messages")
    struct ClientMessageTests {
        @Test(arguments: TestDatabase.available)
        func clientAndTrainerWriteAndEachHearsWithoutTheText(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (path, theo) = try await ClientAppTests.invitedClient(app)
                let phone = try await ClientAppTests.signedInPhone(app)
                #expect(try await phone.get("/me/messages").body.contains("No messages yet"))
                // Nothing written, or too much: refused, and the draft stays on the page.
                #expect(try await phone.post("/me/messages", ["message": "  "]).status == .badRequest)
                let long = String(repeating: "a", count: MessageThread.maxLength + 1)
                let refused = try await phone.post("/me/messages", ["message": long])
                #expect(refused.status == .badRequest && refused.body.contains(long))
                let question = "Knee felt twingy on the step downs.\nShould I skip them tomorrow?"
                #expect(try await phone.post("/me/messages", ["message": question]).location == "/me/messages?sent=1")
                let toStudio = try await OutboxMessage.query(on: app.db).filter(
                    \.$subject == "New message from Ana Diaz"
                )
                .all()
                #expect(toStudio.count == 1)
                #expect(toStudio.allSatisfy { !$0.body.contains("twingy") && $0.body.contains(path + "/messages") })
                // The trainer sees it waiting on the client's page and the start page, then reads and answers.
                #expect(try await theo.get(path).body.contains("<strong>1 new</strong>"))
                #expect(try await theo.get("/staff").body.contains("1 new message"))
                let thread = try await theo.get(path + "/messages")
                #expect(thread.body.contains("Should I skip them tomorrow?") && thread.body.contains("Ana Diaz ·"))
                #expect(!(try await theo.get("/staff").body.contains("1 new message")))
                let answer = try await theo.post(
                    path + "/messages", ["message": "Yes, skip them; we'll look Thursday."])
                #expect(answer.location == path + "/messages?sent=1")
                let toClient = try #require(
                    try await OutboxMessage.query(on: app.db).filter(\.$recipient == "ana@example.com")
                        .filter(\.$subject, .contains(inverse: false, .anywhere), "wrote to you").first())
                #expect(!toClient.body.contains("Thursday") && toClient.body.contains("/me/messages"))
                let unsubscribe = try #require(toClient.unsubscribeURL)
                // The client sees the answer, marked as news on Today until opened.
                #expect(try await phone.get("/me").body.contains("Your trainer wrote to you"))
                let mine = try await phone.get("/me/messages")
                #expect(mine.body.contains("we&#39;ll look Thursday") || mine.body.contains("we'll look Thursday"))
                #expect(mine.body.contains("You ·"))
                #expect(!(try await phone.get("/me").body.contains("Your trainer wrote to you")))
                // One click stops these emails and nothing else; the next answer sends none.
                let stop = String(unsubscribe.dropFirst(app.shared.settings.baseURL.count))
                #expect(try await FormClient(app).post(stop, [:], withToken: false).status == .ok)
                #expect(
                    try await FormClient(app).get(stop.replacingOccurrences(of: "messages/", with: "")).status
                        == .notFound)
                try await theo.get(path + "/messages")
                #expect(try await theo.post(path + "/messages", ["message": "See you then."]).status == .seeOther)
                let emails = try await OutboxMessage.query(on: app.db).filter(\.$recipient == "ana@example.com")
                    .filter(\.$subject, .contains(inverse: false, .anywhere), "wrote to you").count()
                #expect(emails == 1)
                // The thread is part of the client's record export.
                let export = try await theo.get(path + "/export.json")
                #expect(export.body.contains("twingy") && export.body.contains("See you then."))
            }
        }

        @Test(arguments: TestDatabase.available)
        func nobodyElseReadsTheThreadAndOverdueCheckInsReachTheStartPage(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (path, theo) = try await ClientAppTests.invitedClient(app)
                let bea = try await StaffBookingTests.signIn(app, "boss@b.example")
                try await bea.get("/staff")
                #expect(try await bea.get(path + "/messages").status == .notFound)
                #expect(try await bea.post(path + "/messages", ["message": "Hi"]).status == .notFound)
                #expect(try await FormClient(app).get("/me/messages").location == "/me/sign-in")
                #expect(try await ClientMessage.query(on: app.db).count() == 0)
                // The trainer rated activities eleven days ago; the client has not checked in since.
                let today = TestClock.today(in: TimeZone(identifier: "America/Los_Angeles")!)
                try await theo.get(path + "/progress")
                let late = today.adding(days: -(CheckInController.intervalDays + AppAttention.checkInGraceDays + 1))
                let rated = try await theo.post(
                    path + "/progress/function",
                    ["date": late.description, "activity.0": "Running 5 km", "score.0": "3"])
                #expect(rated.status == .seeOther)
                let start = try await theo.get("/staff")
                #expect(start.body.contains("last check-in \(BookingTimeText.day(late))"))
                let phone = try await ClientAppTests.signedInPhone(app)
                #expect(try await phone.post("/me/check-in", ["score.0": "5"]).status == .seeOther)
                #expect(!(try await theo.get("/staff").body.contains("last check-in")))
            }
        }

        /// A few days before the re-check date, one email to book it, with a one-click stop that the Reminders page
        /// can undo.
        @Test(arguments: TestDatabase.available)
        func aRecheckEmailGoesOnceBeforeTheDate(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                _ = try await ClientAppTests.invitedClient(app)
                let phone = try await ClientAppTests.signedInPhone(app)
                let zone = TimeZone(identifier: "America/Los_Angeles")!
                let today = TestClock.today(in: zone)
                let client = try #require(
                    try await Client.query(on: app.db).filter(\.$email == "ana@example.com").first())
                client.recheckDue = today.adding(days: RecheckNotice.daysAhead).description
                try await client.save(on: app.db)
                let key = try await app.shared.bookingLinkKeys.links(on: app.db).key
                let reminders = RecheckReminders(db: app.db, key: key, baseURL: "https://studio.example")
                let morning = WallClock.instant(
                    of: today, minute: RecheckNotice.earliestMinute, in: zone, occurrence: .earliest)
                try await reminders.queueDue(now: morning.addingTimeInterval(-60))
                func sent() async throws -> [OutboxMessage] {
                    try await OutboxMessage.query(on: app.db)
                        .filter(\.$subject, .contains(inverse: false, .anywhere), "re-check is due").all()
                }
                #expect(try await sent().isEmpty)
                try await reminders.queueDue(now: morning)
                try await reminders.queueDue(now: morning.addingTimeInterval(3600))
                let email = try #require(try await sent().first)
                #expect(try await sent().count == 1 && email.body.contains("https://studio.example/book"))
                // One click stops them; the Reminders page turns them on again.
                let stop = String(try #require(email.unsubscribeURL).dropFirst("https://studio.example".count))
                #expect(stop.hasPrefix("/me/unsubscribe/rechecks/"))
                #expect(try await FormClient(app).post(stop, [:], withToken: false).status == .ok)
                let stopped = try #require(try await Client.find(client.requireID(), on: app.db))
                #expect(!stopped.recheckEmails && stopped.messageEmails)
                try await phone.get("/me/reminders")
                #expect(try await phone.post("/me/reminders", ["on": "no", "rechecks": "on"]).status == .seeOther)
                #expect(try await Client.find(client.requireID(), on: app.db)?.recheckEmails == true)
            }
        }

        /// Messages as clients and trainers really write them (`Fixtures/messages.json`, written by someone who had
        /// not seen the code): every one is kept whole, shown escaped paragraph by paragraph on the other side, and
        /// never copied into an email.
        @Test(arguments: TestDatabase.available)
        func messagesAsPeopleWriteThemArriveWholeAndEscaped(_ database: TestDatabase) async throws {
            struct Corpus: Decodable {
                let clientMessages: [String]
                let trainerReplies: [String]
            }
            let url = URL(fileURLWithPath: repositoryRoot + "Tests/RebalanceAppTests/Fixtures/messages.json")
            let corpus = try JSONDecoder().decode(Corpus.self, from: Data(contentsOf: url))
            #expect(corpus.clientMessages.count >= 30 && corpus.trainerReplies.count >= 15)
            func escaped(_ text: String) -> String {
                text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                    .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
                    .replacingOccurrences(of: "'", with: "&#39;")
            }
            try await withApp(database) { app in
                let (path, theo) = try await ClientAppTests.invitedClient(app)
                let phone = try await ClientAppTests.signedInPhone(app)
                for message in corpus.clientMessages {
                    try await phone.get("/me/messages")
                    #expect(
                        try await phone.post("/me/messages", ["message": message]).status == .seeOther, "\(message)")
                }
                for reply in corpus.trainerReplies {
                    try await theo.get(path + "/messages")
                    #expect(try await theo.post(path + "/messages", ["message": reply]).status == .seeOther, "\(reply)")
                }
                let kept = try await ClientMessage.query(on: app.db).sort(\.$createdAt).all().map(\.body)
                let trimmed = (corpus.clientMessages + corpus.trainerReplies).map {
                    $0.trimmingCharacters(in: .whitespacesAndNewlines)
                }
                #expect(Set(kept) == Set(trimmed))
                let studioSide = try await theo.get(path + "/messages").body
                let clientSide = try await phone.get("/me/messages").body
                for (text, page) in corpus.clientMessages.map({ ($0, studioSide) })
                    + corpus.trainerReplies.map({ ($0, clientSide) })
                {
                    for line in text.components(separatedBy: "\n")
                    where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                        let shown = "<p>\(escaped(line.trimmingCharacters(in: .whitespaces)))</p>"
                        #expect(page.contains(shown), "not shown as written: \(line)")
                    }
                }
                #expect(!studioSide.contains("<3"))
                // One email per batch of unread messages, and none carries a message's words.
                let toStudio = try await OutboxMessage.query(on: app.db)
                    .filter(\.$subject == "New message from Ana Diaz").count()
                #expect(toStudio == 1)
                let emails = try await OutboxMessage.query(on: app.db).all().map(\.body)
                for text in corpus.clientMessages + corpus.trainerReplies where text.count > 12 {
                    #expect(!emails.contains { $0.contains(text) }, "\(text)")
                }
            }
        }
    }
}
