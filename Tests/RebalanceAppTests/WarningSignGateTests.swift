import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// Booking without a self-check asks the seven health questions and one question over every warning sign; a
    /// "yes" to it asks each sign on its own, so a warning sign still ends in "see a clinician first".
    @Suite("Warning signs asked in one question first")
    struct WarningSignGateTests {
        /// A booking form's path, start and fields with every health question answered "no".
        static func form(_ app: Application, _ client: FormClient, _ fixture: BookingFixture) async throws
            -> (path: String, fields: [String: String])
        {
            try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
            let slots = try await client.get("/book/one-to-one/any?date=\(fixture.day(3))")
            let details = try BookingPagesTests.firstTime(slots.body)
            let page = try await client.get(details)
            #expect(page.body.contains("Do any of these apply to you now?"))
            // Every warning sign is listed under the one question; none is asked on its own yet.
            let flags = app.shared.knowledge.safety.redFlags
            #expect(flags.allSatisfy { page.body.contains(HTMLText.escape($0.question)) })
            #expect(!page.body.contains("name=\"flag."))
            let start = try #require(URLComponents(string: details)?.queryItems?.first { $0.name == "start" }?.value)
            var fields = ["start": start, "name": "Dana Reyes", "email": "dana@example.com", "policy": "yes"]
            for question in app.shared.knowledge.safety.healthQuestions { fields["health.\(question.id)"] = "no" }
            return (String(details.prefix { $0 != "?" }), fields)
        }

        @Test(arguments: TestDatabase.available)
        func noneOfThemBooksWithEightAnswers(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let client = FormClient(app)
                let (path, fields) = try await Self.form(app, client, fixture)
                let missing = try await client.post(path, fields)
                #expect(missing.status == .badRequest && missing.body.contains("do any of the warning signs"))
                // One message for the one question, not one per sign.
                #expect(missing.body.components(separatedBy: "field-error").count == 2)
                let booked = try await client.post(path, fields.merging(["signs.any": "no"]) { $1 })
                #expect(booked.status == .seeOther)
                let booking = try #require(try await Booking.query(on: app.db).first())
                #expect(booking.healthAnswers.contains("\"redFlags\":[]"))
            }
        }

        @Test(arguments: TestDatabase.available)
        func aYesAsksEachSignAndAWarningSignEndsInTheReferral(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let client = FormClient(app)
                let (path, fields) = try await Self.form(app, client, fixture)
                let each = try await client.post(path, fields.merging(["signs.any": "yes"]) { $1 })
                #expect(each.status == .ok && each.body.contains("Please answer each one"))
                #expect(
                    each.body.contains("name=\"flag.saddleNumbness\"") && each.body.contains("value=\"Dana Reyes\""))
                #expect(try await Booking.query(on: app.db).count() == 0)
                var answers = fields.merging(["signs.any": "yes"]) { $1 }
                for flag in app.shared.knowledge.safety.redFlags {
                    answers["flag.\(flag.id)"] = flag.id == "saddleNumbness" ? "yes" : "no"
                }
                let referred = try await client.post(path, answers)
                // The same outcome as answering the sign anywhere else: no training session, a clinician first.
                #expect(
                    referred.status == .unprocessableEntity && referred.body.contains("Please see a clinician first"))
                #expect(try await Booking.query(on: app.db).count() == 0)
            }
        }
    }
}
