/// Checks each finding against its test's definition and rejects the same measurement given twice.
struct FindingValidator {
    let knowledge: KnowledgeBase

    func issues(in findings: [Finding]) -> [CaseIssue] {
        var issues: [CaseIssue] = []
        var firstIndex: [String: Int] = [:]
        for (index, finding) in findings.enumerated() {
            let path = "findings[\(index)]"
            guard let test = knowledge.testsByID[finding.test] else {
                issues.append(CaseIssue("\(path).test", "\"\(finding.test)\" is not a known test"))
                continue
            }
            let problems = problems(finding, test, path)
            issues += problems
            guard problems.isEmpty else { continue }
            let key = FindingKey(finding, test).text
            if let earlier = firstIndex[key] {
                issues.append(
                    CaseIssue(path, "repeats findings[\(earlier)] (\(key)); record each measurement once"))
            } else {
                firstIndex[key] = index
            }
        }
        return issues
    }

    private func problems(_ finding: Finding, _ test: TestDefinition, _ path: String) -> [CaseIssue] {
        var issues: [CaseIssue] = []
        if let unit = finding.unit, unit != test.unit {
            issues.append(CaseIssue("\(path).unit", "\(test.id) is recorded in \(test.unit), not \(unit)"))
        }
        switch test.sides {
        case .perSide where finding.side == nil:
            issues.append(CaseIssue("\(path).side", "\(test.id) is measured per side; give left, right or both"))
        case .involvedSide where finding.side == nil || finding.side == .both:
            issues.append(CaseIssue("\(path).side", "\(test.id) needs the involved side: left or right"))
        default:
            break
        }
        issues += valueProblems(finding, test, path)
        if test.tasks != nil {
            if let task = finding.task {
                if !(test.tasks ?? []).contains(task) {
                    issues.append(CaseIssue("\(path).task", "\(task) is not a task of \(test.id)"))
                }
            } else {
                issues.append(
                    CaseIssue(
                        "\(path).task",
                        "\(test.id) needs the task: \((test.tasks ?? []).map(\.rawValue).joined(separator: ", "))"))
            }
        }
        return issues
    }

    private func valueProblems(_ finding: Finding, _ test: TestDefinition, _ path: String) -> [CaseIssue] {
        let valuePath = "\(path).value"
        switch (test.kind, finding.value) {
        case (.compensation, _):
            return finding.compensation == nil
                ? [
                    CaseIssue(
                        "\(path).compensation", "the overhead squat needs a compensation (or none for a clean squat)")
                ]
                : []
        case (.number, .number(let number)?):
            guard number.isFinite, let range = test.plausibleRange, range.contains(number) else {
                let bounds =
                    test.plausibleRange.map {
                        "\(NumberText.format($0.lowerBound))…\(NumberText.format($0.upperBound))"
                    } ?? "its range"
                return [
                    CaseIssue(
                        valuePath, "\(NumberText.format(number))\(unitText(test)) is outside \(bounds) for \(test.id)")
                ]
            }
            return []
        case (.boolean, .boolean?):
            return []
        case (.grade, .text(let grade)?):
            let grades = (test.grades ?? []).map(\.id)
            return grades.contains(grade)
                ? []
                : [
                    CaseIssue(
                        valuePath, "\"\(grade)\" is not a grade of \(test.id); use \(grades.joined(separator: ", "))")
                ]
        case (_, nil):
            return [CaseIssue(valuePath, "is required for \(test.id) (\(expected(test)))")]
        case (_, let value?):
            return [CaseIssue(valuePath, "\(test.id) expects \(expected(test)), not \(describe(value))")]
        }
    }

    private func unitText(_ test: TestDefinition) -> String {
        test.unit == .score || test.unit == .ratio ? "" : " \(test.unit.rawValue)"
    }

    private func expected(_ test: TestDefinition) -> String {
        switch test.kind {
        case .number: "a number in \(test.unit.rawValue)"
        case .boolean: "true or false"
        case .grade: "one of \((test.grades ?? []).map(\.id).joined(separator: ", "))"
        case .compensation: "a compensation"
        }
    }

    private func describe(_ value: FindingValue) -> String {
        switch value {
        case .number(let number): "the number \(NumberText.format(number))"
        case .boolean(let flag): "\(flag)"
        case .text(let text): "the text \"\(text)\""
        }
    }
}

/// What makes two findings the same measurement: test, side, task and compensation.
struct FindingKey {
    let text: String

    init(_ finding: Finding, _ test: TestDefinition) {
        var parts = [finding.test.rawValue]
        if test.sides.isSided { parts.append((finding.side ?? .both).rawValue) }
        if let task = finding.task { parts.append(task.rawValue) }
        if let compensation = finding.compensation { parts.append(compensation.rawValue) }
        text = parts.joined(separator: " ")
    }
}
