import Foundation
import RebalanceCore

/// The progress page's charts and re-check comparison for one client, worked out from their history: pain per
/// area and function (PSFS) over time with meaningful changes and flares marked, test values against their
/// norm band, and the latest re-check beside the assessment before it. Cached per client revision.
struct ProgressCharts: Sendable {
    /// One chart with its caption, flags and the numbers as a table.
    struct Chart: Encodable, Sendable {
        let title: String
        let svg: String
        let summary: String?
        let flags: [String]?
        /// The numbers as a table (HTML).
        let table: String
    }

    let painCharts: [Chart]
    let functionChart: Chart?
    let testCharts: [Chart]
    let comparison: [AssessmentResultPage.Comparison]?
    let comparisonTitle: String?
    /// The activities of the last PSFS rating, offered again in the form.
    let lastActivities: [String]
    let program: ProgressHistory.Program?

    static func make(_ client: Client, _ history: ProgressHistory, knowledge: KnowledgeBase, engine: AssessmentEngine)
        throws -> ProgressCharts
    {
        let (sessions, scores, assessments) = (history.sessions, history.ratings, history.assessments)
        let flares = PainFlares.detect(sessions, baseline: try client.painAreas)
        let painCharts = OutcomeTrend.painSeries(sessions).sorted { $0.key < $1.key }.enumerated().map { index, entry in
            let (site, points) = entry
            let summary = OutcomeTrend.pain(points)
            var flags: [String] = []
            // The same flare the program review and the start page report: in the site's latest session.
            if let flare = flares.last(where: {
                $0.region == site.region && $0.side == site.side && $0.date == points.last?.date
            }) {
                flags.append("⚠ Flare on \(BookingTimeText.day(flare.date)): \(flare.from) → \(flare.to) / 10")
            }
            if summary.meaningfulImprovement { flags.append("✓ Meaningful improvement (≥ 2 points or ≥ 30 %)") }
            if summary.meaningfulWorsening { flags.append("✗ Meaningfully worse than at the start") }
            let chart = LineChart(
                title: "Pain in the \(site.plainName) over time",
                description:
                    "NPRS at the end of each session (after exercise when rated), \(points.count) ratings, "
                    + "from \(NumberText.format(summary.first ?? 0)) to \(NumberText.format(summary.latest ?? 0)).",
                yLabel: "Pain, 0–10", yRange: 0...10, band: (low: nil, high: 2),
                series: [LineChart.Series(name: site.plainName, points: points.map { ($0.date, $0.value) })])
            return Chart(
                title: "Pain: \(site.plainName)", svg: chart.svg(id: "pain-\(index)"),
                summary: "\(NumberText.format(summary.first ?? 0)) → \(NumberText.format(summary.latest ?? 0)) / 10",
                flags: flags.nonEmpty,
                table: ChartTable(
                    caption: "Pain in the \(site.plainName)", firstHeading: "Date", secondHeading: "Pain",
                    numeric: true,
                    rows: points.map { (BookingTimeText.day($0.date), "\(NumberText.format($0.value)) / 10") }
                ).html)
        }
        let functionPoints = scores.compactMap { score in
            score.mean.map { OutcomeTrend.Point(date: score.day, value: $0) }
        }
        var functionChart: Chart?
        if !functionPoints.isEmpty {
            let summary = OutcomeTrend.function(functionPoints)
            let chart = LineChart(
                title: "Function (PSFS) over time",
                description: "Mean of the client's own activities, 0 (unable) to 10 (as before).",
                yLabel: "PSFS, 0–10", yRange: 0...10, band: nil,
                series: [LineChart.Series(name: "PSFS mean", points: functionPoints.map { ($0.date, $0.value) })])
            functionChart = Chart(
                title: "Function", svg: chart.svg(id: "function"),
                summary: "\(NumberText.format(summary.first ?? 0)) → \(NumberText.format(summary.latest ?? 0)) / 10",
                flags: (summary.meaningfulImprovement
                    ? ["✓ Meaningful improvement (≥ 2 points)"]
                    : summary.meaningfulWorsening ? ["✗ Meaningfully worse (≥ 2 points)"] : []).nonEmpty,
                table: ChartTable(
                    caption: "PSFS ratings", firstHeading: "Date", secondHeading: "Activities", numeric: false,
                    rows: scores.map {
                        (
                            BookingTimeText.day($0.day),
                            $0.items.map { "\($0.activity) \($0.score)" }.joined(separator: ", ")
                        )
                    }
                ).html)
        }
        // Test values across assessments, per test and side, with the norm band for this client's sex.
        var values: [TestID: [String: [(CalendarDay, Double)]]] = [:]
        for record in assessments {
            for finding in record.findings where finding.task == nil {
                guard case .number(let value)? = finding.value else { continue }
                values[finding.test, default: [:]][finding.side?.rawValue ?? "value", default: []].append(
                    (record.day, value))
            }
        }
        let testCharts = knowledge.tests.compactMap { test -> Chart? in
            guard let sides = values[test.id], sides.values.contains(where: { $0.count >= 2 }) else { return nil }
            let all = sides.values.flatMap { $0.map(\.1) }
            let limits = test.norm.limits(for: client.sex)
            let candidates = all + [limits.flagBelow, limits.flagAbove].compactMap { $0 }
            let low = (candidates.min() ?? 0)
            let high = (candidates.max() ?? 1)
            let pad = max(1, (high - low) * 0.15)
            let chart = LineChart(
                title: "\(test.name) over time",
                description: "Norm: \(NormText.describe(test, sex: client.sex)). Source: \(test.norm.source).",
                yLabel: "\(test.name) (\(test.unit.rawValue))", yRange: (low - pad)...(high + pad),
                band: (low: limits.flagBelow, high: limits.flagAbove),
                series: sides.sorted { $0.key < $1.key }.map { LineChart.Series(name: $0.key, points: $0.value) })
            return Chart(
                title: test.name, svg: chart.svg(id: "test-\(test.id.rawValue)"),
                summary: "Norm \(NormText.describe(test, sex: client.sex))", flags: nil,
                table: ChartTable(
                    caption: test.name, firstHeading: "Date and side", secondHeading: "Value", numeric: true,
                    rows: sides.sorted { $0.key < $1.key }.flatMap { side, points in
                        points.map {
                            ("\(BookingTimeText.day($0.0)) (\(side))", NumberText.format($0.1) + test.unit.suffix)
                        }
                    }
                ).html)
        }
        var comparison: [AssessmentResultPage.Comparison]?
        var comparisonTitle: String?
        if assessments.count >= 2, let before = assessments.dropLast().last, let after = assessments.last {
            comparison =
                RetestComparison(engine: engine).compare(
                    before: try ClientCase.make(
                        client, screen: nil, findings: before.findings, notes: "", on: before.day),
                    after: try ClientCase.make(client, screen: nil, findings: after.findings, notes: "", on: after.day)
                ).map(AssessmentResultPage.comparisonRow).nonEmpty
            comparisonTitle = "\(BookingTimeText.day(before.day)) → \(BookingTimeText.day(after.day))"
        }
        return ProgressCharts(
            painCharts: painCharts, functionChart: functionChart, testCharts: testCharts, comparison: comparison,
            comparisonTitle: comparisonTitle, lastActivities: scores.last?.items.map(\.activity) ?? [],
            program: history.program)
    }
}
