import Foundation

extension PostureAnalysis {
    /// The measures that are also assessment tests, as findings the engine reads (rounded as a trainer writes them:
    /// whole degrees, tenths of a centimeter). When both a front and a back photo give one, the caller keeps one.
    public func findings(_ knowledge: KnowledgeBase) -> [Finding] {
        measures.compactMap { measure in
            guard let test = knowledge.postureByKind[measure.kind]?.test else { return nil }
            let rounded = measure.recordedValue
            let side = measure.side == .both ? nil : measure.side
            return Finding.measured(test, rounded == 0 ? nil : side, rounded)
        }
    }
}

/// One measure judged against its norm, for the report.
public struct PostureReading: Sendable {
    public let measure: PostureMeasure
    public let name: String
    public let rule: String
    public let source: String
    public let confirmed: Bool
    /// Within, borderline or impaired, by the same judge as every assessment finding.
    public let verdict: Verdict

    /// Judges every measure of an analysis; a measure without a knowledge-base entry is left out.
    public static func readings(
        of analysis: PostureAnalysis, _ knowledge: KnowledgeBase, sex: Sex? = nil
    ) -> [PostureReading] {
        analysis.measures.compactMap { measure in
            guard let entry = knowledge.postureByKind[measure.kind], let norm = entry.norm(in: knowledge) else {
                return nil
            }
            let value = measure.recordedValue
            return PostureReading(
                measure: measure, name: entry.name, rule: norm.rule, source: norm.source,
                confirmed: norm.confirmed == true, verdict: NormJudge.judge(value, norm, sex: sex).verdict)
        }
    }

    /// "Shoulder tilt: 2.9° higher on the right — norm > 3° from level (unconfirmed)".
    public var line: String {
        let side: String =
            switch (measure.kind, measure.side) {
            case (_, nil), (_, .both?): ""
            case (.headShift, let side?), (.trunkShift, let side?), (.pelvisShift, let side?): " toward the \(side)"
            case (_, let side?): " higher on the \(side)"
            }
        let verdict =
            switch verdict {
            case .normal: "within the norm"
            case .borderline: "borderline"
            case .impaired: "outside the norm"
            }
        let auto = measure.automatic ? " [from automatic points]" : ""
        return "\(name): \(measure.valueText)\(side) — \(verdict) "
            + "(\(rule)\(confirmed ? "" : ", unconfirmed"))\(auto)"
    }
}
