/// One in-studio test from the knowledge base: what it measures, how values are recorded, and its norm.
public struct TestDefinition: Codable, Sendable, Identifiable {
    /// How a test's result is recorded.
    public enum Kind: String, Vocabulary {
        case number, boolean, grade, compensation
        public static let noun = "test kind"
    }

    /// Which side a finding names.
    public enum Sides: String, Vocabulary {
        /// Measured on each side (left / right, or both when equal).
        case perSide
        /// A whole-body measure with no side.
        case none
        /// An asymmetry measure whose side names the higher side.
        case higherSide
        /// A limb symmetry index whose side names the involved limb.
        case involvedSide
        public static let noun = "side rule"

        /// Whether a finding of this test carries a side.
        public var isSided: Bool { self != .none }
    }

    /// One grade of a graded test and the verdict it carries.
    public struct Grade: Codable, Sendable, Hashable {
        public let id: String
        public let verdict: Verdict
    }

    public let id: TestID
    public let name: String
    public let domain: TestDomain
    public let measures: String
    public let procedure: String
    public let kind: Kind
    public let unit: MeasurementUnit
    public let sides: Sides
    /// The physically plausible input range for number tests.
    public let range: [Double]?
    public let norm: Norm
    public let grades: [Grade]?
    public let tasks: [SymmetryTask]?
    public let asymmetry: AsymmetryRule?
    /// Minimal detectable change in the test's unit, where published.
    public let mdc: Double?
    public let mdcSource: String?
    public let caveat: String?
    /// Why one reading of this test alone is too weak to call a pattern likely (a noisy or visual test); a pattern
    /// with no other impaired objective finding is reported as possible, to confirm with another test.
    public let weakAlone: String?

    /// The plausible input range as a closed range, when the test has one.
    public var plausibleRange: ClosedRange<Double>? {
        guard let range, range.count == 2, range[0] <= range[1] else { return nil }
        return range[0]...range[1]
    }
}

/// A left–right difference rule: flag when the sides differ by more than an absolute or relative amount.
public struct AsymmetryRule: Codable, Sendable {
    public let maxDifference: Double?
    public let maxRelativeDifference: Double?
    public let source: String
}
