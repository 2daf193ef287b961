/// A pattern the engine reports, with its confidence, side, evidence and plain explanation.
public struct PatternResult: Codable, Sendable, Equatable {
    /// How firm the conclusion is.
    public enum Certainty: String, Vocabulary {
        /// Backed by at least one objective test outside its norm.
        case likely
        /// From self-reported signs only (public self-check), or from one weak test alone: worth confirming with
        /// the tests in `testsToConfirm`.
        case possible
        public static let noun = "certainty"
    }

    public let id: PatternID
    public let name: String
    public let plainName: String
    public let confidence: Double
    public let certainty: Certainty
    public let side: Side
    public let evidence: [PatternEvidence]
    public let explanation: String
    /// Tests a trainer would run to confirm or rule out the pattern.
    public let testsToConfirm: [TestID]
}

/// One piece of evidence behind a pattern: a judged observation, a sign or a pain report.
public struct PatternEvidence: Codable, Sendable, Equatable {
    public let rule: String
    public let counts: EvidenceRule.Direction
    public let weight: Double
    public let kind: String
    public let test: TestID?
    public let compensation: OverheadSquatCompensation?
    public let task: SymmetryTask?
    public let sign: SignID?
    public let pain: Region?
    public let side: Side?
    public let value: FindingValue?
    public let unit: MeasurementUnit?
    public let norm: String?
    public let verdict: Verdict?
    public let source: String?

    init(rule: EvidenceRule, weight: Double, observation: Observation) {
        self.rule = rule.key
        counts = rule.direction
        self.weight = weight
        kind = observation.kind.rawValue
        test = observation.test
        compensation = observation.compensation
        task = observation.task
        sign = nil
        pain = nil
        side = observation.side
        value = observation.value
        unit = observation.unit
        norm = observation.norm
        verdict = observation.verdict
        source = observation.source
    }

    init(rule: EvidenceRule, weight: Double, sign: SignID?, pain: Region?, side: Side?) {
        self.rule = rule.key
        counts = rule.direction
        self.weight = weight
        kind = sign != nil ? "sign" : "pain"
        test = nil
        compensation = nil
        task = nil
        self.sign = sign
        self.pain = pain
        self.side = side
        value = nil
        unit = nil
        norm = nil
        verdict = nil
        source = nil
    }
}
