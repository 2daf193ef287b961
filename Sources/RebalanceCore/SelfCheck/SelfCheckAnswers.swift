/// The steps of the public self-check, in order.
public enum SelfCheckStep: String, Vocabulary, Comparable {
    case signs, pain, goals, health
    public static let noun = "self-check step"

    public static func < (lhs: SelfCheckStep, rhs: SelfCheckStep) -> Bool { lhs.number < rhs.number }

    /// 1-based position for "Step 2 of 4".
    public var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }
    public var next: SelfCheckStep? { Self.allCases.first { $0.number == number + 1 } }
    public var previous: SelfCheckStep? { Self.allCases.first { $0.number == number - 1 } }

    /// The step's heading.
    public var title: String {
        switch self {
        case .signs: "Everyday signs"
        case .pain: "Where it hurts"
        case .goals: "Your goals"
        case .health: "Health questions"
        }
    }
}

/// How active the client is in a typical week.
public enum ActivityLevel: String, Vocabulary {
    case mostlySitting, lightlyActive, active, veryActive
    public static let noun = "activity level"

    public var label: String {
        switch self {
        case .mostlySitting: "Mostly sitting, little exercise"
        case .lightlyActive: "Walking or light exercise once or twice a week"
        case .active: "Exercise three or four times a week"
        case .veryActive: "Training hard five or more times a week"
        }
    }
}

/// Everything a prospective client has answered so far in the self-check; saved after every step.
public struct SelfCheckAnswers: Codable, Sendable, Equatable {
    public var signs: [SignReport] = []
    public var painAreas: [PainArea] = []
    public var goals: String = ""
    public var activity: ActivityLevel?
    public var age: Int?
    public var healthAnswers: [String: Bool] = [:]
    public var redFlags: [RedFlagID] = []
    /// The furthest step completed.
    public var completed: SelfCheckStep?

    public init() {}

    /// The answers as an engine case: signs, pain, goals and the health screen, no test findings.
    public var asCase: Case {
        Case(
            client: ClientBasics(age: age), goals: goals.isEmpty ? [] : [goals], painAreas: painAreas, signs: signs,
            healthScreen: HealthScreen(answers: healthAnswers), redFlags: redFlags)
    }

    /// Whether every step has been answered, so the result can be shown.
    public var isComplete: Bool { completed == .health }
}
