/// A small deterministic random generator (SplitMix64): the same seed always gives the same sequence.
public struct SplitMix: RandomNumberGenerator, Sendable {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Builds varied but valid cases from the knowledge base (any tests, sides, values in range, signs, pain, notes)
/// for property tests, benchmarks and demo data; the same seed always gives the same case.
public struct SyntheticCases: Sendable {
    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) { self.knowledge = knowledge }

    static let noteBank = [
        "", "Sits a lot at work.", "No saddle numbness.", "Runs three times a week.", "denies bladder change",
        "Unexplained weight loss lately.", "Old sprain, fine now.", "chest tightness when climbing stairs",
    ]

    public func make(seed: UInt64) -> Case {
        var rng = SplitMix(seed: seed)
        var findings: [Finding] = []
        for test in knowledge.tests where Bool.random(using: &rng) {
            findings += self.findings(for: test, using: &rng)
        }
        let areas = Region.allCases.filter { _ in Int.random(in: 0..<5, using: &rng) == 0 }.map {
            PainArea(
                region: $0, side: Side.allCases.randomElement(using: &rng) ?? .both,
                nprs: Int.random(in: 0...10, using: &rng))
        }
        let signs = knowledge.signs.filter { _ in Int.random(in: 0..<4, using: &rng) == 0 }.map {
            SignReport($0.id, side: $0.asksSide ? Side.allCases.randomElement(using: &rng) : nil)
        }
        let answers = Dictionary(
            uniqueKeysWithValues: knowledge.safety.healthQuestions.map {
                ($0.id, Int.random(in: 0..<6, using: &rng) == 0)
            })
        let screen = HealthScreen(
            answers: answers,
            restingBloodPressure: BloodPressure(
                systolic: Int.random(in: 100...170, using: &rng), diastolic: Int.random(in: 60...95, using: &rng)))
        return Case(
            client: ClientBasics(
                age: Int.random(in: 16...85, using: &rng), sex: Sex.allCases.randomElement(using: &rng)),
            goals: ["move without pain"], painAreas: areas, signs: signs,
            healthScreen: Bool.random(using: &rng) ? screen : nil,
            redFlags: Int.random(in: 0..<10, using: &rng) == 0 ? [knowledge.safety.redFlags[0].id] : [],
            notes: Self.noteBank.randomElement(using: &rng) ?? "", findings: findings.shuffled(using: &rng))
    }

    private func findings(for test: TestDefinition, using rng: inout SplitMix) -> [Finding] {
        let sides: [Side?] =
            switch test.sides {
            case .none: [nil]
            case .perSide: Bool.random(using: &rng) ? [.left, .right] : [.both]
            case .higherSide, .involvedSide: [Bool.random(using: &rng) ? .left : .right]
            }
        if test.kind == .compensation {
            let compensation = OverheadSquatCompensation.allCases.randomElement(using: &rng) ?? .none
            return [Finding.squat(compensation, sides.first.flatMap { $0 } ?? .both)]
        }
        return sides.map { side in
            var finding = Finding(test: test.id, side: side, value: value(for: test, using: &rng), unit: test.unit)
            finding.task = test.tasks?.randomElement(using: &rng)
            return finding
        }
    }

    public func value(for test: TestDefinition, using rng: inout SplitMix) -> FindingValue {
        switch test.kind {
        case .number:
            let range = test.plausibleRange ?? 0...1
            return .number((Double.random(in: range, using: &rng) * 10).rounded() / 10)
        case .boolean:
            return .boolean(Bool.random(using: &rng))
        case .grade, .compensation:
            return .text(test.grades?.randomElement(using: &rng)?.id ?? "normal")
        }
    }

    /// A finding certainly inside its norm, for a test that has limits, no asymmetry rule and no ratio.
    public func withinNormFinding(notIn existing: [Finding], sex: Sex?, using rng: inout SplitMix) -> Finding? {
        let used = Set(existing.map(\.test))
        let inRatios = Set(knowledge.ratios.flatMap { [$0.numerator, $0.denominator] })
        let candidates = knowledge.tests.filter {
            !used.contains($0.id) && !inRatios.contains($0.id) && $0.asymmetry == nil && $0.kind != .compensation
                && ($0.norm.hasLimits || $0.kind != .number) && $0.tasks == nil
        }
        guard let test = candidates.randomElement(using: &rng) else { return nil }
        let side: Side? = test.sides == .none ? nil : .both
        switch test.kind {
        case .number:
            let limits = test.norm.limits(for: sex)
            let strictest = [limits.flagBelow, limits.flagAbove].compactMap { $0 }
            let value =
                strictest.count == 2
                ? (strictest[0] + strictest[1]) / 2
                : (limits.flagBelow.map { $0 + 1 } ?? limits.flagAbove.map { $0 - 1 } ?? 0)
            return Finding(test: test.id, side: side, value: .number(value))
        case .boolean:
            return Finding(test: test.id, side: side, value: .boolean(!(test.norm.flagWhen ?? true)))
        case .grade:
            return (test.grades?.first { $0.verdict == .normal }).map {
                Finding(test: test.id, side: side, value: .text($0.id))
            }
        case .compensation:
            return nil
        }
    }
}
