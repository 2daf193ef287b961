/// How soon a client with a red flag should see a clinician.
public enum Urgency: String, Vocabulary, Comparable {
    case emergency, sameDay, soon, beforeTraining
    public static let noun = "urgency"

    public static func < (lhs: Urgency, rhs: Urgency) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .emergency: 0
        case .sameDay: 1
        case .soon: 2
        case .beforeTraining: 3
        }
    }

    /// How soon, in a client's words.
    public var plain: String {
        switch self {
        case .emergency: "immediately"
        case .sameDay: "today"
        case .soon: "within the next few days"
        case .beforeTraining: "before training starts"
        }
    }
}

/// A red flag: a sign that needs a clinician before any training, with the words that reveal it in notes.
public struct RedFlagDefinition: Codable, Sendable, Identifiable {
    public let id: RedFlagID
    public let name: String
    /// The yes/no question asked on screens.
    public let question: String
    /// What we tell the client, kindly and clearly.
    public let message: String
    public let seeWhom: String
    public let urgency: Urgency
    public let source: String
    /// Phrases in free text that reveal the flag: each is a list of term groups that must all occur
    /// in one clause; a group matches when a word starts with any of its terms.
    public let phrases: [[[String]]]
    /// Tests whose positive result raises this flag (Ottawa rules).
    public let positiveTests: [TestID]?
}

/// What a "yes" to a health question leads to.
public enum HealthAnswerOutcome: String, Vocabulary {
    /// Noted, no change to clearance (a joint problem is why clients come).
    case noted
    /// Cleared with caution and follow-up questions.
    case caution
    /// Refer to a clinician before training.
    case refer
    public static let noun = "health-answer outcome"
}

/// One PAR-Q+-style general health question.
public struct HealthQuestion: Codable, Sendable, Identifiable {
    public let id: String
    public let question: String
    public let ifYes: HealthAnswerOutcome
    /// The follow-up a trainer asks, or the message for a referral.
    public let followUp: String
    public let source: String
}

/// The blood-pressure rule: refer at or above stage-2 values, caution above normal.
public struct BloodPressureRule: Codable, Sendable {
    public let referSystolic: Int
    public let referDiastolic: Int
    public let cautionSystolic: Int
    public let cautionDiastolic: Int
    public let message: String
    public let cautionMessage: String
    public let source: String
}

/// The health screen and red flags as loaded from `safety.yaml`.
public struct SafetyDefinitions: Codable, Sendable {
    public let healthQuestions: [HealthQuestion]
    public let bloodPressure: BloodPressureRule
    public let pregnancyCaution: String
    public let redFlags: [RedFlagDefinition]
}
