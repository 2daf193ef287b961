import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

/// A studio with trainers who take bookings, and helpers to call the booking API.
struct BookingFixture {
    let app: Application
    let studio: Studio

    static func make(_ app: Application) async throws -> BookingFixture {
        BookingFixture(app: app, studio: try await Studio.current(on: app.db))
    }

    /// A trainer of this studio who works `hours` every day of the week.
    @discardableResult
    func trainer(_ name: String, email: String, hours: String = "09:00-17:00", role: StaffMember.Role = .trainer)
        async throws -> StaffMember
    {
        let member = StaffMember(
            studioID: try studio.requireID(), email: email, name: name, role: role,
            passwordHash: try Bcrypt.hash(StaffTestPassword.value, cost: 4))
        try await member.save(on: app.db)
        for weekday in Weekday.allCases {
            for range in try LocalTimeRange.parseList(hours) {
                try await AvailabilityRule(trainerID: try member.requireID(), weekday: weekday, range: range).save(
                    on: app.db)
            }
        }
        return member
    }

    func type(_ slug: String) async throws -> SessionType {
        try #require(try await SessionType.query(on: app.db).filter(\.$slug == slug).first())
    }

    /// A studio day `days` from today, and that day at `hour:minute` in the studio's zone as ISO 8601.
    func day(_ days: Int) -> CalendarDay { WallClock.day(of: TestClock.now, in: studio.zone).adding(days: days) }

    func at(_ days: Int, _ hour: Int, _ minute: Int = 0) -> String {
        OffsetTimestamp.format(
            WallClock.instant(of: day(days), minute: hour * 60 + minute, in: studio.zone, occurrence: .earliest),
            in: studio.zone)
    }

    /// Sends JSON and returns the status and the decoded body.
    func call(_ method: HTTPMethod, _ path: String, _ body: [String: Any]? = nil, forwardedFor: String? = nil)
        async throws -> (HTTPStatus, [String: Any], [[String: Any]])
    {
        var result: (HTTPStatus, [String: Any], [[String: Any]])?
        try await app.testing().test(
            method, path,
            beforeRequest: { req in
                if let body {
                    req.headers.contentType = .json
                    req.body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: body))
                }
                if let forwardedFor { req.headers.replaceOrAdd(name: "X-Forwarded-For", value: forwardedFor) }
            },
            afterResponse: { res in
                let json = try? JSONSerialization.jsonObject(with: Data(res.body.readableBytesView))
                result = (res.status, json as? [String: Any] ?? [:], json as? [[String: Any]] ?? [])
            })
        return try #require(result)
    }

    /// Books through the API and returns status and body.
    func book(
        _ type: String, trainer: String, start: String, name: String = "Dana Reyes", email: String = "dana@example.com",
        extra: [String: Any] = [:], forwardedFor: String? = nil
    ) async throws -> (HTTPStatus, [String: Any]) {
        var body: [String: Any] = [
            "sessionType": type, "trainerId": trainer, "start": start, "client": ["name": name, "email": email],
        ]
        body.merge(extra) { $1 }
        let (status, json, _) = try await call(.POST, "api/v1/bookings", body, forwardedFor: forwardedFor)
        return (status, json)
    }

    /// A completed self-check of this studio: every health question "no", and these warning signs "yes".
    func completedSelfCheck(redFlags: [RedFlagID]) async throws -> StoredSelfCheck {
        var answers = SelfCheckAnswers()
        answers.healthAnswers = Dictionary(
            uniqueKeysWithValues: app.shared.knowledge.safety.healthQuestions.map { ($0.id, false) })
        answers.redFlags = redFlags
        answers.completed = .health
        let token = SecretToken.make()
        let screen = try SelfCheckRecord(
            studioID: studio.requireID(), token: token, answers: answers, startedAt: TestClock.now)
        try await screen.save(on: app.db)
        return StoredSelfCheck(record: screen, token: token)
    }

    /// The token in a manage URL.
    static func token(_ body: [String: Any]) -> String {
        let url = body["manageUrl"] as? String ?? ""
        return url.components(separatedBy: "?t=").last ?? ""
    }
}

/// A self-check saved by a test, with the token of its link (the database keeps only a fingerprint).
struct StoredSelfCheck {
    let record: SelfCheckRecord
    let token: String
    var id: UUID? { record.id }
}

/// The password every fixture staff member gets.
enum StaffTestPassword {
    static let value = "correct horse battery"
}
