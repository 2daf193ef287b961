/// Why no program was produced, with a message for the person who asked.
public enum ProgramError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The assessment requires a clinician first; training would be unsafe.
    case referralRequired([ReferralReason])
    /// A sign in the notes is unconfirmed: whether the client is cleared is not known yet.
    case confirmFirst([ConfirmingQuestion])
    /// Options outside their allowed ranges.
    case invalidOptions([CaseIssue])

    public var description: String {
        switch self {
        case .referralRequired(let reasons):
            let list = reasons.map { "\($0.name): \($0.message) (\($0.urgency.plain))" }
            return "No program: please see a clinician first.\n" + list.map { "  - " + $0 }.joined(separator: "\n")
        case .confirmFirst(let questions):
            return "No program yet: answer these questions about the notes first.\n"
                + questions.map { "  - " + $0.question }.joined(separator: "\n")
        case .invalidOptions(let issues):
            return "Invalid program options:\n" + issues.map { "  - \($0)" }.joined(separator: "\n")
        }
    }
}
