/// A phased corrective program built from one assessment: Reposition → Re-educate → Reinforce & Progress.
public struct CorrectiveProgram: Codable, Sendable, Equatable {
    public let knowledgeBaseVersion: String
    public let options: ProgramOptions
    /// The client details the norms of the re-tests depend on.
    public let client: ClientBasics
    /// The painful areas at the assessment: the baseline a flare is measured from.
    public let painAreas: [PainArea]
    /// The patterns the program answers, with their side, strongest first.
    public let focus: [ProgramFocus]
    public let phases: [ProgramPhase]
    /// Exercises swapped for a safer one, with the reason, so nothing is dropped silently.
    public let substitutions: [Substitution]
    /// Needs no exercise could meet safely or within the time; the trainer decides in session.
    public let unaddressed: [UnaddressedNeed]
    /// Health-screen cautions the trainer must keep in mind.
    public let cautions: [Caution]
    /// Every condition the program was made safe for, stated or implied by the health screen; `nil` in programs
    /// made before it was kept.
    public let conditions: [TrainingCondition]?
    public let disclaimer: String

    /// The phase of a given kind.
    public func phase(_ kind: ExerciseDefinition.Phase) -> ProgramPhase? { phases.first { $0.phase == kind } }
}

/// A pattern the program is built around.
public struct ProgramFocus: Codable, Sendable, Equatable {
    public let pattern: PatternID
    public let name: String
    public let side: Side
    public let confidence: Double
}

/// One phase: its exercises in session order, when to do them, and when to move on.
public struct ProgramPhase: Codable, Sendable, Equatable {
    public let phase: ExerciseDefinition.Phase
    public let title: String
    public let goal: String
    /// Typical length in weeks; the criteria, not the calendar, decide when the phase ends.
    public let minWeeks: Int
    public let maxWeeks: Int
    public var exercises: [PrescribedExercise]
    /// The short routine for the days between main sessions.
    public let homePractice: [ExerciseID]
    public let schedule: WeeklySchedule
    public let sessionMinutes: Int
    public let homePracticeMinutes: Int
    public let progressionCriteria: [ProgressionCriterion]
}

/// The order exercises take within a session.
public enum SessionBlock: String, Vocabulary, Comparable {
    case breathing, release, activation, strength, integration
    public static let noun = "session block"

    public static func < (lhs: SessionBlock, rhs: SessionBlock) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One exercise as prescribed to this client, with the reason it is there.
public struct PrescribedExercise: Codable, Sendable, Equatable {
    public let exercise: ExerciseID
    public let name: String
    public let block: SessionBlock
    public let equipment: [Equipment]
    public let dosage: PrescribedDosage
    public let cues: [String]
    /// Why it is in the program, in a trainer's words.
    public let reasons: [ExerciseReason]
    public let regression: ExerciseID?
    public let progression: ExerciseID?
    /// Minutes including the extra set for the weaker side.
    public let minutes: Int
    /// The trainer's note for this client ("keep the band light"); absent in generated programs.
    public var note: String?
    /// A safety mark to read before doing it ("After the knee operation: only within the surgeon's limits").
    public var caution: String?
}

/// Sets, reps or hold, tempo and effort, with the weaker side's extra set.
public struct PrescribedDosage: Codable, Sendable, Equatable {
    public let sets: Int
    public let reps: Int?
    public let holdSeconds: Int?
    public let perSide: Bool
    public let tempo: String?
    public let restSeconds: Int
    public let effort: String
    /// The side to start with, because it is the weaker or tighter one.
    public let leadSide: Side?
    /// Sets on the lead side (one more than the other side).
    public let leadSideSets: Int?

    /// "3 × 8 each side, right first with 4 sets · tempo 3-1-1-0 · rest 60 s · RPE 6".
    public var summary: String {
        var text = "\(sets) × " + (reps.map { "\($0)" } ?? "\(holdSeconds ?? 0) s")
        if perSide { text += " each side" }
        if let leadSide, let leadSideSets { text += ", \(leadSide) side first with \(leadSideSets) sets" }
        if let tempo { text += " · tempo \(tempo)" }
        text += " · rest \(restSeconds) s · \(effort)"
        return text
    }
}

/// One reason an exercise is in the program: the muscle it works, in which role, for which findings.
public struct ExerciseReason: Codable, Sendable, Equatable {
    public let muscle: MuscleID?
    public let role: ExerciseDefinition.Role?
    public let side: Side?
    /// Patterns and compensations that made the muscle a target.
    public let because: [String]
    public let text: String
}

/// An exercise that was the natural choice but is unsafe for this client, and what replaced it.
public struct Substitution: Codable, Sendable, Equatable {
    public let phase: ExerciseDefinition.Phase
    public let original: ExerciseID
    public let replacement: ExerciseID?
    public let reason: String
}

/// Something the program should contain but could not, safely or in time, and why.
public struct UnaddressedNeed: Codable, Sendable, Equatable {
    public let phase: ExerciseDefinition.Phase
    /// "activation of gluteus medius (right)" or "a hinge pattern".
    public let what: String
    public let muscle: MuscleID?
    public let reason: String
}
