/// Why a warning sign mentioned in a note was not taken as the client's own, current symptom, or as enough to refer.
public enum DoubtReason: String, Vocabulary {
    case someoneElse, notAboutTheClient, planOrQuestion, inThePast, gettingBetter, whenNotSaid
    public static let noun = "doubt"

    /// How the note was read, in words a trainer would use.
    public var plain: String {
        switch self {
        case .someoneElse: "it reads as someone else's"
        case .notAboutTheClient: "it reads as being about something other than the client"
        case .planOrQuestion: "it reads as a plan, a question or advice"
        case .inThePast: "it reads as over and done with"
        case .gettingBetter: "it reads as getting better"
        case .whenNotSaid: "it does not say when it comes on (at rest, in daily life or with effort)"
        }
    }
}

/// A trainer's (or visitor's) answer to a confirming question.
public struct Confirmation: Codable, Sendable, Equatable {
    public let flag: RedFlagID
    /// Whether the sign is the client's own, current symptom.
    public let current: Bool

    public init(flag: RedFlagID, current: Bool) {
        self.flag = flag
        self.current = current
    }
}

/// A question to answer before the client can be cleared: a note mentions a warning sign, but whether it is the
/// client's own, current symptom is a reading that could be wrong. "Yes" refers; "no" clears that sign.
public struct ConfirmingQuestion: Codable, Sendable, Equatable {
    public let flag: RedFlagID
    /// The warning sign's name ("Numbness in the saddle area").
    public let name: String
    /// The words in the note.
    public let excerpt: String
    public let reason: DoubtReason
    /// The question as the trainer sees it.
    public let question: String
    /// The same as a plain yes/no question to the client (the self-check's wording).
    public let clientQuestion: String
    /// `nil` until answered.
    public let answer: Bool?

    init(flag: RedFlagDefinition, excerpt: String, reason: DoubtReason, answer: Bool?) {
        self.flag = flag.id
        name = flag.name
        self.excerpt = excerpt
        self.reason = reason
        let sign = flag.name.prefix(1).lowercased() + flag.name.dropFirst()
        // A bare mention is not the flag's own sign yet (the "on exertion" of a chest pain is what is missing), so the
        // question asks about the words themselves.
        let asked = reason == .whenNotSaid ? "it" : sign
        question = "The note mentions “\(excerpt)”, and \(reason.plain). Is \(asked) the client's own, current symptom?"
        clientQuestion = flag.question
        self.answer = answer
    }
}
