import Foundation

/// Reads one submitted self-check step (form fields by name) into the saved answers, or says what to fix.
///
/// Field names: `sign.<id>` (checked) with `side.<id>`; `pain.<region>` with `pain.<region>.side` and
/// `pain.<region>.nprs`; `goals`, `activity`, `age`; `health.<id>` and `flag.<id>` as `yes` / `no`.
public struct SelfCheckForm: Sendable {
    /// One problem with one field, in words for the person filling the form in.
    public struct FieldError: Sendable, Equatable, Codable {
        public let field: String
        public let message: String

        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }
    }

    public static let maximumGoalsLength = 500
    public static let ageRange = 16...100

    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    /// The answers with this step applied, or every problem found; the earlier answers are never lost.
    public func apply(
        _ step: SelfCheckStep, fields: [String: String], to answers: SelfCheckAnswers
    ) -> Result<SelfCheckAnswers, SelfCheckFormErrors> {
        var updated = answers
        var errors: [FieldError] = []
        switch step {
        case .signs: updated.signs = signs(fields, &errors)
        case .pain: updated.painAreas = pain(fields, &errors)
        case .goals: goals(fields, into: &updated, &errors)
        case .health: health(fields, into: &updated, &errors)
        }
        guard errors.isEmpty else { return .failure(SelfCheckFormErrors(errors: errors)) }
        if updated.completed.map({ $0 < step }) ?? true { updated.completed = step }
        return .success(updated)
    }

    private func signs(_ fields: [String: String], _ errors: inout [FieldError]) -> [SignReport] {
        knowledge.signs.compactMap { sign in
            guard fields["sign.\(sign.id)"] != nil else { return nil }
            guard sign.asksSide, let raw = fields["side.\(sign.id)"], !raw.isEmpty else { return SignReport(sign.id) }
            guard let side = Side(rawValue: raw) else {
                errors.append(FieldError(field: "side.\(sign.id)", message: "Choose left, right or both."))
                return nil
            }
            return SignReport(sign.id, side: side)
        }
    }

    private func pain(_ fields: [String: String], _ errors: inout [FieldError]) -> [PainArea] {
        Region.allCases.compactMap { region in
            let key = "pain.\(region.rawValue)"
            guard fields[key] != nil else { return nil }
            let side = Side(rawValue: fields["\(key).side"] ?? "both")
            if side == nil { errors.append(FieldError(field: "\(key).side", message: "Choose left, right or both.")) }
            let raw = fields["\(key).nprs"]?.trimmingCharacters(in: .whitespaces) ?? ""
            guard let nprs = Int(raw), (0...10).contains(nprs) else {
                errors.append(
                    FieldError(
                        field: "\(key).nprs",
                        message: "Rate your \(region.plainName) pain from 0 (none) to 10 (worst imaginable)."))
                return nil
            }
            return PainArea(region: region, side: side ?? .both, nprs: nprs)
        }
    }

    private func goals(_ fields: [String: String], into answers: inout SelfCheckAnswers, _ errors: inout [FieldError]) {
        let goals = (fields["goals"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if goals.count > Self.maximumGoalsLength {
            errors.append(
                FieldError(
                    field: "goals",
                    message: "Please keep this under \(Self.maximumGoalsLength) characters (now \(goals.count))."))
        }
        answers.goals = String(goals.prefix(Self.maximumGoalsLength))
        if let raw = fields["activity"], !raw.isEmpty {
            if let level = ActivityLevel(rawValue: raw) {
                answers.activity = level
            } else {
                errors.append(FieldError(field: "activity", message: "Choose one of the options."))
            }
        } else {
            errors.append(FieldError(field: "activity", message: "Choose how active you are in a typical week."))
        }
        let age = (fields["age"] ?? "").trimmingCharacters(in: .whitespaces)
        if age.isEmpty {
            answers.age = nil
        } else if let value = Int(age), Self.ageRange.contains(value) {
            answers.age = value
        } else {
            errors.append(
                FieldError(
                    field: "age",
                    message:
                        "Enter your age in years (\(Self.ageRange.lowerBound)–\(Self.ageRange.upperBound)), "
                        + "or leave it empty."
                ))
        }
    }

    /// "Answer yes or no: “Has a doctor ever said …”": the error names its question, so a list of them can be told
    /// apart (long questions are cut at a word, with an ellipsis).
    static func unanswered(_ question: String) -> String {
        var words: [Substring] = []
        for word in question.split(separator: " ") {
            if words.map(\.count).reduce(words.count, +) + word.count > 70 {
                return "Answer yes or no: “\(words.joined(separator: " "))…”"
            }
            words.append(word)
        }
        return "Answer yes or no: “\(question)”"
    }

    private func health(_ fields: [String: String], into answers: inout SelfCheckAnswers, _ errors: inout [FieldError])
    {
        var healthAnswers: [String: Bool] = [:]
        for question in knowledge.safety.healthQuestions {
            guard let answer = yesNo(fields["health.\(question.id)"]) else {
                errors.append(FieldError(field: "health.\(question.id)", message: Self.unanswered(question.question)))
                continue
            }
            healthAnswers[question.id] = answer
        }
        var flags: [RedFlagID] = []
        for flag in knowledge.safety.redFlags {
            guard let answer = yesNo(fields["flag.\(flag.id)"]) else {
                errors.append(FieldError(field: "flag.\(flag.id)", message: Self.unanswered(flag.question)))
                continue
            }
            if answer { flags.append(flag.id) }
        }
        answers.healthAnswers = healthAnswers
        answers.redFlags = flags
    }

    private func yesNo(_ raw: String?) -> Bool? {
        switch raw {
        case "yes": true
        case "no": false
        default: nil
        }
    }
}

/// The problems with one submitted step.
public struct SelfCheckFormErrors: Error, Sendable, Equatable {
    public let errors: [SelfCheckForm.FieldError]

    public init(errors: [SelfCheckForm.FieldError]) {
        self.errors = errors
    }

    /// A single problem with the form as a whole (field `form`).
    public init(formMessage: String) {
        errors = [SelfCheckForm.FieldError(field: "form", message: formMessage)]
    }

    /// The message for one field, if it has one.
    public func message(for field: String) -> String? { errors.first { $0.field == field }?.message }
}
