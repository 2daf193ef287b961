/// Renders an assessment as the trainer's plain-text summary (`rebalance assess --format text`).
public struct AssessmentTextReport: Sendable {
    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) { self.knowledge = knowledge }

    public func render(_ assessment: Assessment) -> String {
        var lines: [String] = []
        if assessment.referral.required {
            lines.append("REFER TO A CLINICIAN — do not start a training program.")
            for reason in assessment.referral.reasons {
                // Who and how soon as two fields, as the pages show them: a "who" that carries its own timing
                // ("a doctor today", "911 if it is happening now") reads wrongly run into "see …, today".
                lines.append("  • \(reason.name). Who: \(reason.seeWhom). How soon: \(reason.urgency.plain).")
                lines.append("    \(reason.message)")
                if let evidence = reason.evidence { lines.append("    Why: \(evidence). Source: \(reason.source)") }
            }
            lines.append("")
        }
        lines.append("Clearance: \(clearanceText(assessment.clearance))")
        for caution in assessment.cautions { lines.append("  ! \(caution.message)") }
        for question in assessment.questions {
            let answer = question.answer.map { $0 ? "answered yes" : "answered no" } ?? "to answer"
            lines.append("  ? \(question.question) (\(answer); add it to \"confirmations\" in the case)")
        }
        lines.append("")
        lines += patternLines(assessment)
        lines += muscleLines("Overactive (release / lengthen)", assessment.overactive)
        lines += muscleLines("Underactive (activate / strengthen)", assessment.underactive)
        if !assessment.painLinks.isEmpty {
            lines.append("Why it may hurt")
            for link in assessment.painLinks {
                let pain = link.nprs.map { ", pain \($0)/10" } ?? ""
                let mechanisms = link.mechanisms.map(\.plainName).joined(separator: "; ")
                lines.append(
                    "  \(link.region.plainName) (\(link.side.rawValue)\(pain))"
                        + (mechanisms.isEmpty ? "" : ": \(mechanisms)"))
                lines.append("    \(link.explanation)")
            }
            lines.append("")
        }
        lines += observationLines(assessment.observations)
        lines.append("Knowledge base \(assessment.knowledgeBaseVersion). \(assessment.disclaimer)")
        return lines.joined(separator: "\n")
    }

    private func clearanceText(_ clearance: Clearance) -> String {
        switch clearance {
        case .cleared: "cleared to train"
        case .notScreened: "not screened — ask the health questions before training"
        case .clearedWithCaution: "cleared with caution — follow up on:"
        case .refer: "refer before training"
        case .confirmFirst: "not yet — answer the confirming question below before training"
        }
    }

    private func patternLines(_ assessment: Assessment) -> [String] {
        var lines: [String] = []
        if assessment.patterns.isEmpty && assessment.possiblePatterns.isEmpty {
            lines.append("Patterns: none — every finding is within its norm or too weak on its own.")
        }
        for (title, patterns) in [
            ("Likely patterns", assessment.patterns),
            ("Possible patterns (to confirm: self-reports only, or one weak test)", assessment.possiblePatterns),
        ]
        where !patterns.isEmpty {
            lines.append(title)
            for pattern in patterns {
                let percent = Int((pattern.confidence * 100).rounded())
                lines.append("  \(pattern.name) — \(pattern.plainName) [\(pattern.side.rawValue), \(percent)%]")
                for item in pattern.evidence where item.counts == .supports {
                    lines.append("    + \(evidenceText(item))")
                }
                for item in pattern.evidence where item.counts == .against {
                    lines.append("    − \(evidenceText(item)) (counts against)")
                }
            }
        }
        lines.append("")
        return lines
    }

    private func evidenceText(_ item: PatternEvidence) -> String {
        if let sign = item.sign { return "sign: \(sign)" + (item.side.map { " (\($0.rawValue))" } ?? "") }
        if let pain = item.pain { return "pain: \(pain.plainName)" }
        let name = item.test.map(knowledge.displayName) ?? "test"
        let side = item.side.map { " \($0.rawValue)" } ?? ""
        let value = item.compensation?.rawValue ?? item.value.map { $0.description + (item.unit?.suffix ?? "") } ?? ""
        let kind = item.kind == "asymmetry" ? " difference" : ""
        return "\(name)\(kind)\(side): \(value) (norm \(item.norm ?? "—"); \(item.verdict?.rawValue ?? ""))"
    }

    private func muscleLines(_ title: String, _ muscles: [MuscleFinding]) -> [String] {
        guard !muscles.isEmpty else { return [] }
        return [title]
            + muscles.map { "  \($0.name) (\($0.side.rawValue)) — from \($0.because.joined(separator: ", "))" } + [""]
    }

    private func observationLines(_ observations: [Observation]) -> [String] {
        guard !observations.isEmpty else { return [] }
        var lines = ["Observations"]
        for observation in observations {
            let side = observation.side.map { " \($0.rawValue)" } ?? ""
            let mark =
                switch observation.verdict {
                case .normal: "✓ within norm"
                case .borderline: "~ borderline"
                case .impaired: "✗ outside norm"
                }
            let detail = observation.detail.map { " [\($0)]" } ?? ""
            lines.append(
                "  \(observation.name)\(side): \(observation.valueText)\(detail) — \(mark) (norm \(observation.norm))")
        }
        lines.append("")
        return lines
    }
}
