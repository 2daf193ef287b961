/// Whether the client may train: cleared, cleared with caution (follow-up questions), or refer to a clinician.
public enum Clearance: String, Vocabulary {
    case cleared, clearedWithCaution, refer
    /// A note mentions a warning sign the reading is unsure about: answer the confirming questions first.
    case confirmFirst
    /// No health answers were given, so nothing can be said either way (no warning sign was found either).
    case notScreened
    public static let noun = "clearance"
}

/// How a referral reason came to light.
public enum ReferralTrigger: String, Vocabulary {
    case answer, notes, test, healthScreen, bloodPressure
    /// A confirming question about a sign in the notes, answered "yes, the client's own and current".
    case confirmed
    public static let noun = "referral trigger"
}

/// One reason to refer, with what to tell the client and how soon.
public struct ReferralReason: Codable, Sendable, Equatable {
    public let id: String
    public let name: String
    public let message: String
    public let seeWhom: String
    public let urgency: Urgency
    public let trigger: ReferralTrigger
    /// What revealed it: the words in the notes, the test, or the reading.
    public let evidence: String?
    public let source: String
}

/// The referral decision: required whenever there is at least one reason.
public struct Referral: Codable, Sendable, Equatable {
    public let required: Bool
    public let reasons: [ReferralReason]

    public init(reasons: [ReferralReason]) {
        self.reasons = reasons
        self.required = !reasons.isEmpty
    }

    /// The most urgent reason's urgency; nil when nothing refers.
    public var urgency: Urgency? { reasons.map(\.urgency).min() }
}

/// A "yes" that does not refer but needs a follow-up question or extra care.
public struct Caution: Codable, Sendable, Equatable {
    public let id: String
    public let message: String
    public let source: String
}

/// The outcome of safety triage.
public struct TriageResult: Codable, Sendable, Equatable {
    public let referral: Referral
    public let clearance: Clearance
    public let cautions: [Caution]
    /// Warning signs the notes mention but the reading is unsure about, answered or not.
    public let questions: [ConfirmingQuestion]
}
