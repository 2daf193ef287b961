import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// The client app as a phone keeps it: small enough for a weak signal, pictures with every exercise, a
    /// manifest to install it, and a session kept offline that arrives later with its own day and exercises.
    @Suite("Client app offline")
    struct ClientAppOfflineTests {
        /// A hidden field's value on a page.
        static func field(_ name: String, in body: String) throws -> String {
            try #require(
                body.components(separatedBy: "name=\"\(name)\" value=\"").dropFirst().first.map {
                    String($0.prefix { $0 != "\"" })
                })
        }

        @Test(arguments: TestDatabase.available)
        func aSessionSentLaterKeepsItsDayAndMatchesExercisesByName(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                _ = try await ClientAppTests.invitedClient(app)
                let phone = try await ClientAppTests.signedInPhone(app)
                let today = try await phone.get("/me")
                let day = try #require(CalendarDay(try Self.field("date", in: today.body)))
                let first = try Self.field("x.0.exercise", in: today.body)
                let second = try Self.field("x.1.exercise", in: today.body)
                let onPage = today.body.components(separatedBy: ".exercise\" value=\"").dropFirst().map {
                    String($0.prefix { $0 != "\"" })
                }
                let dropped = try #require(app.shared.knowledge.exercises.first { !onPage.contains($0.id.rawValue) })
                // Sent two days late from a copy whose first two cards were the other way round, with an exercise
                // the program no longer has.
                let fields = [
                    "key": UUID().uuidString, "date": day.adding(days: -2).description,
                    "x.0.exercise": second, "x.0.done": "yes", "x.0.rpe": "4",
                    "x.1.exercise": first, "x.1.rpe": "9",
                    "x.2.exercise": dropped.id.rawValue, "x.2.done": "yes",
                ]
                #expect(try await phone.post("/me/log", fields).status == .seeOther)
                let log = try #require(try await RebalanceApp.SessionRecord.query(on: app.db).first()).log
                #expect(log.date == day.adding(days: -2))
                #expect(log.exercises.map(\.exercise) == [ExerciseID(second)])
                #expect(log.exercises.first?.rpe == 4)
                #expect(log.notes == "Also done: \(dropped.name).")
                // A day in the future, or older than the phone keeps sessions, counts as the day it arrives.
                for sent in [day.adding(days: 1), day.adding(days: -(OfflineSession.keptDays + 1))] {
                    let late = ["key": UUID().uuidString, "date": sent.description, "x.0.done": "yes"]
                    #expect(try await phone.post("/me/log", late).status == .seeOther)
                }
                let days = try await RebalanceApp.SessionRecord.query(on: app.db).all().map { try $0.log.date }
                #expect(days.filter { $0 == day }.count == 2)
            }
        }

        @Test(arguments: TestDatabase.available)
        func everyPageFitsAWeakSignalAndEveryExerciseHasAPicture(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                _ = try await ClientAppTests.invitedClient(app)
                let phone = try await ClientAppTests.signedInPhone(app)
                var scripts: Set<String> = ["/sw.js"]
                for path in ["/me", "/me/progress", "/me/check-in", "/me/reminders", "/me/posture", "/me/messages"] {
                    let page = try await phone.get(path)
                    #expect(page.status == .ok)
                    // The budget from the issue: 30 KB of HTML and CSS for any page of the app.
                    var css = 0
                    for part in page.body.components(separatedBy: "<link rel=\"stylesheet\" href=\"").dropFirst() {
                        css += try await phone.get(String(part.prefix { $0 != "\"" })).body.utf8.count
                    }
                    #expect(
                        css > 0 && page.body.utf8.count + css <= 30_000, "\(path): \(page.body.utf8.count) + \(css)")
                    for part in page.body.components(separatedBy: "<script src=\"").dropFirst() {
                        scripts.insert(String(part.prefix { $0 != "\"" }))
                    }
                }
                var javascript = 0
                for script in scripts {
                    let file = try await phone.get(script)
                    #expect(file.status == .ok, "\(script)")
                    javascript += file.body.utf8.count
                }
                #expect(javascript <= 15_000, "\(scripts.sorted()): \(javascript) bytes")
                // Each card has its picture, with words for screen readers; the picture is kept for a year.
                let today = try await phone.get("/me").body
                let cards = today.components(separatedBy: "<li class=\"card\">").count - 1
                let pictures = today.components(separatedBy: "<img class=\"exercise-picture\"").dropFirst()
                #expect(cards > 0 && pictures.count == cards)
                #expect(pictures.allSatisfy { $0.contains("alt=\"Start: ") || $0.contains("alt=\"Hold: ") })
                let src = try #require(
                    pictures.first?.components(separatedBy: "src=\"").dropFirst().first?.prefix {
                        $0 != "\""
                    })
                let picture = try await FormClient(app).get(String(src))
                #expect(picture.status == .ok && picture.body.hasPrefix("<svg"))
                #expect(picture.headers.first(name: .contentType)?.hasPrefix("image/svg+xml") == true)
                #expect(picture.headers.first(name: .cacheControl)?.contains("immutable") == true)
                let stale = String(src).replacingOccurrences(of: app.shared.knowledge.version, with: "2000.1.1")
                #expect(try await FormClient(app).get(stale).status == .notFound)
                #expect(try await FormClient(app).get("/exercise-pictures/x/noSuchExercise.svg").status == .notFound)
                // The manifest installs the app on the home screen, scoped to the app.
                let manifest = try await FormClient(app).get("/me/app.webmanifest")
                #expect(manifest.headers.first(name: .contentType) == "application/manifest+json")
                let fields = try JSONDecoder().decode([String: AnyDecodable].self, from: Data(manifest.body.utf8))
                #expect(fields["start_url"]?.text == "/me" && fields["scope"]?.text == "/me")
                #expect(today.contains("<link rel=\"manifest\" href=\"/me/app.webmanifest\">"))
            }
        }
    }
}

/// A JSON value read only for its text, if it is a string.
private struct AnyDecodable: Decodable {
    let text: String?

    init(from decoder: any Decoder) throws {
        text = try? decoder.singleValueContainer().decode(String.self)
    }
}
