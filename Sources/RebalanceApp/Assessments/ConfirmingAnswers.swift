import RebalanceCore

/// The trainer's answers to confirming questions about signs in the notes, as form fields (`confirm.<flag>` =
/// `yes` or `no`), and the questions as the form shows them.
enum ConfirmingAnswers {
    /// The answers in a submitted form, for known warning signs only.
    static func read(_ fields: [String: String], knowledge: KnowledgeBase) -> [Confirmation] {
        knowledge.safety.redFlags.compactMap { flag in
            switch fields[field(flag.id)] {
            case "yes": Confirmation(flag: flag.id, current: true)
            case "no": Confirmation(flag: flag.id, current: false)
            default: nil
            }
        }
    }

    /// Only the answers to questions that were asked, so a record keeps nothing that no longer applies.
    static func kept(_ answers: [Confirmation], for questions: [ConfirmingQuestion]) -> [Confirmation] {
        answers.filter { answer in questions.contains { $0.flag == answer.flag } }
    }

    /// The form field that answers the question about `flag`.
    static func field(_ flag: RedFlagID) -> String { "confirm.\(flag)" }

    /// A problem for every question still open: the form is not saved until someone answers.
    static func requireAnswers(_ questions: [ConfirmingQuestion], into problems: inout FormProblems) {
        for question in questions where question.answer == nil { problems.add(field(question.flag), unanswered) }
    }

    /// The message for a form saved with a question still open.
    static let unanswered =
        "Answer the question about the notes first: ask the client whether it is their own, "
        + "current symptom."

    /// The questions as yes/no fields, with what was ticked; an open question carries `unanswered` when the form
    /// was sent without it.
    static func fields(_ questions: [ConfirmingQuestion], typed: [String: String], showMissing: Bool)
        -> [SelfCheckStepPage.YesNoField]
    {
        questions.map { question in
            let name = field(question.flag)
            let value = typed[name] ?? question.answer.map { $0 ? "yes" : "no" }
            return SelfCheckStepPage.YesNoField(
                name: name, anchor: FieldErrorItem.anchor(for: name), question: question.question,
                yes: value == "yes", no: value == "no", error: showMissing && value == nil ? unanswered : nil)
        }
    }
}
