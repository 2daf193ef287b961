import Fluent
import RebalanceCore
import Vapor

/// The client's "Today": what the program asks of them today, each exercise with its dose, cues and reason in
/// their words, and a short form to note what they did and how the painful areas felt. A home session saved here
/// is a session log the trainer sees, marked as done at home.
struct TodayController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let me = routes.grouped("me").grouped(RequireClient())
        me.get(use: today)
        me.post("log", use: log)
    }

    @Sendable func today(req: Request) async throws -> View {
        let client = try req.requireClient().client
        return try await TodayPage.render(
            req, client, fields: [:], problems: nil, saved: req.query[String.self, at: "saved"] != nil)
    }

    @Sendable func log(req: Request) async throws -> Response {
        let client = try req.requireClient().client
        let fields = try req.content.decode([String: String].self)
        let studio = try await client.$studio.get(on: req.db)
        let today = WallClock.day(of: req.now, in: studio.zone)
        // A session kept on the phone while offline arrives later and keeps the day it was done on.
        let day = OfflineSession.day(sent: fields["date"], today: today)
        let knowledge = req.application.shared.knowledge
        let plan = try await TodayPage.Plan(client, today: day, on: req.db, knowledge: knowledge)
        // Cards name their exercises, so any exercise of the phase is read by name, whatever the day offered.
        let form =
            fields.keys.contains { $0.hasSuffix(".exercise") }
            ? SessionLogForm(phase: plan.phase, painAreas: try client.painAreas, knowledge: knowledge) : plan.form
        var readable = OfflineSession.matching(fields, form, knowledge: knowledge)
        readable["date"] = day.description
        readable["activity"] =
            plan.activity == .rest ? WeeklySchedule.Activity.homePractice.rawValue : plan.activity.rawValue
        switch form.read(readable, today: today) {
        case .failure(let problems):
            return try await TodayPage.render(req, client, fields: fields, problems: problems, saved: false)
                .encodeResponse(status: .badRequest, for: req)
        case .success(let log):
            // The page's own key: the same session sent again (a retry, a second tap) is kept once.
            let key = (fields["key"] ?? "").trimmingCharacters(in: .whitespaces)
            guard UUID(uuidString: key) != nil else {
                throw Abort(.badRequest, reason: "Reload the page and try again.")
            }
            let record = try SessionRecord(
                clientID: client.requireID(), programID: plan.programID, log: log,
                recordedBy: "\(client.name) (at home)")
            record.clientKey = key
            let baseline = try client.painAreas
            let clientID = try client.requireID()
            let audit = try AuditEntry.byClient(client, "home session log", at: req.now)
            let now = req.now
            let recipients = try await HomeFlareNotice.recipients(for: client, studio: studio, on: req.db)
            let notices = try HomeFlareNotice.messages(
                for: client, to: recipients, baseURL: req.application.shared.settings.baseURL, now: now)
            try await req.db.writeTransaction { db in
                guard try await SessionRecord.query(on: db).filter(\.$clientKey == key).count() == 0 else { return }
                try await record.create(on: db)
                try await SessionLogController.refreshFlares(of: clientID, baseline: baseline, on: db)
                // The flare is decided once, by the rule every page uses; the studio hears of it in the same write.
                if let saved = try await SessionRecord.find(record.requireID(), on: db), !saved.flare.isEmpty {
                    for notice in notices { try await notice.create(on: db) }
                }
                try await audit.create(on: db)
            }
            return req.redirect(to: "/me?saved=1", redirectType: .normal)
        }
    }
}
