import RebalanceCore
import Vapor

/// Renders one self-check step with saved answers, or with what was just typed and what to fix.
struct SelfCheckStepPage {
    let req: Request
    let token: String
    let step: SelfCheckStep
    let answers: SelfCheckAnswers
    let errors: SelfCheckFormErrors?
    /// The submitted fields when they failed validation; shown instead of the saved answers.
    let typed: [String: String]?

    struct StepLink: Encodable {
        let number: Int
        let title: String
        let current: Bool
        let done: Bool
    }

    struct Choice: Encodable {
        let value: String
        let label: String
        let checked: Bool
    }

    struct SignField: Encodable {
        let id: String
        let anchor: String
        let statement: String
        let checked: Bool
        let asksSide: Bool
        let sides: [Choice]
        let error: String?
    }

    struct PainField: Encodable {
        let region: String
        let anchor: String
        let label: String
        let checked: Bool
        let sides: [Choice]
        let levels: [Choice]
        let error: String?
    }

    struct YesNoField: Encodable {
        let name: String
        let anchor: String
        let question: String
        let yes: Bool
        let no: Bool
        let error: String?
    }

    struct Context: Encodable {
        let page: PageContext
        let token: String
        let step: String
        let stepNumber: Int
        let stepCount: Int
        let steps: [StepLink]
        let errors: [FieldErrorItem]
        let hasErrors: Bool
        let errorCount: Int
        let isFirst: Bool
        let isLast: Bool
        let signs: [SignField]
        let painAreas: [PainField]
        let painMap: [PainMap.View]
        let goals: String
        let goalsError: String?
        let activities: [Choice]
        let activityError: String?
        let age: String
        let ageError: String?
        let healthQuestions: [YesNoField]
        let redFlagQuestions: [YesNoField]
    }

    /// The page for this visitor.
    func render(status: HTTPResponseStatus) async throws -> Response {
        try await rendering().response([.draftToken: token, .formToken: req.csrfToken], status: status)
    }

    /// The page with the link token and form token left as slots: the same for every visitor with these answers.
    func rendering() async throws -> SharedRendering {
        let knowledge = req.application.shared.knowledge
        let page = try await PageContext(
            req, title: "Step \(step.number) of 4: \(step.title) — Self-check",
            formToken: SharedRendering.Slot.formToken.marker)
        let context = Context(
            page: page, token: SharedRendering.Slot.draftToken.marker, step: step.rawValue, stepNumber: step.number,
            stepCount: SelfCheckStep.allCases.count,
            steps: SelfCheckStep.allCases.map {
                let item = $0
                return StepLink(
                    number: item.number, title: item.title, current: item == step,
                    done: answers.completed.map { item <= $0 } ?? false)
            },
            errors: (errors?.errors ?? []).map { FieldErrorItem(field: $0.field, message: $0.message) },
            hasErrors: !(errors?.errors.isEmpty ?? true), errorCount: errors?.errors.count ?? 0,
            isFirst: step.previous == nil, isLast: step.next == nil,
            signs: step == .signs ? signFields(knowledge) : [],
            painAreas: step == .pain ? painFields() : [], painMap: step == .pain ? PainMap.views : [],
            goals: typed?["goals"] ?? answers.goals, goalsError: errors?.message(for: "goals"),
            activities: ActivityLevel.allCases.map {
                Choice(
                    value: $0.rawValue, label: $0.label,
                    checked: (typed?["activity"] ?? answers.activity?.rawValue) == $0.rawValue)
            },
            activityError: errors?.message(for: "activity"),
            age: typed?["age"] ?? answers.age.map(String.init) ?? "", ageError: errors?.message(for: "age"),
            healthQuestions: step == .health
                ? knowledge.safety.healthQuestions.map {
                    yesNo("health.\($0.id)", $0.question, saved: answers.healthAnswers[$0.id])
                } : [],
            redFlagQuestions: step == .health
                ? knowledge.safety.redFlags.map { flag in
                    yesNo(
                        "flag.\(flag.id)", flag.question,
                        saved: answers.completed.map { $0 >= .health } == true
                            ? answers.redFlags.contains(flag.id) : nil)
                } : [])
        let view = try await req.view.render("check-\(step.rawValue)", context)
        return SharedRendering(rendered: String(buffer: view.data))
    }

    private func sides(_ selected: String?) -> [Choice] {
        [("left", "Left"), ("right", "Right"), ("both", "Both or not sure")].map {
            Choice(value: $0.0, label: $0.1, checked: (selected ?? "both") == $0.0)
        }
    }

    private func signFields(_ knowledge: KnowledgeBase) -> [SignField] {
        knowledge.signs.map { sign in
            let saved = answers.signs.first { $0.sign == sign.id }
            let checked = typed.map { $0["sign.\(sign.id)"] != nil } ?? (saved != nil)
            let side = typed?["side.\(sign.id)"] ?? saved?.side?.rawValue
            return SignField(
                id: sign.id.rawValue, anchor: FieldErrorItem.anchor(for: "side.\(sign.id)"), statement: sign.statement,
                checked: checked, asksSide: sign.asksSide, sides: sides(side),
                error: errors?.message(for: "side.\(sign.id)"))
        }
    }

    private func painFields() -> [PainField] {
        Region.allCases.map { region in
            let key = "pain.\(region.rawValue)"
            let saved = answers.painAreas.first { $0.region == region }
            let checked = typed.map { $0[key] != nil } ?? (saved != nil)
            let level = typed?["\(key).nprs"] ?? saved?.nprs.map(String.init)
            return PainField(
                region: region.rawValue, anchor: FieldErrorItem.anchor(for: "\(key).nprs"),
                label: region.plainName.prefix(1).uppercased() + region.plainName.dropFirst(), checked: checked,
                sides: sides(typed?["\(key).side"] ?? saved?.side.rawValue),
                levels: (0...10).map { Choice(value: "\($0)", label: "\($0)", checked: level == "\($0)") },
                error: errors?.message(for: "\(key).nprs") ?? errors?.message(for: "\(key).side"))
        }
    }

    private func yesNo(_ name: String, _ question: String, saved: Bool?) -> YesNoField {
        Self.yesNo(name, question, value: typed.map { $0[name] } ?? saved.map { $0 ? "yes" : "no" }, errors: errors)
    }

    static func yesNo(_ name: String, _ question: String, value: String?, errors: SelfCheckFormErrors?) -> YesNoField {
        YesNoField(
            name: name, anchor: FieldErrorItem.anchor(for: name), question: question, yes: value == "yes",
            no: value == "no", error: errors?.message(for: name))
    }

    /// The health and warning-sign questions as form fields, filled from what was typed (the booking form asks
    /// them when there is no self-check).
    static func healthFields(_ knowledge: KnowledgeBase, typed: [String: String], errors: SelfCheckFormErrors?) -> (
        health: [YesNoField], flags: [YesNoField]
    ) {
        (
            knowledge.safety.healthQuestions.map {
                yesNo("health.\($0.id)", $0.question, value: typed["health.\($0.id)"], errors: errors)
            },
            knowledge.safety.redFlags.map {
                yesNo("flag.\($0.id)", $0.question, value: typed["flag.\($0.id)"], errors: errors)
            }
        )
    }
}
