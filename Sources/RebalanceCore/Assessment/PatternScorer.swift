/// Scores every pattern against the observations and self-reports.
///
/// Supporting rules combine as a noisy-OR (each finding independently raises the confidence, bounded by 1);
/// a borderline observation counts half; matched "against" rules scale the confidence down. A pattern is
/// reported as likely only above the threshold *and* with an impaired objective observation (and its
/// required key evidence); a case without findings can only yield possible patterns.
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
            if score.confidence >= Self.likelyThreshold && score.hasImpairedObjective && score.meetsRequirement {
                likely.append(result(score, .likely))
            } else if input.findings.isEmpty && score.confidence >= Self.possibleThreshold {
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
        var missing = 1.0
        var against = 1.0
        var sides: Side?
        var hasImpairedObjective = false
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
            missing *= 1 - weight
            if rule.isObjective {
                if strength == 1 {
                    hasImpairedObjective = true
                    impairedKeys.insert(rule.key)
                }
                for side in matches.compactMap(\.side) { sides = sides?.merged(with: side) ?? side }
            }
        }
        let meets = pattern.requireAny.map { !impairedKeys.isDisjoint(with: $0) } ?? true
        if input.findings.isEmpty {
            // Self-screen: the side comes from the signs and pain reports.
            for match in pattern.evidence.flatMap({ EvidenceMatcher(rule: $0).matches(input, observations) }) {
                if let side = match.side { sides = sides?.merged(with: side) ?? side }
            }
        }
        return Score(
            pattern: pattern, confidence: (1 - missing) * against, side: sides ?? .both,
            hasImpairedObjective: hasImpairedObjective, meetsRequirement: meets, evidence: evidence, matchedKeys: keys)
    }
}
