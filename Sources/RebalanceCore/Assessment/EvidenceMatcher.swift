/// Finds what in a case matches one evidence rule, and how strongly (impaired 1, borderline ½).
struct EvidenceMatcher {
    /// One thing that matched: an observation or a self-report.
    struct Match {
        let strength: Double
        let side: Side?
        let observation: Observation?
        let sign: SignID?
        let pain: Region?

        func evidence(_ rule: EvidenceRule, weight: Double) -> PatternEvidence {
            if let observation {
                return PatternEvidence(rule: rule, weight: weight, observation: observation)
            }
            return PatternEvidence(rule: rule, weight: weight, sign: sign, pain: pain, side: side)
        }
    }

    let rule: EvidenceRule

    func matches(_ input: Case, _ observations: ObservationIndex) -> [Match] {
        if let sign = rule.sign {
            let reports = input.signs.filter { $0.sign == sign }
            guard !reports.isEmpty else { return [] }
            let sides = reports.compactMap(\.side)
            let side = sides.first.map { first in sides.dropFirst().reduce(first) { $0.merged(with: $1) } }
            return [Match(strength: 1, side: side, observation: nil, sign: sign, pain: nil)]
        }
        if let region = rule.pain {
            let areas = input.painAreas.filter { $0.region == region && ($0.nprs ?? 1) > 0 }
            guard let first = areas.first else { return [] }
            let side = areas.dropFirst().reduce(first.side) { $0.merged(with: $1.side) }
            return [Match(strength: 1, side: side, observation: nil, sign: nil, pain: region)]
        }
        let relevant =
            rule.compensation != nil ? observations.of("overheadSquat") : rule.test.map(observations.of) ?? []
        if rule.direction == .against,
            relevant.contains(where: { $0.kind == .finding && $0.verdict != .normal })
        {
            // A normal value only counts against the pattern when no side of the test is outside its norm.
            return []
        }
        return relevant.compactMap(match)
    }

    private func match(_ observation: Observation) -> Match? {
        if let compensation = rule.compensation {
            guard observation.compensation == compensation, observation.verdict == .impaired else { return nil }
            return Match(strength: 1, side: observation.side, observation: observation, sign: nil, pain: nil)
        }
        guard let test = rule.test, observation.test == test else { return nil }
        let wantsAsymmetry = rule.asymmetry ?? false
        guard (observation.kind == .asymmetry) == wantsAsymmetry else { return nil }
        if let task = rule.task, observation.task != task { return nil }
        if rule.direction == .against {
            guard observation.verdict == .normal else { return nil }
            return Match(strength: 1, side: observation.side, observation: observation, sign: nil, pain: nil)
        }
        if let deviation = rule.deviation, observation.deviation != deviation { return nil }
        let strength: Double
        switch observation.verdict {
        case .impaired: strength = 1
        case .borderline: strength = 0.5
        case .normal: return nil
        }
        return Match(strength: strength, side: observation.side, observation: observation, sign: nil, pain: nil)
    }
}
