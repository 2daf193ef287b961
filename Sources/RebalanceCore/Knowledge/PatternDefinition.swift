/// An imbalance pattern: the evidence that supports it, the muscles involved and the joints it loads.
public struct PatternDefinition: Codable, Sendable, Identifiable {
    public let id: PatternID
    /// The name a trainer uses ("Lower crossed pattern").
    public let name: String
    /// The name a client understands ("Tight hip flexors, sleepy glutes").
    public let plainName: String
    /// Why this pattern matters, written for the client.
    public let explanation: String
    public let overactive: [MuscleID]
    public let underactive: [MuscleID]
    /// Rules that add to (or, when `counts: against`, take from) the confidence.
    public let evidence: [EvidenceRule]
    /// Keys of rules at least one of which must match with an impaired observation.
    public let requireAny: [String]?
    /// The joints this pattern loads and how.
    public let loads: [PainLoad]
    public let source: String
}

/// One piece of evidence a pattern looks for.
public struct EvidenceRule: Codable, Sendable {
    /// Whether a matched rule supports the pattern or counts against it.
    public enum Direction: String, Vocabulary {
        case supports, against
        public static let noun = "evidence direction"
    }

    /// A short key, unique within the pattern, for `requireAny`.
    public let key: String
    /// Matches an observation of this test judged outside norm (or inside it, for `against`).
    public let test: TestID?
    /// Restricts a test match to one direction of deviation (e.g. a high foot posture index).
    public let deviation: Deviation?
    /// Matches the test's left–right asymmetry observation instead of the value itself.
    public let asymmetry: Bool?
    /// Matches this overhead-squat compensation.
    public let compensation: OverheadSquatCompensation?
    /// Matches an everyday sign from the self-check.
    public let sign: SignID?
    /// Matches pain reported in this region.
    public let pain: Region?
    /// Matches a limb-symmetry task (with `test: limbSymmetryIndex`).
    public let task: SymmetryTask?
    /// How much a match moves the confidence, 0…1.
    public let weight: Double
    public let counts: Direction?
    /// Muscles this finding implicates beyond the pattern's own lists.
    public let overactive: [MuscleID]?
    public let underactive: [MuscleID]?

    /// Whether the rule looks at a trainer's objective test rather than a self-report.
    public var isObjective: Bool { test != nil || compensation != nil }

    public var direction: Direction { counts ?? .supports }
}

/// How a pattern loads one region: the mechanisms and a plain explanation.
public struct PainLoad: Codable, Sendable {
    public let region: Region
    public let mechanisms: [PainMechanism]
    public let explanation: String
}
