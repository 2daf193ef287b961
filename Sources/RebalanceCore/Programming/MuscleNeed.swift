/// A muscle the assessment says to calm down (overactive) or wake up (underactive), and how urgently.
/// A class compared by identity: the generator asks "is this need still open?" many times per program.
final class MuscleNeed: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case overactive, underactive }

    let muscle: MuscleID
    let name: String
    let side: Side
    let kind: Kind
    /// Patterns and compensations behind it (ids).
    let because: [String]
    /// The same, named for a reader ("Lower crossed pattern", "overhead squat: knees cave in").
    let becauseNames: [String]
    /// The strongest confidence behind it (a lone compensation counts 0.5).
    let priority: Double

    init(
        muscle: MuscleID, name: String, side: Side, kind: Kind, because: [String], becauseNames: [String],
        priority: Double
    ) {
        self.muscle = muscle
        self.name = name
        self.side = side
        self.kind = kind
        self.because = because
        self.becauseNames = becauseNames
        self.priority = priority
    }

    static func == (lhs: MuscleNeed, rhs: MuscleNeed) -> Bool { lhs === rhs }

    /// Needs in priority order (strongest first, then by muscle id so the order is deterministic).
    static func from(_ assessment: Assessment, knowledge: KnowledgeBase) -> [MuscleNeed] {
        var confidence: [String: Double] = [:]
        var names: [String: String] = [:]
        for pattern in assessment.patterns {
            confidence[pattern.id.rawValue] = pattern.confidence
            names[pattern.id.rawValue] = pattern.name
        }
        for compensation in knowledge.compensations {
            names["overheadSquat.\(compensation.id.rawValue)"] = "overhead squat: \(compensation.name.lowercased())"
        }
        func need(_ finding: MuscleFinding, _ kind: Kind) -> MuscleNeed {
            let priority = finding.because.map { confidence[$0] ?? 0.5 }.max() ?? 0.5
            return MuscleNeed(
                muscle: finding.muscle, name: finding.plainName, side: finding.side, kind: kind,
                because: finding.because, becauseNames: finding.because.map { names[$0] ?? $0 }, priority: priority)
        }
        let needs =
            assessment.overactive.map { need($0, .overactive) } + assessment.underactive.map { need($0, .underactive) }
        return needs.sorted {
            ($0.priority, $1.muscle.rawValue, $0.kind == .underactive ? 0 : 1)
                > ($1.priority, $0.muscle.rawValue, $1.kind == .underactive ? 0 : 1)
        }
    }

    /// The roles that meet this need in a phase.
    func roles(in phase: ExerciseDefinition.Phase) -> [ExerciseDefinition.Role] {
        switch (kind, phase) {
        case (.overactive, _): Self.calming
        case (.underactive, .reposition): Self.waking
        case (.underactive, .reeducate), (.underactive, .reinforce): Self.loading
        }
    }

    // Shared sets: the generator asks for these thousands of times per program.
    private static let calming: [ExerciseDefinition.Role] = [.release, .lengthen]
    private static let waking: [ExerciseDefinition.Role] = [.activate]
    private static let loading: [ExerciseDefinition.Role] = [.strengthen, .integrate]

    /// "gluteus medius (right)" or "hip flexors".
    var label: String { side == .both ? name : "\(name) (\(side))" }
}
