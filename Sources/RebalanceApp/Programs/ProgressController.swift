import Fluent
import Foundation
import RebalanceCore
import Vapor

/// A client's progress: pain per area and function (PSFS) over time with meaningful changes and flares marked,
/// test values over time against their norm band, and the latest re-check compared with the assessment before.
struct ProgressController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let progress = routes.grouped("staff").grouped(RequireStaff()).grouped("clients", ":clientID", "progress")
        progress.get(use: show)
        progress.post("function", use: saveFunction)
    }

    struct Activity: Encodable {
        let index: Int
        let activity: String
        let score: String
    }

    struct Context: Encodable {
        let page: PageContext
        let clientID: String
        let clientName: String
        let painCharts: [ProgressCharts.Chart]?
        let functionChart: ProgressCharts.Chart?
        let testCharts: [ProgressCharts.Chart]?
        let comparison: [AssessmentResultPage.Comparison]?
        let comparisonTitle: String?
        let activities: [Activity]
        let today: String
        let errors: [FieldErrorItem]?
        let programHref: String?
        let phase: String?
        /// Home and studio sessions in one list, newest first.
        let sessions: [SessionHistory.Row]?
    }

    @Sendable func show(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        try await access.audit(client, .read, "progress")
        return try await render(req, client, fields: [:], problems: nil, status: .ok)
    }

    @Sendable func saveFunction(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let fields = try req.content.decode([String: String].self)
        let today = WallClock.day(of: req.now, in: try await req.staffStudio().zone)
        var problems = FormProblems()
        let day = fields["date"].flatMap(CalendarDay.init) ?? today
        if day > today { problems.add("date", "The date cannot be in the future.") }
        var items: [FunctionScore.Item] = []
        for index in 0..<5 {
            let activity = (fields["activity.\(index)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let scoreText = (fields["score.\(index)"] ?? "").trimmingCharacters(in: .whitespaces)
            guard !activity.isEmpty || !scoreText.isEmpty else { continue }
            if activity.isEmpty || activity.count > 120 {
                problems.add("activity.\(index)", "Name activity \(index + 1) in a few words (up to 120 characters).")
            }
            guard let score = Int(scoreText), (0...10).contains(score) else {
                problems.add(
                    "score.\(index)", "Rate activity \(index + 1) from 0 (unable) to 10 (as before the problem).")
                continue
            }
            items.append(FunctionScore.Item(activity: activity, score: score))
        }
        if items.isEmpty, problems.isEmpty {
            problems.add("activity.0", "Name at least one activity the client finds hard, and rate it.")
        }
        guard problems.isEmpty else {
            return try await render(req, client, fields: fields, problems: problems, status: .badRequest)
        }
        let score = try FunctionScore(clientID: client.requireID(), day: day, items: items)
        try await access.change(client, "function score") { db in try await score.create(on: db) }
        return req.redirect(
            to: "/staff/clients/\(try client.requireID().uuidString.lowercased())/progress#function",
            redirectType: .normal)
    }

    private func render(
        _ req: Request, _ client: Client, fields: [String: String], problems: FormProblems?, status: HTTPStatus
    ) async throws -> Response {
        let clientID = try client.requireID()
        let today = WallClock.day(of: req.now, in: try await req.staffStudio().zone)
        let history = try await ProgressHistory.load(clientID, on: req.db)
        let charts = try ProgressCharts.make(
            client, history, knowledge: req.application.shared.knowledge, engine: req.application.shared.engine)
        let program = charts.program
        let context = Context(
            page: try await PageContext(req, title: "Progress: \(client.name)"),
            clientID: clientID.uuidString.lowercased(), clientName: client.name,
            painCharts: charts.painCharts.nonEmpty, functionChart: charts.functionChart,
            testCharts: charts.testCharts.nonEmpty,
            comparison: charts.comparison, comparisonTitle: charts.comparisonTitle,
            activities: (0..<5).map { index in
                Activity(
                    index: index,
                    activity: fields["activity.\(index)"]
                        ?? (index < charts.lastActivities.count ? charts.lastActivities[index] : ""),
                    score: fields["score.\(index)"] ?? "")
            },
            today: today.description, errors: problems?.summary.nonEmpty,
            programHref: program.map {
                "/staff/clients/\(clientID.uuidString.lowercased())/programs/\($0.id.uuidString.lowercased())"
            },
            phase: program?.phase.title, sessions: try await SessionHistory.rows(of: client, on: req.db).nonEmpty)
        return try await req.view.render("staff-progress", context).encodeResponse(status: status, for: req)
    }
}
