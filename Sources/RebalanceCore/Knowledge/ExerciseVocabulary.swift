/// Kit an exercise needs. `none`, `mat` and `wall` are assumed everywhere.
public enum Equipment: String, Vocabulary {
    case none, mat, wall, band, miniBand, dumbbell, kettlebell, barbell, cable, bench, box, step, ball, balloon,
        dowel, foamRoller
    public static let noun = "equipment"

    /// What any client has at home without buying anything.
    public static let everywhere: Set<Equipment> = [.none, .mat, .wall]

    /// The name on a page ("mini band", "foam roller").
    public var plainName: String {
        switch self {
        case .none: "no kit"
        case .miniBand: "mini band"
        case .band: "resistance band"
        case .cable: "cable machine"
        case .foamRoller: "foam roller"
        default: rawValue
        }
    }
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
    /// Any stage of pregnancy, and from week 14 (after the first trimester; unknown weeks count as later).
    case pregnant, pregnancyAfterFirstTrimester
    public static let noun = "condition"

    /// How the condition reads in a reason.
    public var plainName: String {
        switch self {
        case .pregnancyAfter20Weeks: "pregnancy beyond 20 weeks"
        case .uncontrolledBloodPressure: "raised blood pressure"
        case .recentSurgery: "recent surgery"
        case .osteoporosis: "osteoporosis"
        case .acuteSprain: "an acute sprain"
        case .pregnant: "pregnancy"
        case .pregnancyAfterFirstTrimester: "pregnancy after the first trimester"
        }
    }
}

/// The body position an exercise is done in.
public enum BodyPosition: String, Vocabulary {
    case supine, prone, sideLying, quadruped, kneeling, seated, standing, hanging
    public static let noun = "body position"
}

/// What an exercise asks of the body beyond its target muscles, for the position rules in `safety.yaml`.
public enum ExerciseDemand: String, Vocabulary {
    /// Arms at or above shoulder height.
    case overhead
    /// A heavy lift or hold that invites breath-holding.
    case heavyBracing
    /// The abdominal wall loaded toward its end range (crunches, leg lowers, full planks).
    case endRangeAbdominal
    /// A deep knee bend under body weight.
    case deepKneeBend
    public static let noun = "exercise demand"
}
