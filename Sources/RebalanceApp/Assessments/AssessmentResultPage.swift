import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The explained result of a completed assessment: patterns ranked by confidence with their evidence, every
/// finding against its norm and source, the muscles on a front/back body diagram, why each painful joint may
/// hurt, a plain summary for the client — and, for a re-check, then → now against the earlier assessment.
enum AssessmentResultPage {
    struct Evidence: Encodable, Sendable {
        let test: String
        let value: String
        let norm: String
        let verdict: String
        let verdictClass: String
        let source: String
    }

    struct PatternItem: Encodable, Sendable {
        let name: String
        let plainName: String
        let confidence: Int
        let side: String?
        let explanation: String
        let evidence: [Evidence]
    }

    struct PossibleItem: Encodable, Sendable {
        let name: String
        let plainName: String
        let side: String?
        let because: String
        let confirmWith: String
    }

    struct Muscle: Encodable, Sendable {
        let name: String
        let side: String
        let because: String
    }

    struct Comparison: Encodable, Sendable {
        let test: String
        let side: String
        let before: String
        let after: String
        let change: String
        let beyondMDC: String
        let backWithinNorm: Bool
        let direction: String
    }

    /// Everything the page shows but the layout.
    struct Content: Encodable, Sendable {
        let clientID: String
        let assessmentID: String
        let clientName: String
        let date: String
        let knowledgeVersion: String
        let referral: [SelfCheckResultContext.ReferralItem]?
        let cautions: [String]?
        let patterns: [PatternItem]?
        /// Patterns that rest on one weak test: named only as worth confirming, with the tests that would.
        let possible: [PossibleItem]?
        let observations: [Evidence]
        let overactive: [Muscle]?
        let underactive: [Muscle]?
        let diagram: String
        let painLinks: [String]?
        let summary: [String]
        let comparison: [Comparison]?
        let comparedDate: String?
        let canProgram: Bool
        /// The client's training time, asked again beside "Build the program" (from the profile).
        let sessionsPerWeek: Int
        let minutesPerSession: Int
        let sessionsMin = ProgramOptions.sessionsRange.lowerBound, sessionsMax = ProgramOptions.sessionsRange.upperBound
        let minutesMin = ProgramOptions.minutesRange.lowerBound, minutesMax = ProgramOptions.minutesRange.upperBound
        let disclaimer: String
    }

    /// The page: the layout's context beside the content's fields.
    struct Context: Encodable {
        let page: PageContext
        let content: Content

        private enum Keys: String, CodingKey { case page }

        func encode(to encoder: any Encoder) throws {
            try content.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(page, forKey: .page)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let record = try await access.record(AssessmentRecord.self, "assessmentID", of: client, key: \.$client)
        guard record.status == .complete, let result = try record.result else {
            return req.redirect(to: String(req.url.path.dropLast("/result".count)), redirectType: .normal)
        }
        let content = try await make(req, client, record, result)
        try await access.audit(client, .read, "assessment result")
        let page = try await PageContext(req, title: "Assessment result: \(client.name)")
        return try await req.view.render("staff-assessment-result", Context(page: page, content: content))
            .encodeResponse(for: req)
    }

    private static func make(_ req: Request, _ client: Client, _ record: AssessmentRecord, _ result: Assessment)
        async throws -> Content
    {
        let knowledge = req.application.shared.knowledge
        var comparison: [Comparison]?
        var comparedDate: String?
        if let compared = record.comparedWith, let earlier = try await AssessmentRecord.find(compared, on: req.db) {
            let today = CalendarDay(record.performedOn) ?? WallClock.day(of: req.now, in: .gmt)
            let rows = RetestComparison(engine: req.application.shared.engine).compare(
                before: try ClientCase.make(
                    client, screen: nil, findings: try earlier.findings, notes: "",
                    on: CalendarDay(earlier.performedOn) ?? today),
                after: try ClientCase.make(client, screen: nil, findings: try record.findings, notes: "", on: today))
            comparison = rows.map(comparisonRow).nonEmpty
            comparedDate = CalendarDay(earlier.performedOn).map(BookingTimeText.day)
        }
        let clientID = try client.requireID().uuidString.lowercased()
        return Content(
            clientID: clientID,
            assessmentID: try record.requireID().uuidString.lowercased(), clientName: client.name,
            date: record.performedOnText,
            knowledgeVersion: record.knowledgeVersion,
            referral: result.referral.reasons.map(SelfCheckResultContext.ReferralItem.init).nonEmpty,
            cautions: result.cautions.map(\.message).nonEmpty,
            patterns: result.patterns.map { pattern in
                PatternItem(
                    name: pattern.name, plainName: pattern.plainName,
                    confidence: Int((pattern.confidence * 100).rounded()),
                    side: pattern.side == .both ? nil : pattern.side.rawValue, explanation: pattern.explanation,
                    evidence: pattern.evidence.filter { $0.test != nil }.map { evidence in
                        let verdict = evidence.verdict ?? .normal
                        return Evidence(
                            test: (evidence.test.flatMap { knowledge.testsByID[$0]?.name } ?? evidence.rule)
                                + (evidence.side.map { " (\($0.rawValue))" } ?? ""),
                            value: evidence.compensation.map { compensationName($0, knowledge) }
                                ?? evidence.value?.description ?? "—",
                            norm: evidence.norm ?? "",
                            verdict: verdictWords(verdict), verdictClass: verdictClass(verdict),
                            source: evidence.source ?? "")
                    })
            }.nonEmpty,
            possible: result.possiblePatterns.map { pattern in
                let found = pattern.evidence.filter { $0.verdict == .impaired && $0.counts == .supports }
                    .compactMap { $0.test.flatMap { knowledge.testsByID[$0]?.name } }
                let others = pattern.testsToConfirm.filter { test in !pattern.evidence.contains { $0.test == test } }
                return PossibleItem(
                    name: pattern.name, plainName: pattern.plainName,
                    side: pattern.side == .both ? nil : pattern.side.rawValue,
                    because: Array(Set(found)).sorted().joined(separator: ", "),
                    confirmWith: others.compactMap { knowledge.testsByID[$0]?.name }.joined(separator: ", "))
            }.nonEmpty,
            observations: result.observations.map { observation in
                Evidence(
                    test: observation.name + (observation.side.map { " (\($0.rawValue))" } ?? "")
                        + (observation.task.map { " — \($0.rawValue)" } ?? "")
                        + (observation.kind == .finding ? "" : " — \(observation.kind.rawValue)"),
                    value: observation.valueText, norm: observation.norm, verdict: verdictWords(observation.verdict),
                    verdictClass: verdictClass(observation.verdict), source: observation.source)
            },
            overactive: result.overactive.map { muscle($0, knowledge) }.nonEmpty,
            underactive: result.underactive.map { muscle($0, knowledge) }.nonEmpty,
            diagram: BodyDiagram(overactive: result.overactive, underactive: result.underactive).svg(),
            painLinks: result.painLinks.map {
                "Your \(OutcomeTrend.Site(region: $0.region, side: $0.side).plainName): \($0.explanation)"
            }.nonEmpty,
            summary: summary(result), comparison: comparison, comparedDate: comparedDate,
            canProgram: !result.referral.required && client.referral != .awaitingClearance,
            sessionsPerWeek: client.sessionsPerWeek, minutesPerSession: client.minutesPerSession,
            disclaimer: result.disclaimer)
    }

    /// The result in a client's words: what the tests show, why it may hurt, and what comes next.
    static func summary(_ result: Assessment) -> [String] {
        if result.referral.required {
            return [
                "Some of what we found needs a clinician's check before we test or train further. "
                    + "This is not a diagnosis."
            ]
        }
        guard !result.patterns.isEmpty else {
            guard let possible = result.possiblePatterns.first else {
                return [
                    "Your tests are within the norms we use. We found no imbalance pattern to correct; "
                        + "training can focus on your goals."
                ]
            }
            // One weak reading: say what was seen and that it is checked again, without naming a problem.
            return [
                "One test was a little outside its norm. On its own that is not enough to call it a pattern "
                    + "(\(possible.plainName.lowercased())), so we will check it again with another test before "
                    + "we change anything. Training can focus on your goals meanwhile."
            ]
        }
        var lines = result.patterns.prefix(3).map { "A pattern we often see: \($0.plainName). \($0.explanation)" }
        lines += result.painLinks.map {
            "Why your \(OutcomeTrend.Site(region: $0.region, side: $0.side).plainName) may hurt: \($0.explanation)"
        }
        lines.append(
            "What comes next: release and activation drills first, then one side at a time with slow tempo, "
                + "then full-body strength — with a re-check to measure the change."
        )
        return lines
    }

    /// A muscle and why it stands out, each reason by name: the pattern ("Dynamic knee valgus") or the squat
    /// compensation ("overhead squat: knees cave in") the result stores by id.
    static func muscle(_ finding: MuscleFinding, _ knowledge: KnowledgeBase) -> Muscle {
        let reasons = finding.because.map { reason -> String in
            if let pattern = knowledge.patternsByID[PatternID(rawValue: reason)] { return pattern.name }
            let parts = reason.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2, let compensation = OverheadSquatCompensation(rawValue: parts[1]) {
                let test = knowledge.testsByID[TestID(rawValue: parts[0])]?.name.lowercased() ?? "overhead squat"
                return "\(test): \(compensationName(compensation, knowledge))"
            }
            return reason
        }
        return Muscle(
            name: "\(finding.name) — \(finding.plainName)", side: finding.side.rawValue,
            because: reasons.joined(separator: "; "))
    }

    /// "knees cave in", "clean squat": a squat compensation as the knowledge base names it.
    static func compensationName(_ compensation: OverheadSquatCompensation, _ knowledge: KnowledgeBase) -> String {
        compensation == .none
            ? "clean squat" : knowledge.compensationsByID[compensation]?.name.lowercased() ?? compensation.rawValue
    }

    static func comparisonRow(_ row: RetestComparison.Row) -> Comparison {
        Comparison(
            // The name already says "left/right difference" for an asymmetry row.
            test: row.name + (row.task.map { " — \($0.plainName)" } ?? ""),
            side: row.side?.rawValue ?? "", before: row.before, after: row.after, change: row.changeText,
            beyondMDC: row.beyondMeasurementError.map {
                $0 ? "yes (MDC \(NumberText.format(row.mdc ?? 0)))" : "no (MDC \(NumberText.format(row.mdc ?? 0)))"
            } ?? "—",
            backWithinNorm: row.backWithinNorm,
            direction: row.improved.map { $0 ? "better" : "worse" } ?? "—")
    }

    static func verdictWords(_ verdict: Verdict) -> String {
        switch verdict {
        case .normal: "✓ within norm"
        case .borderline: "◐ borderline"
        case .impaired: "✗ outside norm"
        }
    }

    static func verdictClass(_ verdict: Verdict) -> String {
        switch verdict {
        case .normal: "ok"
        case .borderline: "warn"
        case .impaired: "bad"
        }
    }
}
