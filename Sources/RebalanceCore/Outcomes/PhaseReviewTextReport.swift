/// Renders a phase review for the terminal: decision, each criterion with its figures, and the changes.
public struct PhaseReviewTextReport: Sendable {
    public init() {}

    public func render(_ review: PhaseReview) -> String {
        var lines = [
            "Phase \(review.phase.number) review on \(review.asOf): \(review.decision.rawValue.uppercased())",
            review.summary, "",
        ]
        lines.append("Criteria")
        for status in review.criteria {
            lines.append("  \(status.status.mark) \(status.description)")
            lines.append("      \(status.detail)")
        }
        if !review.flares.isEmpty {
            lines.append("")
            lines.append("Pain flares")
            for flare in review.flares {
                let side = flare.side == .both ? "" : " (\(flare.side))"
                lines.append("  \(flare.date): \(flare.region.plainName)\(side) \(flare.from) → \(flare.to)/10")
            }
        }
        if !review.adjustments.isEmpty {
            lines.append("")
            lines.append("Exercises")
            for change in review.adjustments {
                let target = change.to.map { " → \($0)" } ?? ""
                lines.append("  \(change.action.rawValue): \(change.exercise)\(target) — \(change.reason)")
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension CriterionStatus.Status {
    /// A check-box mark that reads without colour.
    public var mark: String {
        switch self {
        case .met: "[met]"
        case .notMet: "[not yet]"
        case .unknown: "[no data]"
        }
    }
}
