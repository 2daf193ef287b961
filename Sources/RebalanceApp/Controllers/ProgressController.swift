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

    struct Chart: Encodable {
        let title: String
        let svg: String
        let summary: String?
        let flags: [String]?
        /// The numbers as a table (HTML).
        let table: String
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
        let painCharts: [Chart]?
        let functionChart: Chart?
        let testCharts: [Chart]?
        let comparison: [AssessmentResultPage.Comparison]?
        let comparisonTitle: String?
        let activities: [Activity]
        let today: String
        let errors: [FieldErrorItem]?
        let programHref: String?
        let phase: String?
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
        let today = WallClock.day(of: Date(), in: try await req.staffStudio().zone)
        var problems = FormProblems()
        let day = fields["date"].flatMap(CalendarDay.init) ?? today
        if day > today { problems.add("date", "The date cannot be in the future.") }
        var items: [FunctionScore.Item] = []
        for index in 0..<5 {
            let activity = (fields["activity.\(index)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let scoreText = (fields["score.\(index)"] ?? "").trimmingCharacters(in: .whitespaces)
            guard !activity.isEmpty || !scoreText.isEmpty else { continue }
            if activity.isEmpty || activity.count > 120 { problems.add("activity.\(index)", "Name activity \(index + 1) in a few words (up to 120 characters).") }
            guard let score = Int(scoreText), (0...10).contains(score) else {
                problems.add("score.\(index)", "Rate activity \(index + 1) from 0 (unable) to 10 (as before the problem).")
                continue
            }
            items.append(FunctionScore.Item(activity: activity, score: score))
        }
        if items.isEmpty, problems.isEmpty { problems.add("activity.0", "Name at least one activity the client finds hard, and rate it.") }
        guard problems.isEmpty else { return try await render(req, client, fields: fields, problems: problems, status: .badRequest) }
        try await FunctionScore(clientID: client.requireID(), day: day, items: items).create(on: req.db)
        try await access.audit(client, .write, "function score")
        return req.redirect(to: "/staff/clients/\(try client.requireID().uuidString.lowercased())/progress#function", redirectType: .normal)
    }

    private func render(_ req: Request, _ client: Client, fields: [String: String], problems: FormProblems?, status: HTTPStatus) async throws -> Response {
        let clientID = try client.requireID()
        let knowledge = req.application.knowledge
        let history = try await ProgressHistory.load(clientID, on: req.db)
        let (sessions, scores, assessments, program) = (history.sessions, history.ratings, history.assessments, history.program)
        let today = WallClock.day(of: Date(), in: try await req.staffStudio().zone)

        let painCharts = OutcomeTrend.painSeries(sessions).sorted { $0.key < $1.key }.enumerated().map { index, entry in
            let (site, points) = entry
            let summary = OutcomeTrend.pain(points)
            var flags: [String] = []
            if summary.flare { flags.append("⚠ Flare: up \(NumberText.format((points.last?.value ?? 0) - (points.dropLast().last?.value ?? 0))) since the session before") }
            if summary.meaningfulImprovement { flags.append("✓ Meaningful improvement (≥ 2 points or ≥ 30 %)") }
            if summary.meaningfulWorsening { flags.append("✗ Meaningfully worse than at the start") }
            let chart = LineChart(
                title: "Pain in the \(site.plainName) over time", description: "NPRS before each session, \(points.count) ratings, from \(NumberText.format(summary.first ?? 0)) to \(NumberText.format(summary.latest ?? 0)).",
                yLabel: "Pain, 0–10", yRange: 0...10, band: (low: nil, high: 2), series: [LineChart.Series(name: site.plainName, points: points.map { ($0.date, $0.value) })])
            return Chart(title: "Pain: \(site.plainName)", svg: chart.svg(id: "pain-\(index)"),
                         summary: "\(NumberText.format(summary.first ?? 0)) → \(NumberText.format(summary.latest ?? 0)) / 10", flags: flags.nonEmpty,
                         table: ChartTable(caption: "Pain in the \(site.plainName)", firstHeading: "Date", secondHeading: "Pain", numeric: true,
                                           rows: points.map { (BookingTimeText.day($0.date), "\(NumberText.format($0.value)) / 10") }).html)
        }
        let functionPoints = scores.compactMap { score in score.mean.map { OutcomeTrend.Point(date: score.day, value: $0) } }
        var functionChart: Chart?
        if !functionPoints.isEmpty {
            let summary = OutcomeTrend.function(functionPoints)
            let chart = LineChart(
                title: "Function (PSFS) over time", description: "Mean of the client's own activities, 0 (unable) to 10 (as before).",
                yLabel: "PSFS, 0–10", yRange: 0...10, band: nil, series: [LineChart.Series(name: "PSFS mean", points: functionPoints.map { ($0.date, $0.value) })])
            functionChart = Chart(
                title: "Function", svg: chart.svg(id: "function"),
                summary: "\(NumberText.format(summary.first ?? 0)) → \(NumberText.format(summary.latest ?? 0)) / 10",
                flags: (summary.meaningfulImprovement ? ["✓ Meaningful improvement (≥ 2 points)"] : summary.meaningfulWorsening ? ["✗ Meaningfully worse (≥ 2 points)"] : []).nonEmpty,
                table: ChartTable(caption: "PSFS ratings", firstHeading: "Date", secondHeading: "Activities", numeric: false,
                                  rows: scores.map { (BookingTimeText.day($0.day), $0.items.map { "\($0.activity) \($0.score)" }.joined(separator: ", ")) }).html)
        }
        // Test values across assessments, per test and side, with the norm band for this client's sex.
        var values: [TestID: [String: [(CalendarDay, Double)]]] = [:]
        for record in assessments {
            for finding in record.findings where finding.task == nil {
                guard case .number(let value)? = finding.value else { continue }
                values[finding.test, default: [:]][finding.side?.rawValue ?? "value", default: []].append((record.day, value))
            }
        }
        let testCharts = knowledge.tests.compactMap { test -> Chart? in
            guard let sides = values[test.id], sides.values.contains(where: { $0.count >= 2 }) else { return nil }
            let all = sides.values.flatMap { $0.map(\.1) }
            let limits = test.norm.limits(for: client.sex)
            let candidates = all + [limits.flagBelow, limits.flagAbove].compactMap { $0 }
            let low = (candidates.min() ?? 0), high = (candidates.max() ?? 1)
            let pad = max(1, (high - low) * 0.15)
            let chart = LineChart(
                title: "\(test.name) over time", description: "Norm: \(NormText.describe(test, sex: client.sex)). Source: \(test.norm.source).",
                yLabel: "\(test.name) (\(test.unit.rawValue))", yRange: (low - pad)...(high + pad), band: (low: limits.flagBelow, high: limits.flagAbove),
                series: sides.sorted { $0.key < $1.key }.map { LineChart.Series(name: $0.key, points: $0.value) })
            return Chart(title: test.name, svg: chart.svg(id: "test-\(test.id.rawValue)"), summary: "Norm \(NormText.describe(test, sex: client.sex))", flags: nil,
                         table: ChartTable(caption: test.name, firstHeading: "Date and side", secondHeading: "Value", numeric: true,
                                           rows: sides.sorted { $0.key < $1.key }.flatMap { side, points in
                                               points.map { ("\(BookingTimeText.day($0.0)) (\(side))", NumberText.format($0.1) + test.unit.suffix) }
                                           }).html)
        }
        var comparison: [AssessmentResultPage.Comparison]?
        var comparisonTitle: String?
        if assessments.count >= 2, let before = assessments.dropLast().last, let after = assessments.last {
            comparison = RetestComparison(engine: req.application.assessmentEngine).compare(
                before: ClientCase.make(client, screen: nil, findings: before.findings, notes: "", on: before.day),
                after: ClientCase.make(client, screen: nil, findings: after.findings, notes: "", on: after.day)
            ).map(AssessmentResultPage.comparisonRow).nonEmpty
            comparisonTitle = "\(BookingTimeText.day(before.day)) → \(BookingTimeText.day(after.day))"
        }
        let lastItems = scores.last?.items ?? []
        let context = Context(
            page: try await PageContext(req, title: "Progress: \(client.name)"), clientID: clientID.uuidString.lowercased(), clientName: client.name,
            painCharts: painCharts.nonEmpty, functionChart: functionChart, testCharts: testCharts.nonEmpty, comparison: comparison,
            comparisonTitle: comparisonTitle,
            activities: (0..<5).map { index in
                Activity(index: index, activity: fields["activity.\(index)"] ?? (index < lastItems.count ? lastItems[index].activity : ""),
                         score: fields["score.\(index)"] ?? "")
            },
            today: today.description, errors: problems?.summary.nonEmpty,
            programHref: program.map { "/staff/clients/\(clientID.uuidString.lowercased())/programs/\($0.id.uuidString.lowercased())" },
            phase: program?.phase.title)
        return try await req.view.render("staff-progress", context).encodeResponse(status: status, for: req)
    }
}
