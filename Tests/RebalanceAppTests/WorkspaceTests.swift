import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    @Suite("Trainer workspace")
    struct WorkspaceTests {
        /// Studio A with a trainer (Theo), studio B with its own owner (Bea); Theo signed in.
        static func setUp(_ app: Application) async throws -> (
            theo: FormClient, bea: FormClient, fixture: BookingFixture
        ) {
            let (fixture, _, _, _) = try await StaffBookingTests.studios(app)
            return (
                try await StaffBookingTests.signIn(app, "theo@a.example"),
                try await StaffBookingTests.signIn(app, "boss@b.example"), fixture
            )
        }

        static let profile = [
            "name": "Ana Diaz", "email": "Ana@Example.com", "dateOfBirth": "1985-04-02", "sex": "female",
            "sessionsPerWeek": "2", "minutesPerSession": "45", "level": "2", "setting": "studio",
            "pain.knee": "yes", "pain.knee.side": "right", "pain.knee.nprs": "4", "goals": "Run without knee pain",
        ]

        /// Creates a client through the form and returns its page path.
        static func client(_ theo: FormClient, _ fields: [String: String] = profile) async throws -> String {
            try await theo.get("/staff/clients/new")
            let created = try await theo.post("/staff/clients/new", fields)
            #expect(created.status == .seeOther)
            return try #require(created.location)
        }

        static func healthNo(_ app: Application) -> [String: String] { BookingPagesTests.healthFields(app) }

        /// A client created through the form, screened with every answer "no", with an assessment started and its
        /// form open: returns the client's path and the assessment's.
        static func screenedClientWithAssessment(
            _ app: Application, _ theo: FormClient, _ fields: [String: String] = profile
        ) async throws -> (client: String, assessment: String) {
            let path = try await client(theo, fields)
            try await theo.get(path + "/screen")
            #expect(try await theo.post(path + "/screen", healthNo(app)).status == .ok)
            let started = try await theo.post(path + "/assessments", [:])
            let assessment = try #require(started.location)
            try await theo.get(assessment)
            return (path, assessment)
        }

        /// Builds the program from the client's completed assessment and returns its path.
        static func programFromAssessment(_ app: Application, _ theo: FormClient, _ path: String) async throws -> String
        {
            let record = try #require(
                try await AssessmentRecord.query(on: app.db).filter(\.$status == .complete).first())
            return try #require(
                try await theo.post(path + "/programs", ["assessment": try record.requireID().uuidString]).location)
        }

        @Test(arguments: TestDatabase.available)
        func aClientGoesFromScreenToProgramToProgress(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, fixture) = try await Self.setUp(app)
                let path = try await Self.client(theo)
                #expect(try await theo.get(path).body.contains("Ana Diaz"))
                // Health screen: all no, normal blood pressure.
                try await theo.get(path + "/screen")
                let screen = try await theo.post(
                    path + "/screen", Self.healthNo(app).merging(["systolic": "124", "diastolic": "78"]) { $1 })
                #expect(screen.status == .ok && !screen.body.contains("Refer to a clinician before"))
                // Assessment: a draft with a bad value keeps what was typed; then completed.
                try await theo.get(path)
                let started = try await theo.post(path + "/assessments", [:])
                let assessment = try #require(started.location)
                let form = try await theo.get(assessment)
                let source = try #require(app.shared.knowledge.testsByID["kneeToWall"]?.norm.source)
                #expect(form.body.contains("Hip mobility") && form.body.contains(source))
                let bad = try await theo.post(
                    assessment,
                    [
                        "action": "draft", "t.kneeToWall.left": "7", "t.hipInternalRotation.left": "lots",
                        "t.pelvicTilt.none": "95",
                    ])
                #expect(
                    bad.status == .badRequest && bad.body.contains("value=\"lots\"")
                        && bad.body.contains("outside -30…45"))
                let draft = try await theo.post(
                    assessment, ["action": "draft", "t.kneeToWall.left": "7", "t.kneeToWall.right": "12"])
                #expect(draft.location?.hasSuffix("?saved=1") == true)
                #expect(try await theo.get(assessment).body.contains("✗ outside norm"))
                let findings = [
                    "t.kneeToWall.left": "7", "t.kneeToWall.right": "12", "t.singleLegSquatFPPA.right": "17",
                    "squat.kneesValgus.right": "yes", "t.trendelenburg.right": "positive",
                ]
                let done = try await theo.post(assessment, findings.merging(["action": "complete"]) { $1 })
                let result = try await theo.get(try #require(done.location))
                #expect(
                    result.body.contains("Dynamic knee valgus") && result.body.contains("<svg class=\"body-diagram\""))
                #expect(result.body.contains("For Ana Diaz, in plain words"))
                let client = try #require(
                    try await Client.query(on: app.db).filter(\.$email == "ana@example.com").first())
                #expect(CalendarDay(client.recheckDue) != nil)
                // The page is cached per client revision: a change to the client shows at once.
                try await theo.get(path + "/edit")
                #expect(
                    try await theo.post(
                        path + "/edit",
                        Self.profile.merging(["name": "Ana Diaz-Ruiz", "recheckDue": client.recheckDue]) { $1 }
                    ).status == .seeOther)
                #expect(
                    try await theo.get(try #require(done.location)).body.contains("For Ana Diaz-Ruiz, in plain words"))
                // Program: generate, then swap an exercise for its regression with a reason, and move one.
                let record = try #require(
                    try await AssessmentRecord.query(on: app.db).filter(\.$status == .complete).first())
                let generated = try await theo.post(
                    path + "/programs", ["assessment": try record.requireID().uuidString])
                let programPath = try #require(generated.location)
                let builder = try await theo.get(programPath)
                #expect(builder.body.contains("Phase 1: Reposition") && builder.body.contains("Version 1"))
                let swapOption = try #require(
                    builder.body.components(separatedBy: "name=\"to\"><option value=\"").dropFirst().first?.prefix {
                        $0 != "\""
                    })
                let swapped = try await theo.post(
                    programPath + "/edit",
                    [
                        "phase": "reposition", "index": "0", "action": "swap", "to": String(swapOption),
                        "reason": "knee sore",
                    ])
                #expect(swapped.status == .seeOther)
                #expect(
                    try await theo.post(programPath + "/edit", ["phase": "reposition", "index": "0", "action": "up"])
                        .status == .badRequest)
                #expect(
                    try await theo.post(
                        programPath + "/edit",
                        [
                            "phase": "reposition", "index": "0", "action": "dose", "sets": "0", "rest": "30",
                            "effort": "easy", "reps": "8",
                        ]
                    ).status == .badRequest)
                let versions = try await ProgramVersion.query(on: app.db).sort(\.$number).all()
                #expect(
                    versions.map(\.number) == [1, 2] && versions[1].change.hasSuffix("because knee sore")
                        && versions[1].changedBy == "Theo Trainer")
                let handoutPage = try await theo.get(programPath + "/handout")
                let handout = handoutPage.body
                #expect(handout.contains("<!DOCTYPE html>"))
                // Its one inline style is the one the security policy allows by hash, so it prints styled.
                let style = try #require(
                    handout.components(separatedBy: "<style>").dropFirst().first?.components(separatedBy: "</style>")
                        .first)
                let hash = Data(SHA256.hash(data: Data(style.utf8))).base64EncodedString()
                #expect(
                    handoutPage.headers.first(name: "Content-Security-Policy")?.contains("'sha256-\(hash)'") == true)
                // Reasons in the client's words, never the trainer's pattern names.
                #expect(handout.contains("which tends to") && !handout.contains("overactive in"))
                // Whom to call, how to read a dose, and when to stop: the flare rule's own number.
                let studioName = try #require(try await Studio.query(on: app.db).first()).name
                #expect(handout.contains("<strong>\(HTMLText.escape(studioName))</strong>"))
                #expect(
                    handout.contains("How to read your program")
                        && handout.contains("rises by \(PainFlares.points) points"))
                // The client's link: made on request, shown once, stored as a fingerprint, replaced by a new one.
                #expect(builder.body.contains("Make a link for the client"))
                let shared = try await theo.post(programPath + "/share", [:])
                let link = try #require(
                    shared.body.components(separatedBy: "/p/").dropFirst().first?.prefix { $0 != "\"" })
                #expect(try await FormClient(app).get("/p/\(link)").status == .ok)
                let program = try #require(try await ProgramRecord.query(on: app.db).first())
                #expect(program.shareTokenHash == SecretToken.fingerprint(String(link)))
                #expect(!(try await theo.get(programPath).body.contains(String(link))))
                #expect(try await theo.post(programPath + "/share", [:]).status == .ok)
                #expect(try await FormClient(app).get("/p/\(link)").status == .notFound)
                // Criteria are not met on day one: moving on needs the override.
                #expect(try await theo.post(programPath + "/advance", [:]).status == .conflict)
                #expect(try await theo.post(programPath + "/advance", ["override": "yes"]).status == .seeOther)
                #expect(try await Client.find(client.id, on: app.db)?.currentPhase == "reeducate")
                // Sessions: pain 4 then 7 is a flare the dashboard shows.
                try await theo.get(path + "/sessions/new")
                let today = WallClock.day(of: TestClock.now, in: fixture.studio.zone)
                #expect(
                    try await theo.post(
                        path + "/sessions/new",
                        [
                            "date": today.adding(days: -7).description, "x.0.done": "yes", "x.0.sets": "3",
                            "pain.knee.right.before": "4",
                        ]
                    ).status == .seeOther)
                #expect(
                    try await theo.post(
                        path + "/sessions/new",
                        ["date": today.description, "pain.knee.right.before": "7", "pain.knee.right.after": "6"]
                    ).status == .seeOther)
                #expect(
                    try await theo.post(path + "/sessions/new", ["date": today.adding(days: 3).description]).status
                        == .badRequest)
                let dashboard = try await theo.get("/staff")
                #expect(dashboard.body.contains("Ana Diaz") && dashboard.body.contains("right knee 4 → 7"))
                // Function scores and the progress page with its charts.
                try await theo.get(path + "/progress")
                #expect(
                    try await theo.post(path + "/progress/function", ["activity.0": "Running 5 km", "score.0": "11"])
                        .status == .badRequest)
                #expect(
                    try await theo.post(
                        path + "/progress/function",
                        ["date": today.adding(days: -14).description, "activity.0": "Running 5 km", "score.0": "3"]
                    ).status == .seeOther)
                #expect(
                    try await theo.post(path + "/progress/function", ["activity.0": "Running 5 km", "score.0": "6"])
                        .status == .seeOther)
                let progress = try await theo.get(path + "/progress")
                #expect(
                    progress.body.contains("Pain: right knee") && progress.body.contains("⚠ Flare")
                        && progress.body.contains("✓ Meaningful improvement (≥ 2 points)"))
                #expect(progress.body.components(separatedBy: "<svg class=\"chart\"").count == 3)
                // A re-check compares with the assessment before and draws the test over time.
                let recheck = try await theo.post(path + "/assessments", ["recheck": "yes"])
                let recheckPath = try #require(recheck.location)
                #expect(try await theo.get(recheckPath).body.contains("measured last time"))
                let recheckDone = try await theo.post(
                    recheckPath, ["action": "complete", "t.kneeToWall.left": "11", "t.kneeToWall.right": "12"])
                let comparison = try await theo.get(try #require(recheckDone.location))
                #expect(
                    comparison.body.contains("Then (") && comparison.body.contains("+4 cm")
                        && comparison.body.contains("✓ yes"))
                #expect(try await theo.get(path + "/progress").body.contains("Knee-to-wall"))
                // Every read and write of health data was audited.
                let audit = try await AuditEntry.query(on: app.db).all()
                #expect(
                    audit.count > 20
                        && audit.allSatisfy {
                            $0.clientRef == client.id?.uuidString.lowercased() && $0.staffName == "Theo Trainer"
                        })
            }
        }

        @Test(arguments: TestDatabase.available)
        func aWarningSignBlocksTestingUntilAClinicianClears(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, fixture) = try await Self.setUp(app)
                let path = try await Self.client(theo)
                try await theo.get(path + "/screen")
                let screen = try await theo.post(
                    path + "/screen", Self.healthNo(app).merging(["flag.saddleNumbness": "yes"]) { $1 })
                #expect(screen.body.contains("Refer to a clinician before any testing or exercise"))
                #expect(try await theo.get(path).body.contains("Referred — clearance by a clinician required"))
                #expect(try await theo.post(path + "/assessments", [:]).status == .conflict)
                #expect(try await theo.get("/staff/clients?show=referred").body.contains("Ana Diaz"))
                #expect(try await theo.get("/staff").body.contains("awaiting a clinician"))
                let future = WallClock.day(of: TestClock.now, in: fixture.studio.zone).adding(days: 2).description
                #expect(
                    try await theo.post(path + "/clearance", ["clearedOn": future, "clinician": "Dr Lee"]).status
                        == .badRequest)
                #expect(
                    try await theo.post(path + "/clearance", ["clearedOn": "2026-11-01", "clinician": ""]).status
                        == .badRequest)
                #expect(
                    try await theo.post(
                        path + "/clearance",
                        [
                            "clearedOn": TestClock.today(in: fixture.studio.zone).adding(days: -1).description,
                            "clinician": "Dr Lee", "note": "MRI clear",
                        ]
                    ).status == .seeOther)
                #expect(try await theo.get(path).body.contains("Cleared by Dr Lee"))
                #expect(try await theo.post(path + "/assessments", [:]).status == .seeOther)
                // A blood pressure that cannot be right is refused with the values kept.
                let bad = try await theo.post(
                    path + "/screen", Self.healthNo(app).merging(["systolic": "80", "diastolic": "120"]) { $1 })
                #expect(bad.status == .badRequest && bad.body.contains("value=\"120\""))
            }
        }

        @Test(arguments: TestDatabase.available)
        func anotherStudioCannotReachOurClients(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, bea, _) = try await Self.setUp(app)
                let path = try await Self.client(theo)
                let started = try await theo.post(path + "/assessments", [:])
                let assessment = try #require(started.location)
                try await theo.post(assessment, ["action": "complete", "t.kneeToWall.left": "7"])
                let record = try #require(try await AssessmentRecord.query(on: app.db).first())
                let generated = try await theo.post(
                    path + "/programs", ["assessment": try record.requireID().uuidString])
                let program = try #require(generated.location)
                try await bea.get("/staff/clients")
                for page in [
                    path, path + "/edit", path + "/screen", assessment, assessment + "/result", program,
                    program + "/handout",
                    path + "/sessions/new", path + "/progress", path + "/export.json", path + "/export.csv",
                    path + "/delete",
                ] {
                    #expect(try await bea.get(page).status == .notFound, "\(page)")
                }
                for (page, fields) in [
                    (path + "/edit", Self.profile), (path + "/screen", Self.healthNo(app)),
                    (path + "/assessments", [:]),
                    (path + "/clearance", ["clearedOn": "2026-11-01", "clinician": "X"]),
                    (program + "/edit", ["phase": "reposition", "index": "0", "action": "down"]),
                    (program + "/advance", ["override": "yes"]), (path + "/sessions/new", ["notes": "x"]),
                    (path + "/archive", [:]),
                    (path + "/delete", ["confirm": "Ana Diaz"]),
                    (path + "/progress/function", ["activity.0": "x", "score.0": "1"]),
                ] {
                    #expect(try await bea.post(page, fields).status == .notFound, "\(page)")
                }
                // An assessment id of ours under another of our clients' paths is not found either.
                let other = try await Self.client(
                    theo, Self.profile.merging(["name": "Ben Other", "email": "ben@example.com"]) { $1 })
                #expect(
                    try await theo.get(other + "/assessments/" + (assessment.components(separatedBy: "/").last ?? ""))
                        .status == .notFound)
                #expect(
                    try await theo.post(other + "/programs", ["assessment": try record.requireID().uuidString]).status
                        == .badRequest)
                let beasList = try await bea.get("/staff/clients").body
                #expect(
                    !beasList.contains("Ana Diaz") && beasList.contains("Other Studio"),
                    "each member's pages carry their own studio")
                #expect(try await Client.query(on: app.db).count() == 2)
                // Without the CSRF token, nothing changes.
                #expect(try await theo.post(path + "/archive", [:], withToken: false).status == .forbidden)
            }
        }

        @Test(arguments: TestDatabase.available)
        func leadsConvertAndProfilesValidate(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, fixture) = try await Self.setUp(app)
                let screen = try await fixture.completedSelfCheck(redFlags: ["saddleNumbness"])
                let details = LeadDetails(
                    name: "Lee Park", email: "lee@example.com", phone: nil, preferredTimes: "", consentToContact: true,
                    consentToStoreHealth: true)
                let lead = Lead(
                    studioID: try fixture.studio.requireID(), selfCheckID: screen.id, details: details, redFlag: true)
                try await lead.save(on: app.db)
                try await theo.get("/staff/leads/\(try lead.requireID())")
                let converted = try await theo.post("/staff/leads/\(try lead.requireID())/convert", [:])
                let path = try #require(converted.location)
                #expect(try await theo.get(path).body.contains("Referred — clearance by a clinician required"))
                // Converting twice opens the same client.
                #expect(
                    try await theo.post("/staff/leads/\(try lead.requireID())/convert", [:]).location?.hasPrefix(
                        String(path.prefix { $0 != "?" })) == true)
                #expect(try await Client.query(on: app.db).count() == 1)
                try await theo.get("/staff/clients/new")
                let bad = try await theo.post(
                    "/staff/clients/new",
                    [
                        "name": "", "email": "nope", "dateOfBirth": "2999-01-01", "sessionsPerWeek": "9",
                        "minutesPerSession": "45", "level": "2", "pain.knee": "yes", "notes": "<script>x</script>",
                    ])
                #expect(bad.status == .badRequest)
                let missing = [
                    "Enter the client", "Enter an email address", "must be in the past", "Sessions a week",
                    "Rate the knee pain",
                ]
                .filter { !bad.body.contains($0) }
                #expect(missing.isEmpty, "missing messages: \(missing)")
                #expect(bad.body.contains("&lt;script&gt;x&lt;/script&gt;") && !bad.body.contains("<script>x</script>"))
                // Search and archive.
                let ana = try await Self.client(theo)
                #expect(try await theo.get("/staff/clients?q=ana").body.contains("Ana Diaz"))
                #expect(!(try await theo.get("/staff/clients?q=zzz").body.contains("Ana Diaz")))
                #expect(try await theo.get("/staff/clients?q=ANA%20DIAZ").body.contains("Ana Diaz"))
                // What the trainer types is matched literally, not as a pattern.
                #expect(!(try await theo.get("/staff/clients?q=%25").body.contains("Ana Diaz")))
                #expect(!(try await theo.get("/staff/clients?q=a_a").body.contains("Ana Diaz")))
                #expect(try await theo.get("/staff/clients?show=reposition&q=ana").status == .ok)
                try await theo.post(ana + "/archive", [:])
                #expect(!(try await theo.get("/staff/clients").body.contains("Ana Diaz")))
                #expect(try await theo.get("/staff/clients?show=archived").body.contains("Ana Diaz"))
            }
        }

        @Test(arguments: TestDatabase.available)
        func exportAndDeletionOnRequest(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, fixture) = try await Self.setUp(app)
                let path = try await Self.client(theo)
                try await theo.post(path + "/screen", Self.healthNo(app))
                let started = try await theo.post(path + "/assessments", [:])
                try await theo.post(
                    try #require(started.location),
                    ["action": "complete", "t.kneeToWall.left": "7", "notes": "Say, \"hello\""])
                _ = try await fixture.book(
                    "free-consult",
                    trainer: try #require(
                        try await StaffMember.query(on: app.db).filter(\.$email == "theo@a.example").first()?.id?
                            .uuidString.lowercased()),
                    start: fixture.at(5, 9), name: "Ana Diaz", email: "ana@example.com")
                let json = try await theo.get(path + "/export.json")
                #expect(
                    json.status == .ok && json.body.contains("\"kneeToWall\"") && json.body.contains("\"bookings\""))
                let export = try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [String: Any]
                #expect((export?["profile"] as? [String: Any])?["email"] as? String == "ana@example.com")
                let csv = try await theo.get(path + "/export.csv")
                #expect(
                    csv.body.hasPrefix("section,date,item,side,value,detail\r\n") && csv.body.contains("assessment,")
                        && csv.body.contains("booking,"))
                #expect(
                    ClientRecordExport.field("=SUM(A1)") == "'=SUM(A1)" && ClientRecordExport.field("a,b") == "\"a,b\""
                        && ClientRecordExport.field("-3") == "-3")
                try await theo.get(path + "/delete")
                #expect(try await theo.post(path + "/delete", ["confirm": "Someone else"]).status == .badRequest)
                #expect(try await Client.query(on: app.db).count() == 1)
                #expect(try await theo.post(path + "/delete", ["confirm": "ana diaz"]).status == .seeOther)
                #expect(try await Client.query(on: app.db).count() == 0)
                #expect(try await AssessmentRecord.query(on: app.db).count() == 0)
                #expect(try await HealthScreenRecord.query(on: app.db).count() == 0)
                let booking = try #require(try await Booking.query(on: app.db).first())
                #expect(
                    booking.clientName == "Deleted client" && !booking.clientEmail.contains("ana")
                        && booking.healthAnswers.isEmpty)
                let deletion = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == .delete).first())
                #expect(deletion.subject == "client record deleted on request" && !deletion.subject.contains("knee"))
                #expect(try await theo.get(path).status == .notFound)
            }
        }

        @Test(arguments: TestDatabase.available)
        func theStartPageListsTheWeekAndNewLeadsOfOurStudioOnly(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, bea, fixture) = try await Self.setUp(app)
                let trainer = try #require(
                    try await StaffMember.query(on: app.db).filter(\.$email == "theo@a.example").first())
                let (soon, _) = try await fixture.book(
                    "one-to-one", trainer: try trainer.requireID().uuidString, start: fixture.at(2, 10),
                    name: "Late Larry",
                    email: "larry@example.com")
                let (later, _) = try await fixture.book(
                    "one-to-one", trainer: try trainer.requireID().uuidString, start: fixture.at(3, 10),
                    name: "Wed Wendy",
                    email: "wendy@example.com")
                let (nextMonth, _) = try await fixture.book(
                    "one-to-one", trainer: try trainer.requireID().uuidString, start: fixture.at(20, 10),
                    name: "Far Fiona", email: "fiona@example.com")
                #expect([soon, later, nextMonth].allSatisfy { $0 == .created })
                for (name, flag) in [("Quiet Quinn", false), ("Urgent Uma", true)] {
                    let details = LeadDetails(
                        name: name, email: "\(name.prefix(3).lowercased())@example.com", phone: nil, preferredTimes: "",
                        consentToContact: true, consentToStoreHealth: false)
                    try await Lead(
                        studioID: try fixture.studio.requireID(), selfCheckID: nil, details: details, redFlag: flag
                    ).save(on: app.db)
                }
                let page = try await theo.get("/staff").body
                #expect(page.contains("Late Larry") && page.contains("Wed Wendy") && !page.contains("Far Fiona"))
                #expect(
                    page.contains("Quiet Quinn") && page.contains("Urgent Uma")
                        && page.contains("red flag: refer first"))
                let others = try await bea.get("/staff").body
                #expect(!others.contains("Late Larry") && !others.contains("Quiet Quinn"))
            }
        }

        @Test(arguments: TestDatabase.available)
        func pagesRunTheSameQueriesWhateverTheirSize(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, fixture) = try await Self.setUp(app)
                let studioID = try fixture.studio.requireID()
                func addClients(_ count: Int) async throws {
                    for index in 0..<count {
                        let client = Client(
                            studioID: studioID, name: "Client \(UUID().uuidString.prefix(6)) \(index)",
                            email: "c\(UUID().uuidString.prefix(8))@example.com")
                        client.recheckDue = "2026-01-01"
                        try await client.create(on: app.db)
                    }
                }
                let path = try await Self.client(theo)
                let clientID = try #require(try await Client.query(on: app.db).first()?.id)
                func addSessions(_ count: Int) async throws {
                    for index in 0..<count {
                        let day = CalendarDay(ordinal: 20_000 + index * 7 + Int.random(in: 0...3))
                        try await SessionRecord(
                            clientID: clientID, programID: nil,
                            log: SessionLog(
                                date: day, pain: [PainCheck(region: .knee, side: .right, before: index % 8)]),
                            recordedBy: "test", flare: index % 5 == 0 ? "right knee 2 → 5" : ""
                        ).create(on: app.db)
                    }
                }
                try await addClients(3)
                try await addSessions(3)
                let pages = ["/staff/clients", "/staff/clients?show=recheck", path + "/progress", "/staff", path]
                func count(_ page: String) async throws -> Int {
                    var status = HTTPStatus.internalServerError
                    let queries = try await QueryCounter.queries { status = try await theo.get(page).status }
                    #expect(status == .ok, "\(page)")
                    return queries
                }
                var small: [Int] = []
                for page in pages { small.append(try await count(page)) }
                try await addClients(40)
                try await addSessions(60)
                var large: [Int] = []
                for page in pages { large.append(try await count(page)) }
                #expect(small == large, "queries per page grew with the data: \(small) → \(large)")
                #expect(small.allSatisfy { $0 > 0 && $0 < 25 }, "\(small)")
            }
        }
    }
}
