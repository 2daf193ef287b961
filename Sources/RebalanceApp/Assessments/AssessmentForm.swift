import Foundation
import RebalanceCore

/// The assessment entry form's fields and the findings they stand for, both ways: fields → findings (with the
/// field each came from, so a validation message lands next to it) and findings → fields (to show a draft).
///
/// Field names: `t.TEST.SIDE` for a value (`SIDE` is `left`, `right` or `none`), `lsi.TASK.value` and
/// `lsi.TASK.side` for a limb symmetry index, `squat.COMPENSATION.SIDE` for a checked squat compensation and
/// `squat.none` for a clean squat.
struct AssessmentForm {
    let knowledge: KnowledgeBase

    /// The sides a test is entered for.
    static func sides(_ test: TestDefinition) -> [String] {
        switch test.sides {
        case .none: ["none"]
        default: ["left", "right"]
        }
    }

    /// Findings from the submitted fields, each with the name of the field it came from. Empty fields are skipped
    /// (an assessment can take two sessions); values that cannot be read come back as problems.
    func findings(from fields: [String: String]) -> (findings: [Finding], fieldNames: [String], problems: FormProblems)
    {
        var findings: [Finding] = []
        var names: [String] = []
        var problems = FormProblems()
        func add(_ finding: Finding, _ field: String) {
            findings.append(finding)
            names.append(field)
        }
        for test in knowledge.tests {
            switch test.kind {
            case .compensation:
                if fields["squat.none"] == "yes" { add(.squat(.none), "squat.none") }
                for compensation in OverheadSquatCompensation.allCases where compensation != .none {
                    for side in [Side.left, .right, .both]
                    where fields["squat.\(compensation.rawValue).\(side.rawValue)"] == "yes" {
                        add(.squat(compensation, side), "squat.\(compensation.rawValue).\(side.rawValue)")
                    }
                }
            case .number where test.tasks != nil:
                for task in test.tasks ?? [] {
                    let field = "lsi.\(task.rawValue).value"
                    let text = (fields[field] ?? "").trimmingCharacters(in: .whitespaces)
                    guard !text.isEmpty else { continue }
                    guard let value = Self.number(text) else {
                        problems.add(field, "\(test.name) (\(task.plainName)): enter a number.")
                        continue
                    }
                    let side = Side(rawValue: fields["lsi.\(task.rawValue).side"] ?? "") ?? .left
                    add(Finding(test: test.id, side: side, value: .number(value), task: task), field)
                }
            default:
                for side in Self.sides(test) {
                    let field = "t.\(test.id.rawValue).\(side)"
                    let text = (fields[field] ?? "").trimmingCharacters(in: .whitespaces)
                    guard !text.isEmpty else { continue }
                    let findingSide = side == "none" ? nil : Side(rawValue: side)
                    switch test.kind {
                    case .number:
                        guard let value = Self.number(text) else {
                            problems.add(
                                field,
                                "\(test.name)\(findingSide.map { " (\($0.rawValue))" } ?? ""): "
                                    + "enter a number in \(test.unit.rawValue)."
                            )
                            continue
                        }
                        add(Finding(test: test.id, side: findingSide, value: .number(value)), field)
                    case .boolean:
                        add(Finding(test: test.id, side: findingSide, value: .boolean(text == "positive")), field)
                    case .grade:
                        add(Finding(test: test.id, side: findingSide, value: .text(text)), field)
                    case .compensation:
                        break
                    }
                }
            }
        }
        return (findings, names, problems)
    }

    /// The fields that show `findings` again.
    func fields(for findings: [Finding]) -> [String: String] {
        var fields: [String: String] = [:]
        for finding in findings {
            guard let test = knowledge.testsByID[finding.test] else { continue }
            switch (test.kind, finding.value) {
            case (.compensation, _):
                let compensation = finding.compensation ?? .none
                fields[
                    compensation == .none
                        ? "squat.none" : "squat.\(compensation.rawValue).\((finding.side ?? .both).rawValue)"] = "yes"
            case (.number, .number(let value)?) where finding.task != nil:
                fields["lsi.\(finding.task?.rawValue ?? "").value"] = NumberText.format(value)
                fields["lsi.\(finding.task?.rawValue ?? "").side"] = (finding.side ?? .left).rawValue
            case (.number, .number(let value)?):
                fields["t.\(test.id.rawValue).\(Self.fieldSide(test, finding.side))"] = NumberText.format(value)
            case (.boolean, .boolean(let value)?):
                fields["t.\(test.id.rawValue).\(Self.fieldSide(test, finding.side))"] = value ? "positive" : "negative"
            case (.grade, .text(let grade)?):
                fields["t.\(test.id.rawValue).\(Self.fieldSide(test, finding.side))"] = grade
            default:
                break
            }
        }
        return fields
    }

    private static func fieldSide(_ test: TestDefinition, _ side: Side?) -> String {
        test.sides == .none ? "none" : (side == .right ? "right" : "left")
    }

    /// Reads "12", "-3.5" and "12,5".
    static func number(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: ",", with: "."))
    }
}
