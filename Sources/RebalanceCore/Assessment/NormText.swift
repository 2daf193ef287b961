/// The norm text of every test and ratio for every sex, built once per engine: the engine's hot path only looks up.
struct NormTextCache: Sendable {
    /// Per test: the text for an unknown sex first, then one per `Sex` case in declaration order.
    private let texts: [TestID: [String]]
    private static let sexes: [Sex?] = [nil] + Sex.allCases

    init(knowledge: KnowledgeBase) {
        var texts: [TestID: [String]] = [:]
        for test in knowledge.tests {
            texts[test.id] = Self.sexes.map { NormText.describe(test, sex: $0) }
        }
        for ratio in knowledge.ratios {
            texts[ratio.id] = Self.sexes.map { NormText.numberRange(ratio.norm, unit: .ratio, sex: $0) }
        }
        self.texts = texts
    }

    func text(_ test: TestID, sex: Sex?) -> String {
        let slot = sex.flatMap { Sex.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        return texts[test]?[slot] ?? ""
    }
}

/// Describes the within-norm range of a test for reports and forms: "≤ 0°", "≥ 10 cm", "0 … 5", "negative".
public enum NormText {
    public static func describe(_ test: TestDefinition, sex: Sex?) -> String {
        switch test.kind {
        case .number:
            guard test.norm.hasLimits else { return test.norm.rule }
            let range = numberRange(test.norm, unit: test.unit, sex: sex)
            guard let sex, test.norm.bySex?[sex.rawValue] != nil else { return range }
            return "\(range) (\(sex.rawValue))"
        case .boolean:
            return (test.norm.flagWhen ?? true) ? "negative" : "positive"
        case .grade:
            let normal = (test.grades ?? []).filter { $0.verdict == .normal }.map(\.id)
            return normal.isEmpty ? test.norm.rule : normal.joined(separator: " or ")
        case .compensation:
            return "none (clean squat)"
        }
    }

    /// The range a value must stay within; a value at a limit is inside unless the norm is inclusive.
    static func numberRange(_ norm: Norm, unit: MeasurementUnit, sex: Sex?) -> String {
        let limits = norm.limits(for: sex)
        let inclusive = norm.inclusive ?? false
        let suffix = unit.suffix
        switch (limits.flagBelow, limits.flagAbove) {
        case (let low?, let high?):
            let lower = inclusive ? "> " : ""
            return inclusive
                ? "\(lower)\(NumberText.format(low)) and < \(NumberText.format(high))\(suffix)"
                : "\(NumberText.format(low)) … \(NumberText.format(high))\(suffix)"
        case (let low?, nil):
            return "\(inclusive ? ">" : "≥") \(NumberText.format(low))\(suffix)"
        case (nil, let high?):
            return "\(inclusive ? "<" : "≤") \(NumberText.format(high))\(suffix)"
        case (nil, nil):
            return norm.rule
        }
    }
}
