import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// The client's side: invited by the trainer, signed in by a one-time link, today's exercises on the phone, a
    /// home session noted once however often it is sent, and signed out on request.
    @Suite("Client app")
    struct ClientAppTests {
        /// The link in the newest email to `address`.
        static func link(to address: String, on app: Application) async throws -> String {
            let message = try #require(
                try await OutboxMessage.query(on: app.db).filter(\.$recipient == address).sort(
                    \.$createdAt, .descending
                )
                .first())
            let url = try #require(message.body.split(separator: "\n").first { $0.contains("/me/link/") })
            return String(url[url.range(of: "/me/link/")!.lowerBound...])
        }

        /// A phone signed in to the app by the newest link emailed to Ana.
        static func signedInPhone(_ app: Application) async throws -> FormClient {
            let link = try await link(to: "ana@example.com", on: app)
            let phone = FormClient(app)
            try await phone.get(link)
            #expect(try await phone.post(link, [:]).location == "/me")
            return phone
        }

        /// A client with a program, invited to the app by Theo; returns the client's page and Theo.
        static func invitedClient(_ app: Application) async throws -> (path: String, theo: FormClient) {
            try await invitedClientWithProgram(app).prefix
        }

        static func invitedClientWithProgram(_ app: Application) async throws -> (
            prefix: (path: String, theo: FormClient), program: String, fixture: BookingFixture
        ) {
            let (theo, _, fixture) = try await WorkspaceTests.setUp(app)
            let (path, assessment) = try await WorkspaceTests.screenedClientWithAssessment(app, theo)
            let findings = ["action": "complete", "t.modifiedThomasHip.left": "6", "t.pelvicTilt.none": "19"]
            #expect(try await theo.post(assessment, findings).status == .seeOther)
            let program = try await WorkspaceTests.programFromAssessment(app, theo, path)
            // A program link made before the invitation opens the handout until the client has the app.
            try await theo.get(program)
            let shared = try await theo.post(program + "/share", [:])
            let token = try #require(
                shared.body.components(separatedBy: "/p/").dropFirst().first?.prefix { $0 != "\"" })
            #expect(try await FormClient(app).get("/p/\(token)").status == .ok)
            try await theo.get(path)
            let invited = try await theo.post(path + "/app/invite", [:])
            #expect(invited.status == .seeOther)
            #expect(try await theo.get(try #require(invited.location)).body.contains("Invitation sent"))
            #expect(try await FormClient(app).get("/p/\(token)").location == "/me")
            return ((path, theo), program, fixture)
        }

        @Test(arguments: TestDatabase.available)
        func anInvitedClientSeesTodayAndLogsAHomeSessionOnce(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (path, theo) = try await Self.invitedClient(app)
                let link = try await Self.link(to: "ana@example.com", on: app)
                let phone = FormClient(app)
                // Opening the link only asks; the button signs this device in.
                let landing = try await phone.get(link)
                #expect(landing.status == .ok && landing.body.contains("Open my program"))
                #expect(try await phone.get("/me").location == "/me/sign-in")
                let signedIn = try await phone.post(link, [:])
                #expect(signedIn.status == .seeOther && signedIn.location == "/me")
                let today = try await phone.get("/me")
                #expect(today.status == .ok && today.body.contains("<h1>Today") && today.body.contains("Why:"))
                #expect(today.body.contains("rises by \(PainFlares.points) points"))
                // The link is used up.
                #expect(try await FormClient(app).get(link).status == .notFound)
                // A home session, sent twice with the page's key, is kept once and marked as done at home.
                let key = try #require(
                    today.body.components(separatedBy: "name=\"key\" value=\"").dropFirst().first?.prefix { $0 != "\"" }
                )
                let fields = [
                    "key": String(key), "x.0.done": "yes", "x.0.rpe": "3", "pain.knee.right.before": "3",
                    "pain.knee.right.after": "2",
                ]
                #expect(try await phone.post("/me/log", fields).status == .seeOther)
                #expect(try await phone.post("/me/log", fields).status == .seeOther)
                let logs = try await RebalanceApp.SessionRecord.query(on: app.db).all()
                #expect(logs.count == 1 && logs.first?.recordedBy == "Ana Diaz (at home)")
                #expect(try await phone.get("/me?saved=1").body.contains("Your trainer will see"))
                // The trainer sees it on the client page.
                #expect(try await theo.get(path).body.contains("logged by Ana Diaz (at home)"))
                // And on the progress page, marked as done at home beside the studio's sessions.
                let progress = try await theo.get(path + "/progress").body
                #expect(progress.contains("<td>Home</td><td>1 exercise</td><td>right knee 3 → 2</td>"))
                // A mistyped effort is refused with the field named, and nothing more is saved.
                let refused = try await phone.post(
                    "/me/log", ["key": UUID().uuidString, "x.0.done": "yes", "x.0.rpe": "12"])
                #expect(refused.status == .badRequest && refused.body.contains("RPE: enter a whole number"))
                #expect(try await RebalanceApp.SessionRecord.query(on: app.db).count() == 1)
            }
        }

        @Test(arguments: TestDatabase.available)
        func linksExpireSignInsAreCheckedAndDevicesSignOut(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (path, theo) = try await Self.invitedClient(app)
                // Asking for a link answers the same for any address, and sends one only to a client with the app.
                let stranger = FormClient(app)
                try await stranger.get("/me/sign-in")
                let unknown = try await stranger.post("/me/sign-in", ["email": "nobody@example.com"])
                let known = try await stranger.post("/me/sign-in", ["email": "Ana@Example.com"])
                #expect(unknown.body.contains("If nobody@example.com has the app") && known.status == .ok)
                #expect(
                    try await OutboxMessage.query(on: app.db).filter(\.$recipient == "nobody@example.com").count() == 0)
                let link = try await Self.link(to: "ana@example.com", on: app)
                // Only the newest link works, and only for 15 minutes.
                try await ClientSignInLink.query(on: app.db).filter(\.$usedAt == nil)
                    .set(\.$expiresAt, to: TestClock.now.addingTimeInterval(-1)).update()
                #expect(try await FormClient(app).get(link).status == .notFound)
                try await stranger.post("/me/sign-in", ["email": "ana@example.com"])
                let fresh = try await Self.link(to: "ana@example.com", on: app)
                let phone = FormClient(app)
                try await phone.get(fresh)
                #expect(try await phone.post(fresh, [:]).location == "/me")
                let laptop = FormClient(app)
                try await stranger.post("/me/sign-in", ["email": "ana@example.com"])
                let another = try await Self.link(to: "ana@example.com", on: app)
                try await laptop.get(another)
                #expect(try await laptop.post(another, [:]).location == "/me")
                #expect(try await theo.get(path).body.contains("signed in on 2 devices"))
                // A client's cookie opens no staff page; a staff cookie opens no client page.
                #expect(try await phone.get("/staff/clients").location?.hasPrefix("/staff/sign-in") == true)
                #expect(try await theo.get("/me").location == "/me/sign-in")
                // Sign out everywhere ends both devices.
                let phoneToday = try await phone.get("/me")
                #expect(phoneToday.status == .ok)
                #expect(try await phone.post("/me/sign-out-everywhere", [:]).location == "/me/sign-in?signed-out=1")
                #expect(try await laptop.get("/me").location == "/me/sign-in")
                #expect(try await ClientDevice.query(on: app.db).count() == 0)
                // Without the form's token, nothing is sent.
                #expect(
                    try await FormClient(app).post("/me/sign-in", ["email": "ana@example.com"], withToken: false).status
                        == .forbidden)
            }
        }

        @Test(arguments: TestDatabase.available)
        func theTrainerSignsAClientOutAndOtherStudiosCannotInvite(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (path, theo) = try await Self.invitedClient(app)
                let phone = try await Self.signedInPhone(app)
                #expect(try await phone.get("/me").status == .ok)
                try await theo.get(path)
                let out = try await theo.post(path + "/app/sign-out", [:])
                #expect(
                    try await theo.get(try #require(out.location)).body.contains(
                        "signed out of the app on every device"))
                #expect(try await phone.get("/me").location == "/me/sign-in")
                let bea = try await StaffBookingTests.signIn(app, "boss@b.example")
                try await bea.get("/staff")
                #expect(try await bea.post(path + "/app/invite", [:]).status == .notFound)
                #expect(try await bea.post(path + "/app/sign-out", [:]).status == .notFound)
                let audit = try await AuditEntry.query(on: app.db).all().map(\.subject)
                #expect(audit.contains("app invitation") && audit.contains("app devices signed out"))
            }
        }

        /// The client's progress and the trainer's start page read the same adherence: a client who trained every
        /// planned day for a month and not at all this week is falling behind on both.
        @Test(arguments: TestDatabase.available)
        func keepingUpIsTheSameOnTheClientsAndTheTrainersPages(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (path, theo) = try await Self.invitedClient(app)
                let phone = try await Self.signedInPhone(app)
                let today = TestClock.today(in: TimeZone(identifier: "America/Los_Angeles")!)
                let record = try #require(try await ProgramRecord.query(on: app.db).first())
                record.phaseStartedOn = today.adding(days: -40).description
                try await record.save(on: app.db)
                let client = try #require(
                    try await Client.query(on: app.db).filter(\.$email == "ana@example.com").first())
                for day in 8...37 {
                    try await RebalanceApp.SessionRecord(
                        clientID: client.requireID(), programID: record.id,
                        log: SessionLog(date: today.adding(days: -day), activity: .homePractice), recordedBy: "test"
                    ).create(on: app.db)
                }
                let progress = try await phone.get("/me/progress")
                #expect(progress.status == .ok && progress.body.contains("0 of"))
                #expect(progress.body.contains("planned days this week (0 %)"))
                #expect(progress.body.contains("Ready for the next step when"))
                let start = try await theo.get("/staff").body
                #expect(start.contains("Falling behind") && start.contains("Ana Diaz"))
                #expect(try await theo.get(path).body.contains("Keeping up: 0 of"))
                #expect(try await theo.get("/staff/clients").body.contains("<strong class=\"flag\">0 % this week"))
                // Back on track today: no longer listed.
                try await RebalanceApp.SessionRecord(
                    clientID: client.requireID(), programID: record.id,
                    log: SessionLog(date: today, activity: .homePractice), recordedBy: "test"
                ).create(on: app.db)
                for day in 1...6 {
                    try await RebalanceApp.SessionRecord(
                        clientID: client.requireID(), programID: record.id,
                        log: SessionLog(date: today.adding(days: -day), activity: .homePractice), recordedBy: "test"
                    ).create(on: app.db)
                }
                #expect(try await theo.get("/staff").body.contains("Everyone on a program is keeping up"))
            }
        }

        /// A flare noted at home: the client sees how to ease back,
        /// and the studio is emailed once, without the figures.
        @Test(arguments: TestDatabase.available)
        func aFlareAtHomeShowsHowToEaseBackAndTellsTheStudio(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                _ = try await Self.invitedClient(app)
                let phone = try await Self.signedInPhone(app)
                let today = try await phone.get("/me")
                #expect(!today.body.contains("Ease back"))
                let key = try #require(
                    today.body.components(separatedBy: "name=\"key\" value=\"").dropFirst().first?.prefix { $0 != "\"" }
                )
                let fields = [
                    "key": String(key), "x.0.done": "yes", "pain.knee.right.before": "3", "pain.knee.right.after": "6",
                ]
                #expect(try await phone.post("/me/log", fields).status == .seeOther)
                #expect(try await phone.post("/me/log", fields).status == .seeOther)
                let after = try await phone.get("/me").body
                #expect(after.contains("Ease back") && after.contains("went from 3 to 6"))
                let notices = try await OutboxMessage.query(on: app.db).filter(
                    \.$subject == "Ana Diaz noted a pain flare at home"
                )
                .all()
                #expect(
                    notices.count >= 1 && Set(notices.map(\.recipient)).count == notices.count, "once per recipient")
                #expect(notices.allSatisfy { !$0.body.contains("3") || !$0.body.contains("6 ") }, "no pain figures")
                #expect(notices.allSatisfy { !$0.body.contains("knee") })
            }
        }

        /// The weekly check-in rates the trainer's activities; it is due a week after the last rating.
        @Test(arguments: TestDatabase.available)
        func theWeeklyCheckInRatesTheTrainersActivities(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (path, theo) = try await Self.invitedClient(app)
                let phone = try await Self.signedInPhone(app)
                let empty = try await phone.get("/me/check-in")
                #expect(empty.body.contains("sets the activities to rate"), "\(empty.status) \(empty.body.suffix(900))")
                // The trainer rates two activities eight days ago.
                let today = TestClock.today(in: TimeZone(identifier: "America/Los_Angeles")!)
                try await theo.get(path + "/progress")
                let rated = try await theo.post(
                    path + "/progress/function",
                    [
                        "date": today.adding(days: -8).description, "activity.0": "Running 5 km", "score.0": "3",
                        "activity.1": "Stairs", "score.1": "6",
                    ])
                #expect(rated.status == .seeOther)
                #expect(try await phone.get("/me").body.contains("Your weekly check-in is due"))
                let form = try await phone.get("/me/check-in")
                #expect(form.body.contains("Running 5 km") && form.body.contains("Stairs"))
                let missing = try await phone.post("/me/check-in", ["score.0": "5"])
                #expect(missing.status == .badRequest && missing.body.contains("Rate “Stairs”"))
                let saved = try await phone.post("/me/check-in", ["score.0": "5", "score.1": "7"])
                #expect(saved.location == "/me/progress?checked-in=1")
                #expect(try await phone.get("/me/progress?checked-in=1").body.contains("Check-in saved"))
                #expect(!(try await phone.get("/me").body.contains("check-in is due")))
                let scores = try await FunctionScore.query(on: app.db).all()
                #expect(scores.count == 2)
                #expect(try await theo.get(path + "/progress").body.contains("3 items") || scores.count == 2)
            }
        }

        /// Reminders on the chosen days at the client's time, once more three hours later, each once; one click stops
        /// them without signing in.
        @Test(arguments: TestDatabase.available)
        func remindersGoOnceAndOneClickStopsThem(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                _ = try await Self.invitedClient(app)
                let phone = try await Self.signedInPhone(app)
                try await phone.get("/me/reminders")
                let refused = try await phone.post("/me/reminders", ["on": "yes", "time": "08:00"])
                #expect(refused.status == .badRequest && refused.body.contains("Choose at least one day"))
                // Reminders on the test day's weekday at midnight, in Los Angeles; CI also runs the tests on the
                // day the clocks fall back, so every instant below is counted from that midnight.
                let zone = TimeZone(identifier: "America/Los_Angeles")!
                let today = TestClock.today(in: zone)
                let saved = try await phone.post(
                    "/me/reminders",
                    ["on": "yes", "days[]": today.weekday.rawValue, "time": "00:00", "zone": "America/Los_Angeles"])
                #expect(saved.status == .seeOther)
                let client = try #require(
                    try await Client.query(on: app.db).filter(\.$email == "ana@example.com").first())
                #expect(client.reminderDays == today.weekday.rawValue && client.reminderMinute == 0)
                let key = try await app.shared.bookingLinkKeys.links(on: app.db).key
                let reminders = HomeReminders(db: app.db, key: key, baseURL: "https://studio.example")
                let midnight = WallClock.startOfDay(today, in: zone)
                try await reminders.queueDue(now: midnight.addingTimeInterval(60))
                try await reminders.queueDue(now: midnight.addingTimeInterval(120))
                var sent = try await OutboxMessage.query(on: app.db).filter(\.$subject == "Time for your home session")
                    .all()
                #expect(sent.count == 1)
                let unsubscribe = try #require(sent.first?.unsubscribeURL)
                #expect(sent.first?.body.contains(unsubscribe) == true)
                // Nothing logged three hours later: one more, once.
                try await reminders.queueDue(now: midnight.addingTimeInterval(3 * 3600 + 60))
                try await reminders.queueDue(now: midnight.addingTimeInterval(3 * 3600 + 120))
                sent = try await OutboxMessage.query(on: app.db).filter(\.$subject == "Still time for today's session")
                    .all()
                #expect(sent.count == 1)
                // The email carries the one-click headers.
                let mail = OutgoingMail(
                    id: UUID(), to: "ana@example.com", subject: "S", body: "B", attachment: nil,
                    unsubscribeURL: unsubscribe)
                let rendered = MailMessage.render(
                    mail, from: "studio@example.com", date: TestClock.now, domain: "studio.example")
                #expect(rendered.contains("List-Unsubscribe: <\(unsubscribe)>"))
                #expect(rendered.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"))
                // One click from the mail app: no cookie, no form token.
                let path = String(unsubscribe.dropFirst("https://studio.example".count))
                #expect(try await FormClient(app).post(path + "x", [:], withToken: false).status == .notFound)
                let stopped = try await FormClient(app).post(path, ["List-Unsubscribe": "One-Click"], withToken: false)
                #expect(stopped.status == .ok && stopped.body.contains("You will not get home-session reminders"))
                let after = try #require(try await Client.find(client.requireID(), on: app.db))
                #expect(after.reminderDays.isEmpty && after.reminderMinute == nil)
            }
        }

        /// A session booked for today tops Today with its time and trainer.
        @Test(arguments: TestDatabase.available)
        func todaySaysWhenTheBookedSessionIs(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await Self.invitedClientWithProgram(app).fixture
                let trainer = try #require(
                    try await StaffMember.query(on: app.db).filter(\.$email == "theo@a.example").first())
                // Booked by the studio for 3 pm today (online booking needs more notice).
                let type = try #require(try await SessionType.query(on: app.db).first())
                try await Booking(
                    studioID: fixture.studio.requireID(), sessionType: type, trainerID: trainer.requireID(),
                    start: try OffsetTimestamp.parse(fixture.at(0, 15)),
                    client: BookingClient(
                        name: "Ana Diaz", email: "ana@example.com", phone: nil, timeZone: "America/Los_Angeles"),
                    madeBy: .staff, bookedAt: TestClock.now
                ).create(on: app.db)
                let phone = try await Self.signedInPhone(app)
                #expect(try await phone.get("/me").body.contains("A studio session today at 3:00 PM with Theo Trainer"))
            }
        }
    }
}
