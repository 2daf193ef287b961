/// Scores every pattern against the observations and self-reports.
///
/// Supporting rules combine as a noisy-OR (each finding independently raises the confidence, bounded by 1);
/// a borderline observation counts half; matched "against" rules scale the confidence down. A pattern is
/// reported as likely only above the threshold *and* with an impaired objective observation (and its
/// required key evidence); a case without findings can only yield possible patterns.
///
/// Over-diagnosis guards: several rules reading the same test count once (the strongest), and a pattern whose
/// only impaired objective observation is one reading of a weak test (`weakAlone`) is possible, never likely —
/// however many self-reports agree. Its side comes from its impaired measurements; a two-sided squat
/// compensation or a borderline reading on the other side does not widen a one-sided finding to "both".
struct PatternScorer {
    static let likelyThreshold = 0.5
    static let possibleThreshold = 0.3

    let knowledge: KnowledgeBase

    /// A pattern's score before the reporting decision.
    struct Score {
        let pattern: PatternDefinition
        let confidence: Double
        let side: Side
        let hasImpairedObjective: Bool
        /// The only impaired objective observation is one reading of a weak test.
        let restsOnOneWeakReading: Bool
        let meetsRequirement: Bool
        let evidence: [PatternEvidence]
        let matchedKeys: Set<String>
    }

    func results(_ input: Case, _ observations: [Observation]) -> (likely: [PatternResult], possible: [PatternResult]) {
        let index = ObservationIndex(observations)
        let scores = knowledge.patterns.map { score($0, input, index) }
        var likely: [PatternResult] = []
        var possible: [PatternResult] = []
        for score in scores {
            let strongEnough = score.hasImpairedObjective && score.meetsRequirement && !score.restsOnOneWeakReading
            if score.confidence >= Self.likelyThreshold && strongEnough {
                likely.append(result(score, .likely))
            } else if (input.findings.isEmpty || score.restsOnOneWeakReading)
                && score.confidence >= Self.possibleThreshold
            {
                possible.append(result(score, .possible))
            }
        }
        return (ranked(likely), ranked(possible))
    }

    private func ranked(_ results: [PatternResult]) -> [PatternResult] {
        results.sorted { ($0.confidence, $1.id.rawValue) > ($1.confidence, $0.id.rawValue) }
    }

    private func result(_ score: Score, _ certainty: PatternResult.Certainty) -> PatternResult {
        PatternResult(
            id: score.pattern.id, name: score.pattern.name, plainName: score.pattern.plainName,
            confidence: (score.confidence * 100).rounded() / 100, certainty: certainty, side: score.side,
            evidence: score.evidence, explanation: score.pattern.explanation,
            testsToConfirm: Self.objectiveTests(score.pattern))
    }

    static func objectiveTests(_ pattern: PatternDefinition) -> [TestID] {
        var seen = Set<TestID>()
        var tests: [TestID] = []
        for rule in pattern.evidence where rule.direction == .supports {
            let test = rule.test ?? (rule.compensation != nil ? "overheadSquat" : nil)
            if let test, seen.insert(test).inserted { tests.append(test) }
        }
        return tests
    }

    func score(_ pattern: PatternDefinition, _ input: Case, _ observations: ObservationIndex) -> Score {
        var against = 1.0
        var strongest: [String: Double] = [:]
        var measuredSides: Side?
        var otherSides: Side?
        var hasImpairedObjective = false
        var impairedReadings = Set<String>()
        var evidence: [PatternEvidence] = []
        var keys = Set<String>()
        var impairedKeys = Set<String>()
        for rule in pattern.evidence {
            let matches = EvidenceMatcher(rule: rule).matches(input, observations)
            guard let strength = matches.map(\.strength).max() else { continue }
            let weight = rule.weight * strength
            keys.insert(rule.key)
            evidence += matches.map { $0.evidence(rule, weight: rule.weight * $0.strength) }
            if rule.direction == .against {
                against *= 1 - weight
                continue
            }
            // Two rules on one test are two readings of one finding: only the stronger counts.
            let reading = Self.reading(rule)
            strongest[reading] = max(strongest[reading] ?? 0, weight)
            guard rule.isObjective else { continue }
            if strength == 1 {
                hasImpairedObjective = true
                impairedKeys.insert(rule.key)
                impairedReadings.insert(reading)
            }
            for match in matches {
                guard let side = match.side else { continue }
                if match.strength == 1 && rule.test != nil {
                    measuredSides = measuredSides?.merged(with: side) ?? side
                } else {
                    otherSides = otherSides?.merged(with: side) ?? side
                }
            }
        }
        let missing = strongest.sorted { $0.key < $1.key }.reduce(1.0) { $0 * (1 - $1.value) }
        var sides = measuredSides ?? otherSides
        let onlyReading = impairedReadings.count == 1 ? impairedReadings.first : nil
        let weakAlone =
            onlyReading.map { reading in
                knowledge.testsByID[TestID(String(reading.prefix { $0 != "." }))]?.weakAlone != nil
            } ?? false
        let meets = pattern.requireAny.map { !impairedKeys.isDisjoint(with: $0) } ?? true
        if input.findings.isEmpty {
            // Self-check: the side comes from the signs and pain reports.
            for match in pattern.evidence.flatMap({ EvidenceMatcher(rule: $0).matches(input, observations) }) {
                if let side = match.side { sides = sides?.merged(with: side) ?? side }
            }
        }
        return Score(
            pattern: pattern, confidence: (1 - missing) * against, side: sides ?? .both,
            hasImpairedObjective: hasImpairedObjective, restsOnOneWeakReading: weakAlone, meetsRequirement: meets,
            evidence: evidence, matchedKeys: keys)
    }

    /// What a rule reads: a test (its value and its left–right difference are one finding), one squat
    /// compensation, or a self-report of its own.
    static func reading(_ rule: EvidenceRule) -> String {
        if let compensation = rule.compensation { return "overheadSquat.\(compensation.rawValue)" }
        if let test = rule.test { return test.rawValue + (rule.task.map { ".\($0.rawValue)" } ?? "") }
        return "report.\(rule.key)"
    }
}
