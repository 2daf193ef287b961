/// Kit an exercise needs. `none`, `mat` and `wall` are assumed everywhere.
public enum Equipment: String, Vocabulary {
    case none, mat, wall, band, miniBand, dumbbell, kettlebell, barbell, cable, bench, box, step, ball, balloon,
        dowel, foamRoller
    public static let noun = "equipment"

    /// What any client has at home without buying anything.
    public static let everywhere: Set<Equipment> = [.none, .mat, .wall]
}

/// Whether an exercise works one side at a time.
public enum Laterality: String, Vocabulary {
    case unilateral, bilateral
    public static let noun = "laterality"
}

/// The movement an exercise trains, used to balance a full-body session.
public enum MovementPattern: String, Vocabulary {
    case breathing, release, mobility, activation, squat, hinge, lunge, push, pull, carry, gait, balance,
        antiExtension, antiRotation, lateralStability, rotation, plyometric
    public static let noun = "movement pattern"

    /// Trunk patterns that train the cross-body and anti-movement core.
    public var isCore: Bool { [.antiExtension, .antiRotation, .lateralStability, .rotation].contains(self) }
}

/// A health condition that rules an exercise out, whatever the client's pain.
public enum TrainingCondition: String, Vocabulary {
    case pregnancyAfter20Weeks, uncontrolledBloodPressure, recentSurgery, osteoporosis, acuteSprain
    public static let noun = "condition"

    /// How the condition reads in a reason.
    public var plainName: String {
        switch self {
        case .pregnancyAfter20Weeks: "pregnancy beyond 20 weeks"
        case .uncontrolledBloodPressure: "raised blood pressure"
        case .recentSurgery: "recent surgery"
        case .osteoporosis: "osteoporosis"
        case .acuteSprain: "an acute sprain"
        }
    }
}
