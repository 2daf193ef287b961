import Foundation

extension PostureAnalysis {
    /// The measures that are also assessment tests, as findings the engine reads (rounded as a trainer writes them:
    /// whole degrees, tenths of a centimeter). `findings(of:)` combines the photos of one assessment.
    public func findings(_ knowledge: KnowledgeBase) -> [Finding] {
        measures.compactMap { measure in
            guard let test = knowledge.postureByKind[measure.kind]?.test else { return nil }
            return Self.finding(test, measure.kind, measure.value, side: measure.side)
        }
    }

    /// One finding per test from all of an assessment's photos, given in the order to prefer (front before back,
    /// right side before left). A measure without a side taken on two photos — the craniovertebral angle from both
    /// side views — is their mean, as the angle is usually reported; a sided one comes from the first photo.
    public static func findings(of analyses: [PostureAnalysis], _ knowledge: KnowledgeBase) -> [Finding] {
        var order: [TestID] = []
        var taken: [TestID: [PostureMeasure]] = [:]
        for measure in analyses.flatMap(\.measures) {
            guard let test = knowledge.postureByKind[measure.kind]?.test else { continue }
            if taken[test] == nil { order.append(test) }
            taken[test, default: []].append(measure)
        }
        return order.compactMap { test in
            guard let measures = taken[test], let first = measures.first else { return nil }
            let sideless = measures.allSatisfy { $0.side == nil }
            let value = sideless ? measures.map(\.value).reduce(0, +) / Double(measures.count) : first.value
            return finding(test, first.kind, value, side: first.side)
        }
    }

    private static func finding(_ test: TestID, _ kind: PostureMeasure.Kind, _ value: Double, side: Side?) -> Finding {
        let rounded = PostureMeasure(kind: kind, value: value, side: side, from: [], automatic: false).recordedValue
        let side = side == .both ? nil : side
        return Finding.measured(test, rounded == 0 ? nil : side, rounded)
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
