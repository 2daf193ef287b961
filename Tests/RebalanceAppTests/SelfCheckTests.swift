import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    @Suite("Public self-check")
    struct SelfCheckTests {
        /// Every health and red-flag question answered "no", with the given ones "yes".
        static func healthAnswers(yes: Set<String> = []) throws -> [String: String] {
            let knowledge = try KnowledgeBase.bundled()
            var fields: [String: String] = [:]
            for question in knowledge.safety.healthQuestions {
                fields["health.\(question.id)"] = yes.contains(question.id) ? "yes" : "no"
            }
            for flag in knowledge.safety.redFlags {
                fields["flag.\(flag.id)"] = yes.contains(flag.id.rawValue) ? "yes" : "no"
            }
            return fields
        }

        /// Starts a self-check and returns its token.
        static func start(_ client: FormClient) async throws -> String {
            try await client.get("/check")
            let started = try await client.post("/check", [:])
            #expect(started.status == .seeOther)
            let location = try #require(started.location)
            #expect(location.hasSuffix("/signs"))
            return String(location.dropFirst("/check/".count).prefix(43))
        }

        /// Answers all four steps; returns the token.
        static func complete(_ client: FormClient, redFlags: Set<String> = []) async throws -> String {
            let token = try await start(client)
            try await client.get("/check/\(token)/signs")
            #expect(
                try await client.post(
                    "/check/\(token)/signs",
                    ["sign.sitsMostOfDay": "yes", "sign.carriesBagOneSide": "yes", "side.carriesBagOneSide": "right"]
                ).location == "/check/\(token)/pain")
            #expect(
                try await client.post(
                    "/check/\(token)/pain",
                    ["pain.lowBack": "yes", "pain.lowBack.side": "both", "pain.lowBack.nprs": "5"]
                ).location == "/check/\(token)/goals")
            #expect(
                try await client.post(
                    "/check/\(token)/goals",
                    ["goals": "Sit through work without back ache", "activity": "mostlySitting", "age": "41"]
                ).location == "/check/\(token)/health")
            #expect(
                try await client.post("/check/\(token)/health", try healthAnswers(yes: redFlags)).location
                    == "/check/\(token)/result")
            return token
        }

        @Test(arguments: TestDatabase.available)
        func landingPageExplainsAndInvites(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let page = try await FormClient(app).get("/")
                #expect(page.status == .ok)
                for expected in [
                    "Take the 3-minute self-check", "Book a session", "Reduced motor control", "West Hollywood",
                    "href=\"/check\"",
                ] {
                    #expect(page.body.contains(expected), "\(expected)")
                }
                // The second anonymous visitor gets the same page (rendered once); a signed-in member sees theirs.
                #expect(try await FormClient(app).get("/").body == page.body)
                _ = try await StaffBookingTests.studios(app)
                let theo = try await StaffBookingTests.signIn(app, "theo@a.example")
                let own = try await theo.get("/").body
                #expect(own.contains("Sign out") && !page.body.contains("Sign out"))
            }
        }

        @Test(arguments: TestDatabase.available)
        func publicPagesReadTheStudioAgainAfterAFewSeconds(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let cache = PublicPageCache()
                let start = TestClock.now
                let first = try await cache.studioDetails(on: app.db, now: start)
                let studio = try await Studio.current(on: app.db)
                studio.name = "Renamed Studio"
                try await studio.save(on: app.db)
                #expect(try await cache.studioDetails(on: app.db, now: start.addingTimeInterval(5)) == first)
                let later = try await cache.studioDetails(
                    on: app.db, now: start.addingTimeInterval(PublicPageCache.lifetime + 1))
                #expect(later.name == "Renamed Studio")
                cache.storeLandingPage(SharedRendering(rendered: "<p>old</p>"), for: first)
                let kept = try #require(cache.landingPage(for: first))
                #expect(String(buffer: kept.filled([:])) == "<p>old</p>")
                #expect(cache.landingPage(for: later) == nil)
            }
        }

        @Test(arguments: TestDatabase.available)
        func visitorsWithTheSameAnswersEachGetTheirOwnLinksAndFormToken(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (ana, ben) = (FormClient(app), FormClient(app))
                let first = try await Self.complete(ana)
                let second = try await Self.complete(ben)
                for step in ["signs", "pain", "goals", "health", "result"] {
                    let mine = try await ana.get("/check/\(first)/\(step)").body
                    let theirs = try await ben.get("/check/\(second)/\(step)").body
                    #expect(mine.contains("/check/\(first)/") && !mine.contains(second), "\(step)")
                    #expect(theirs.contains("/check/\(second)/") && !theirs.contains(first), "\(step)")
                    #expect(!mine.contains("rbslot") && !theirs.contains("rbslot"), "\(step)")
                    // The same page apart from the tokens: one rendering served both.
                    let tokens = [first, second, ana.csrf ?? "", ben.csrf ?? ""].filter { !$0.isEmpty }
                    let strip = { (page: String) in tokens.reduce(page) { $0.replacingOccurrences(of: $1, with: "T") } }
                    #expect(strip(mine) == strip(theirs), "\(step)")
                }
                #expect(ana.csrf != ben.csrf)
                // Each visitor's form token is the one their cookie holds, so their forms still submit.
                try await ben.get("/check/\(second)/goals")
                let changed = try await ben.post(
                    "/check/\(second)/goals", ["goals": "Run a half marathon", "activity": "active", "age": "35"])
                #expect(changed.location == "/check/\(second)/health")
                // Changed answers are a different page; the other visitor's stays as it was.
                #expect(try await ben.get("/check/\(second)/goals").body.contains("Run a half marathon"))
                #expect(!(try await ana.get("/check/\(first)/goals").body.contains("Run a half marathon")))
            }
        }

        @Test(arguments: TestDatabase.available)
        func anUnfinishedSelfCheckStillLeadsToItsNextStepForEveryVisitor(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (ana, ben) = (FormClient(app), FormClient(app))
                let first = try await Self.start(ana)
                let second = try await Self.start(ben)
                #expect(try await ana.get("/check/\(first)/result").location == "/check/\(first)/signs")
                #expect(try await ben.get("/check/\(second)/result").location == "/check/\(second)/signs")
                #expect(try await ben.get("/check/\(second)/health").location == "/check/\(second)/signs")
                #expect(try await ana.get("/check/\(String(repeating: "x", count: 43))/signs").status == .notFound)
            }
        }

        @Test(arguments: TestDatabase.available)
        func theWholeJourneyEndsWithALeadForTheStudio(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let client = FormClient(app)
                let token = try await Self.complete(client)
                let result = try await client.get("/check/\(token)/result")
                #expect(result.status == .ok)
                for expected in [
                    "Your self-check result", "possible", "Why it may hurt", "Safe things to try at home",
                    "Leave my details",
                ] {
                    #expect(result.body.contains(expected), "\(expected)")
                }
                try await client.get("/check/\(token)/details")
                let sent = try await client.post(
                    "/check/\(token)/details",
                    [
                        "name": "Dana Reyes", "email": "dana@example.com", "phone": "+1 (310) 555-0142",
                        "times": "weekday mornings", "consentContact": "yes", "consentHealth": "yes",
                    ])
                #expect(sent.status == .seeOther)
                #expect(sent.location == "/check/\(token)/thanks")
                let lead = try #require(try await Lead.query(on: app.db).first())
                #expect(lead.name == "Dana Reyes" && lead.status == .new && !lead.redFlag)
                #expect(lead.$selfCheck.id != nil)
                #expect(try await client.get("/check/\(token)/thanks").body.contains("we will be in touch"))
            }
        }

        @Test(arguments: TestDatabase.available)
        func aRedFlagEndsOnTheReferralPageWithNoProgramme(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let client = FormClient(app)
                let token = try await Self.complete(client, redFlags: ["saddleNumbness"])
                let page = try await client.get("/check/\(token)/result")
                #expect(page.status == .ok)
                #expect(page.body.contains("Please see a clinician first"))
                #expect(page.body.contains("emergency"))
                #expect(!page.body.contains("Safe things to try"))
                #expect(!page.body.contains("Patterns your answers point to"))
            }
        }

        @Test(arguments: TestDatabase.available)
        func aMistakeIsShownInlineAndNothingTypedIsLost(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let client = FormClient(app)
                let token = try await Self.start(client)
                try await client.post("/check/\(token)/signs", ["sign.sitsMostOfDay": "yes"])
                let page = try await client.post(
                    "/check/\(token)/pain", ["pain.knee": "yes", "pain.knee.side": "left", "pain.knee.nprs": ""])
                #expect(page.status == .badRequest)
                #expect(page.body.contains("Rate your knee pain from 0"))
                #expect(page.body.contains(#"name="pain.knee" value="yes" checked"#))
                #expect(page.body.contains(#"name="pain.knee.side" value="left" checked"#))
                #expect(page.body.contains(#"aria-invalid="true""#))
                // The earlier step is still saved.
                #expect(
                    try await client.get("/check/\(token)/signs").body.contains(
                        #"name="sign.sitsMostOfDay" value="yes" checked"#))
            }
        }

        @Test(arguments: TestDatabase.available)
        func stepsOpenInOrderAndBackKeepsAnswers(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let client = FormClient(app)
                let token = try await Self.start(client)
                #expect(try await client.get("/check/\(token)/health").location == "/check/\(token)/signs")
                #expect(try await client.get("/check/\(token)/result").location == "/check/\(token)/signs")
                try await client.post("/check/\(token)/signs", ["sign.feetTurnOut": "yes"])
                let back = try await client.post("/check/\(token)/pain", ["action": "back"])
                #expect(back.location == "/check/\(token)/signs")
                #expect(
                    try await client.get("/check/\(token)/signs").body.contains(
                        #"name="sign.feetTurnOut" value="yes" checked"#))
                #expect(try await client.get("/check/not-a-real-token/signs").status == .notFound)
                #expect(try await client.get("/check/\(token)/nonsense").status == .notFound)
            }
        }

        @Test(arguments: TestDatabase.available)
        func formsWithoutTheCSRFTokenAreRefused(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let client = FormClient(app)
                try await client.get("/check")
                #expect(try await client.post("/check", [:], withToken: false).status == .forbidden)
                #expect(
                    try await client.post("/check", ["_csrf": String(repeating: "x", count: 43)], withToken: false)
                        .status == .forbidden)
                #expect(try await SelfCheckRecord.query(on: app.db).count() == 0)
            }
        }

        @Test(arguments: TestDatabase.available)
        func badDetailsAreExplainedEscapedAndKept(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let client = FormClient(app)
                let token = try await Self.complete(client)
                try await client.get("/check/\(token)/details")
                let page = try await client.post(
                    "/check/\(token)/details",
                    [
                        "name": "<script>alert(1)</script>", "email": "not-an-email", "phone": "call me",
                        "times": String(repeating: "x", count: 400),
                    ])
                #expect(page.status == .badRequest)
                #expect(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!page.body.contains("<script>alert"))
                for expected in [
                    "Enter an email address", "Enter a phone number", "under 300 characters", "agree to be contacted",
                    "Please check 4 answers",
                ] {
                    #expect(page.body.contains(expected), "\(expected)")
                }
                #expect(try await Lead.query(on: app.db).count() == 0)
            }
        }

        @Test(arguments: TestDatabase.available)
        func withoutHealthConsentTheAnswersAreDeleted(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let client = FormClient(app)
                let token = try await Self.complete(client)
                try await client.get("/check/\(token)/details")
                let sent = try await client.post(
                    "/check/\(token)/details", ["name": "Sam", "email": "sam@example.com", "consentContact": "yes"])
                #expect(sent.location == "/check/thanks")
                #expect(try await SelfCheckRecord.query(on: app.db).count() == 0)
                let lead = try #require(try await Lead.query(on: app.db).first())
                #expect(lead.$selfCheck.id == nil && !lead.redFlag)
                #expect(try await client.get("/check/thanks").body.contains("have been deleted"))
            }
        }

        @Test(arguments: TestDatabase.available)
        func botsAndFloodsAreTurnedAwayWithoutErrors(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                // Two visitors behind our own proxy (in-memory requests have no peer address: "unknown").
                app.storage[SharedServicesKey.self]?.settings.trustedProxies = ["unknown"]
                let client = FormClient(app)
                let token = try await Self.complete(client)
                try await client.get("/check/\(token)/details")
                let details = [
                    "name": "Bot", "email": "bot@example.com", "consentContact": "yes", "consentHealth": "yes",
                ]
                var withHoneypot = details
                withHoneypot["website"] = "http://spam.example"
                #expect(
                    try await client.post("/check/\(token)/details", withHoneypot, forwardedFor: "203.0.113.9").status
                        == .seeOther)
                #expect(try await Lead.query(on: app.db).count() == 0)
                var statuses: [HTTPResponseStatus] = []
                for _ in 0..<100 {
                    statuses.append(
                        try await client.post("/check/\(token)/details", ["name": ""], forwardedFor: "203.0.113.10")
                            .status)
                }
                #expect(statuses.prefix(5).allSatisfy { $0 == .badRequest })
                #expect(statuses.dropFirst(5).allSatisfy { $0 == .tooManyRequests })
                #expect(!statuses.contains(.internalServerError))
            }
        }
    }
}
