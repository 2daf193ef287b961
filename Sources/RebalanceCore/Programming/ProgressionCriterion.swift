/// One condition for moving on to the next phase, checkable from session logs and re-tests.
public struct ProgressionCriterion: Codable, Sendable, Equatable {
    /// What the criterion measures.
    public enum Kind: String, Vocabulary {
        /// Time spent in the phase.
        case minimumWeeks
        /// Pain in the target movement at or below a level (NPRS 0–10).
        case pain
        /// Share of scheduled sessions done over recent weeks.
        case adherence
        /// The trainer confirms clean technique on listed exercises.
        case technique
        /// A test re-measured: back within its norm or improved beyond measurement error.
        case retest
        /// Strength work at the prescribed dose feels no harder than a given RPE.
        case effort
        public static let noun = "criterion kind"
    }

    /// What a re-test has to show.
    public enum RetestGoal: String, Vocabulary {
        /// Within norm, or improved by at least the test's minimal detectable change.
        case withinNormOrImproved
        /// Within norm (for asymmetries: sides within the allowed difference).
        case withinNorm
        public static let noun = "re-test goal"
    }

    /// Stable key, e.g. `pain.knee.right` or `retest.sideBridgeEndurance.asymmetry`.
    public let id: String
    public let kind: Kind
    public let description: String
    public var weeks: Int? = nil
    public var region: Region? = nil
    public var side: Side? = nil
    public var maxNprs: Int? = nil
    public var minPercent: Int? = nil
    public var exercises: [ExerciseID]? = nil
    public var test: TestID? = nil
    public var observation: Observation.Kind? = nil
    public var goal: RetestGoal? = nil
    /// The value at the assessment the program was built from.
    public var baseline: Double? = nil
    /// Which way the baseline left its norm, so "improved" has a direction.
    public var deviation: Deviation? = nil
    public var mdc: Double? = nil
    public var maxRPE: Int? = nil
}
