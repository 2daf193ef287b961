/// A corrective or strength exercise from the library, with its dosage and safe-use limits.
/// A class: the generator passes exercises around constantly, and a reference is one retain, not twenty.
public final class ExerciseDefinition: Codable, Sendable, Identifiable {
    /// A phase of the corrective method.
    public enum Phase: String, Vocabulary, Comparable {
        case reposition, reeducate, reinforce
        public static let noun = "phase"

        public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.number < rhs.number }

        /// 1, 2 or 3.
        public var number: Int {
            switch self {
            case .reposition: 1
            case .reeducate: 2
            case .reinforce: 3
            }
        }
    }

    /// What an exercise does to a muscle.
    public enum Role: String, Vocabulary {
        case release, lengthen, activate, strengthen, integrate
        public static let noun = "exercise role"
    }

    /// A muscle the exercise targets and in which role.
    public struct Target: Codable, Sendable, Hashable {
        public let muscle: MuscleID
        public let role: Role
    }

    /// The default dose.
    public struct Dosage: Codable, Sendable, Hashable {
        public let sets: Int
        public let reps: Int?
        public let holdSeconds: Int?
        public let perSide: Bool
        public let tempo: String?
        public let restSeconds: Int
        public let effort: String
    }

    /// Pain at or above a level in a region that rules the exercise out.
    public struct PainLimit: Codable, Sendable, Hashable {
        public let region: Region
        public let minNprs: Int
    }

    public let id: ExerciseID
    public let name: String
    public let phases: [Phase]
    public let movement: MovementPattern
    public let targets: [Target]
    public let laterality: Laterality
    public let equipment: [Equipment]
    public let level: Int
    public let setup: String
    public let cues: [String]
    public let faults: [String]
    public let dosage: Dosage
    public let minutes: Int
    public let regression: ExerciseID?
    public let progression: ExerciseID?
    public let avoidWhenPain: [PainLimit]?
    public let avoidWhen: [TrainingCondition]?
    /// The positions it is done in and what it demands, read by the position rules (`safety.yaml`).
    public let positions: [BodyPosition]?
    public let demands: [ExerciseDemand]?
    /// The start and end positions its picture shows (`poses.yaml`).
    public let figure: ExerciseFigure?

    /// Whether the exercise trains `muscle` in one of `roles`.
    public func targets(_ muscle: MuscleID, in roles: Set<Role>) -> Bool {
        targets.contains { $0.muscle == muscle && roles.contains($0.role) }
    }

    /// The same for a short list of roles, without hashing (the generator's hot path).
    public func targets(_ muscle: MuscleID, in roles: [Role]) -> Bool {
        targets.contains { $0.muscle == muscle && roles.contains($0.role) }
    }
}
