import Foundation
import RebalanceCore
import Vapor

/// The assessment entry form as a page: tests grouped by domain, left and right side by side, the norm and its
/// source beside each test, the saved values' verdicts in words, and what to fix.
struct AssessmentEntryPage: Encodable {
    struct Option: Encodable {
        let value: String
        let label: String
        let selected: Bool
    }

    /// One input: a side of a test (or the test's only value).
    struct Input: Encodable {
        let label: String
        let name: String
        let id: String
        let value: String
        let verdict: String?
        let verdictClass: String?
        let error: String?
        /// Limits for the instant verdict in the browser (numbers only).
        let below: String?
        let above: String?
        let band: String?
        let inclusive: Bool
        let options: [Option]?
        /// The value at the assessment a re-check compares with ("8.5 cm"), if it was measured then.
        let lastTime: String?
    }

    struct SquatRow: Encodable {
        let name: String
        let looksLike: String
        let boxes: [Box]
    }

    struct Box: Encodable {
        let name: String
        let label: String
        let checked: Bool
        /// Ticked at the assessment a re-check compares with.
        var seenLastTime = false
    }

    struct Task: Encodable {
        /// The task's id in field names (`lsi.KEY.value`).
        let key: String
        let label: String
        let value: Input
        let sides: [Option]
    }

    struct TestField: Encodable {
        let id: String
        let name: String
        let measures: String
        let unit: String
        let norm: String
        let source: String
        let inputs: [Input]?
        let tasks: [Task]?
        let squat: [SquatRow]?
        let cleanSquat: Box?
        let measuredLastTime: Bool
    }

    struct Domain: Encodable {
        let id: String
        let title: String
        let tests: [TestField]
    }

    let page: PageContext
    let clientID: String
    let clientName: String
    let action: String
    let isRecheck: Bool
    let performedOn: String
    let domains: [Domain]
    let notes: String
    /// Confirming questions about signs in the notes, to answer before the assessment is complete.
    let questions: [SelfCheckStepPage.YesNoField]?
    let errors: [FieldErrorItem]?
    let saved: Bool

    /// The unit as the form's legend says it ("degrees", "%"); empty for tests without one.
    static func unitWords(_ unit: MeasurementUnit) -> String {
        switch unit {
        case .deg: "degrees"
        case .cm: "cm"
        case .mm: "mm"
        case .s: "seconds"
        case .pct: "%"
        case .ratio: "ratio"
        case .score: "score"
        case .bool, .grade, .none: ""
        }
    }

    static func titles(_ domain: TestDomain) -> String {
        switch domain {
        case .pelvis: "Pelvis"
        case .shoulders: "Shoulders and neck"
        case .core: "Core"
        case .hipMobility: "Hip mobility"
        case .footStability: "Foot and ankle"
        case .breathing: "Breathing"
        case .strengthBalance: "Strength and balance"
        case .screening: "Movement screen and trauma rules"
        }
    }

    static func make(
        _ req: Request, client: Client, record: AssessmentRecord, fields: [String: String], problems: FormProblems?,
        observations: [Observation], earlier: Set<TestID>, lastTime: [String: String] = [:], saved: Bool,
        questions: [ConfirmingQuestion] = []
    ) async throws -> AssessmentEntryPage {
        let knowledge = req.application.shared.knowledge
        let sex = client.sex
        // Verdicts of the saved values, by field name.
        var verdicts: [String: Verdict] = [:]
        for observation in observations where observation.kind == .finding {
            let side = observation.side.map { $0 == .both ? "left" : $0.rawValue } ?? "none"
            if let task = observation.task { verdicts["lsi.\(task.rawValue).value"] = observation.verdict }
            verdicts["t.\(observation.test.rawValue).\(side)"] = observation.verdict
        }
        func verdictText(_ field: String) -> (String?, String?) {
            guard fields[field].map({ !$0.isEmpty }) ?? false, let verdict = verdicts[field] else { return (nil, nil) }
            switch verdict {
            case .normal: return ("✓ within norm", "ok")
            case .borderline: return ("◐ borderline", "warn")
            case .impaired: return ("✗ outside norm", "bad")
            }
        }
        func input(_ test: TestDefinition, label: String, name: String, options: [Option]?) -> Input {
            let limits = test.norm.limits(for: sex)
            let (verdict, verdictClass) = verdictText(name)
            let number = test.kind == .number
            return Input(
                label: label, name: name, id: FieldErrorItem.anchor(for: name), value: fields[name] ?? "",
                verdict: verdict,
                verdictClass: verdictClass, error: problems?.message(for: name),
                below: number ? limits.flagBelow.map(NumberText.format) : nil,
                above: number ? limits.flagAbove.map(NumberText.format) : nil,
                band: number ? test.norm.borderline.map(NumberText.format) : nil,
                inclusive: test.norm.inclusive ?? false, options: options,
                lastTime: lastTime[name].map { value in
                    number && test.unit != .none ? value + test.unit.suffix : value
                })
        }
        var domains: [Domain] = []
        for domain in TestDomain.allCases {
            let tests = knowledge.tests.filter { $0.domain == domain }
            guard !tests.isEmpty else { continue }
            domains.append(
                Domain(
                    id: domain.rawValue, title: titles(domain),
                    tests: tests.map { test in
                        var inputs: [Input]?
                        var tasks: [Task]?
                        var squat: [SquatRow]?
                        var clean: Box?
                        switch test.kind {
                        case .compensation:
                            squat = knowledge.compensations.filter { $0.id != .none }.map { compensation in
                                SquatRow(
                                    name: compensation.name, looksLike: compensation.looksLike,
                                    boxes: [Side.left, .right, .both].map { side in
                                        let name = "squat.\(compensation.id.rawValue).\(side.rawValue)"
                                        return Box(
                                            name: name, label: side == .both ? "Both" : side.rawValue.capitalized,
                                            checked: fields[name] == "yes", seenLastTime: lastTime[name] == "yes")
                                    })
                            }
                            clean = Box(
                                name: "squat.none", label: "Clean squat: no compensation",
                                checked: fields["squat.none"] == "yes")
                        case .number where test.tasks != nil:
                            tasks = (test.tasks ?? []).map { task in
                                let side = fields["lsi.\(task.rawValue).side"] ?? "left"
                                return Task(
                                    key: task.rawValue, label: task.plainName.capitalizedFirst,
                                    value: input(
                                        test, label: "\(task.plainName.capitalizedFirst), limb symmetry index (%)",
                                        name: "lsi.\(task.rawValue).value",
                                        options: nil),
                                    sides: ["left", "right"].map {
                                        Option(value: $0, label: "\($0.capitalized) leg involved", selected: $0 == side)
                                    })
                            }
                        default:
                            let options: [Option]? =
                                switch test.kind {
                                case .boolean:
                                    [Option(value: "", label: "—", selected: false)]
                                        + ["negative", "positive"].map { Option(value: $0, label: $0, selected: false) }
                                case .grade:
                                    [Option(value: "", label: "—", selected: false)]
                                        + (test.grades ?? []).map {
                                            Option(value: $0.id, label: $0.id, selected: false)
                                        }
                                default: nil
                                }
                            inputs = AssessmentForm.sides(test).map { side in
                                let name = "t.\(test.id.rawValue).\(side)"
                                let label =
                                    side == "none"
                                    ? "Value"
                                    : (test.sides == .higherSide ? "\(side.capitalized) higher" : side.capitalized)
                                let selected = fields[name] ?? ""
                                return input(
                                    test, label: label, name: name,
                                    options: options?.map {
                                        Option(value: $0.value, label: $0.label, selected: $0.value == selected)
                                    })
                            }
                        }
                        return TestField(
                            id: test.id.rawValue, name: test.name, measures: test.measures,
                            unit: Self.unitWords(test.unit),
                            norm: NormText.describe(test, sex: sex), source: test.norm.source, inputs: inputs,
                            tasks: tasks, squat: squat, cleanSquat: clean,
                            measuredLastTime: earlier.contains(test.id))
                    }))
        }
        let clientID = try client.requireID().uuidString.lowercased()
        return AssessmentEntryPage(
            page: try await PageContext(req, title: "Assessment: \(client.name)"), clientID: clientID,
            clientName: client.name,
            action: "/staff/clients/\(clientID)/assessments/\(try record.requireID().uuidString.lowercased())",
            isRecheck: record.comparedWith != nil, performedOn: fields["performedOn"] ?? record.performedOn,
            domains: domains,
            notes: fields["notes"] ?? record.notes,
            questions: ConfirmingAnswers.fields(questions, typed: fields, showMissing: problems != nil).nonEmpty,
            errors: problems?.summary.nonEmpty, saved: saved)
    }
}
