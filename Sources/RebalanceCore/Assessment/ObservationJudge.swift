/// Turns a case's findings into observations: each finding judged, plus asymmetries and ratios between findings.
struct ObservationJudge {
    let knowledge: KnowledgeBase
    let normTexts: NormTextCache

    func observations(for input: Case) -> [Observation] {
        let sex = input.client.sex
        var result: [Observation] = []
        for finding in input.findings {
            guard let test = knowledge.testsByID[finding.test] else { continue }
            result.append(judge(finding, test, sex: sex))
        }
        result += asymmetries(input.findings)
        result += ratios(input.findings, sex: sex)
        // Decorate once, then sort: the order never depends on the order findings were given in.
        return result.map { (key: sortKey($0), observation: $0) }
            .sorted { $0.key < $1.key }
            .map(\.observation)
    }

    private func judge(_ finding: Finding, _ test: TestDefinition, sex: Sex?) -> Observation {
        var verdict = Verdict.normal
        var deviation: Deviation?
        switch (test.kind, finding.value) {
        case (.number, .number(let value)?):
            let judgement = NormJudge.judge(value, test.norm, sex: sex)
            (verdict, deviation) = (judgement.verdict, judgement.deviation)
        case (.boolean, .boolean(let value)?):
            verdict = value == (test.norm.flagWhen ?? true) ? .impaired : .normal
        case (.grade, .text(let grade)?):
            verdict = test.grades?.first { $0.id == grade }?.verdict ?? .normal
        case (.compensation, _):
            let seen = finding.compensation ?? OverheadSquatCompensation.none
            verdict = seen == OverheadSquatCompensation.none ? .normal : .impaired
        default:
            break
        }
        return Observation(
            kind: .finding, test: test.id, name: test.name, side: test.sides.isSided ? (finding.side ?? .both) : nil,
            task: finding.task, compensation: test.kind == .compensation ? finding.compensation : nil,
            value: test.kind == .compensation ? nil : finding.value, unit: test.unit,
            norm: normTexts.text(test.id, sex: sex), verdict: verdict, deviation: deviation,
            source: test.norm.source, detail: nil,
            valueLabel: test.kind == .compensation ? Self.label(finding.compensation ?? .none, knowledge) : nil)
    }

    /// "knees cave in", "clean squat": a compensation in a trainer's words.
    static func label(_ compensation: OverheadSquatCompensation, _ knowledge: KnowledgeBase) -> String {
        compensation == .none
            ? "clean squat" : (knowledge.compensationsByID[compensation]?.name.lowercased() ?? compensation.rawValue)
    }

    /// Left–right differences for tests with an asymmetry rule, judged and attributed to the weaker side.
    private func asymmetries(_ findings: [Finding]) -> [Observation] {
        var result: [Observation] = []
        let byTest = Dictionary(grouping: findings, by: \.test)
        for test in knowledge.tests where test.asymmetry != nil && test.kind == .number {
            guard let ofTest = byTest[test.id], ofTest.count > 1 else { continue }
            let tasks = Set(ofTest.map { $0.task?.rawValue ?? "" }).sorted()
            for task in tasks {
                let sameTask = ofTest.filter { ($0.task?.rawValue ?? "") == task }
                // Only explicit left and right values make an asymmetry; a "both" finding says they are equal.
                guard let left = number(sameTask.filter { $0.side == .left }, .left),
                    let right = number(sameTask.filter { $0.side == .right }, .right),
                    let rule = test.asymmetry
                else { continue }
                result.append(asymmetry(test, rule, left: left, right: right, task: sameTask.first?.task))
            }
        }
        return result
    }

    private func asymmetry(
        _ test: TestDefinition, _ rule: AsymmetryRule, left: Double, right: Double, task: SymmetryTask?
    ) -> Observation {
        let difference = abs(left - right)
        // Lower values are worse unless the norm flags high values (e.g. navicular drop).
        let higherIsWorse = test.norm.flagAbove != nil && test.norm.flagBelow == nil
        let worse: Side = left == right ? .both : ((left > right) == higherIsWorse ? .left : .right)
        let value: Double
        let limit: Double
        let unit: MeasurementUnit
        if let relative = rule.maxRelativeDifference {
            let largest = max(abs(left), abs(right))
            value = largest == 0 ? 0 : difference / largest * 100
            limit = relative * 100
            unit = .pct
        } else {
            value = difference
            limit = rule.maxDifference ?? .infinity
            unit = test.unit
        }
        let impaired = value > limit
        return Observation(
            kind: .asymmetry, test: test.id, name: "\(test.name) — left/right difference",
            side: impaired ? worse : .both, task: task, compensation: nil, value: .number(value), unit: unit,
            norm: "≤ \(NumberText.format(limit))\(unit.suffix) difference between sides",
            verdict: impaired ? .impaired : .normal, deviation: impaired ? .high : nil, source: rule.source,
            detail:
                "left \(NumberText.format(left))\(test.unit.suffix), "
                + "right \(NumberText.format(right))\(test.unit.suffix)"
        )
    }

    private func ratios(_ findings: [Finding], sex: Sex?) -> [Observation] {
        var result: [Observation] = []
        for ratio in knowledge.ratios {
            for numerator in findings where numerator.test == ratio.numerator {
                guard case .number(let top)? = numerator.value,
                    let bottom = number(findings.filter { $0.test == ratio.denominator }, numerator.side),
                    bottom > 0
                else { continue }
                let value = top / bottom
                let judgement = NormJudge.judge(value, ratio.norm, sex: sex)
                result.append(
                    Observation(
                        kind: .ratio, test: ratio.id, name: ratio.name,
                        side: numerator.side.flatMap { $0 == .both ? nil : $0 }, task: nil, compensation: nil,
                        value: .number(value), unit: .ratio, norm: normTexts.text(ratio.id, sex: sex),
                        verdict: judgement.verdict,
                        deviation: judgement.deviation, source: ratio.norm.source,
                        detail: "\(NumberText.format(top)) ÷ \(NumberText.format(bottom))"))
            }
        }
        return result
    }

    /// The value of a number finding on a side; a `both` finding counts for either side, and an unsided one for any.
    private func number(_ findings: [Finding], _ side: Side?) -> Double? {
        let candidates = findings.filter { finding in
            guard let wanted = side, let actual = finding.side else { return true }
            return actual == wanted || actual == .both
        }
        let exact = candidates.first { $0.side == side } ?? candidates.first
        if case .number(let value)? = exact?.value { return value }
        return nil
    }

    /// Catalogue order, then kind, side, task and compensation.
    private func sortKey(_ observation: Observation) -> SortKey {
        SortKey(
            order: knowledge.catalogueOrder[observation.test] ?? Int.max,
            kind: Observation.Kind.allCases.firstIndex(of: observation.kind) ?? 0,
            side: observation.side.map { Side.allCases.firstIndex(of: $0) ?? 0 } ?? -1,
            task: observation.task.map { SymmetryTask.allCases.firstIndex(of: $0) ?? 0 } ?? -1,
            compensation: observation.compensation.map { OverheadSquatCompensation.allCases.firstIndex(of: $0) ?? 0 }
                ?? -1)
    }
}

/// The canonical position of an observation in the output, compared field by field.
private struct SortKey: Comparable {
    let order: Int
    let kind: Int
    let side: Int
    let task: Int
    let compensation: Int

    static func < (a: SortKey, b: SortKey) -> Bool {
        (a.order, a.kind, a.side, a.task, a.compensation) < (b.order, b.kind, b.side, b.task, b.compensation)
    }
}
