/// What the trainer brings to a progress check: where the client is, the logs, and any re-test findings.
public struct ProgressInput: Codable, Sendable, Equatable {
    public var phase: ExerciseDefinition.Phase
    public var startedOn: CalendarDay
    /// The day of the review; defaults to the latest log (or the start).
    public var asOf: CalendarDay?
    public var sessions: [SessionLog]
    /// Re-measured tests, in the case format's finding shape.
    public var retest: [Finding]

    public init(
        phase: ExerciseDefinition.Phase, startedOn: CalendarDay, asOf: CalendarDay? = nil,
        sessions: [SessionLog] = [], retest: [Finding] = []
    ) {
        self.phase = phase
        self.startedOn = startedOn
        self.asOf = asOf
        self.sessions = sessions
        self.retest = retest
    }

    private enum CodingKeys: String, CodingKey { case phase, startedOn, asOf, sessions, retest }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        phase = try container.decode(ExerciseDefinition.Phase.self, forKey: .phase)
        startedOn = try container.decode(CalendarDay.self, forKey: .startedOn)
        asOf = try container.decodeIfPresent(CalendarDay.self, forKey: .asOf)
        sessions = try container.decodeIfPresent([SessionLog].self, forKey: .sessions) ?? []
        retest = try container.decodeIfPresent([Finding].self, forKey: .retest) ?? []
    }
}

/// The outcome of a progress check for the current phase.
public struct PhaseReview: Codable, Sendable, Equatable {
    /// What to do next with the phase as a whole.
    public enum Decision: String, Vocabulary {
        /// Every criterion is met: move to the next phase.
        case progress
        /// Phase 3 criteria met: keep training and re-check every 4–6 weeks.
        case maintain
        /// Keep going; some criteria are not met yet.
        case stay
        /// A pain flare: ease back before anything else.
        case regress
        public static let noun = "decision"
    }

    public let phase: ExerciseDefinition.Phase
    public let asOf: CalendarDay
    public let decision: Decision
    public let summary: String
    public let criteria: [CriterionStatus]
    public let flares: [PainFlare]
    public let adjustments: [ExerciseAdjustment]
}

/// One progression criterion checked against the logs.
public struct CriterionStatus: Codable, Sendable, Equatable {
    /// Whether the criterion holds.
    public enum Status: String, Vocabulary {
        case met, notMet, unknown
        public static let noun = "criterion status"
    }

    public let criterion: String
    public let kind: ProgressionCriterion.Kind
    public let description: String
    public let status: Status
    /// The figures behind the status, in a trainer's words.
    public let detail: String
}

/// Pain that rose by at least the clinically important 2 points, within or across sessions.
public struct PainFlare: Codable, Sendable, Equatable {
    public let date: CalendarDay
    public let region: Region
    public let side: Side
    public let from: Int
    public let to: Int

    public init(date: CalendarDay, region: Region, side: Side, from: Int, to: Int) {
        self.date = date
        self.region = region
        self.side = side
        self.from = from
        self.to = to
    }
}

/// A change to one exercise: make it harder, easier, or keep it.
public struct ExerciseAdjustment: Codable, Sendable, Equatable {
    /// Which way to change the exercise.
    public enum Action: String, Vocabulary {
        case progress, regress, keep
        public static let noun = "adjustment"
    }

    public let exercise: ExerciseID
    public let action: Action
    /// The library's next or previous step, when there is one.
    public let to: ExerciseID?
    public let reason: String
}
