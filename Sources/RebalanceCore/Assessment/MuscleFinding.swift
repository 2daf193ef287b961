/// A muscle the assessment names as overactive or underactive, on which side, and why.
public struct MuscleFinding: Codable, Sendable, Equatable {
    public let muscle: MuscleID
    public let name: String
    public let plainName: String
    public let side: Side
    /// Patterns (`lowerCrossed`) and compensations (`overheadSquat.lowBackArches`) that point to it.
    public let because: [String]

    public init(muscle: MuscleID, name: String, plainName: String, side: Side, because: [String]) {
        self.muscle = muscle
        self.name = name
        self.plainName = plainName
        self.side = side
        self.because = because
    }
}

/// Collects the overactive and underactive muscles from reported patterns and squat compensations.
///
/// When a muscle is named in both roles, the role backed by the stronger source wins (a pattern's confidence;
/// a lone compensation counts 0.5), so the trainer never gets "release and strengthen the same muscle".
struct MuscleSummary {
    enum Role { case overactive, underactive }

    private struct Entry {
        var side: Side
        var because: Set<String>
        var strength: Double
    }

    let knowledge: KnowledgeBase

    func summarize(
        _ patterns: [PatternResult], _ observations: [Observation]
    ) -> (overactive: [MuscleFinding], underactive: [MuscleFinding]) {
        var over: [MuscleID: Entry] = [:]
        var under: [MuscleID: Entry] = [:]
        func add(_ ids: [MuscleID], _ role: Role, _ side: Side, _ reason: String, _ strength: Double) {
            for id in ids {
                let entry = Entry(side: side, because: [reason], strength: strength)
                switch role {
                case .overactive: over[id] = merge(over[id], entry)
                case .underactive: under[id] = merge(under[id], entry)
                }
            }
        }
        for pattern in patterns {
            guard let definition = knowledge.patternsByID[pattern.id] else { continue }
            let ruleMuscles = definition.evidence.filter { rule in pattern.evidence.contains { $0.rule == rule.key } }
            add(
                definition.overactive + ruleMuscles.flatMap { $0.overactive ?? [] }, .overactive, pattern.side,
                pattern.id.rawValue, pattern.confidence)
            add(
                definition.underactive + ruleMuscles.flatMap { $0.underactive ?? [] }, .underactive, pattern.side,
                pattern.id.rawValue, pattern.confidence)
        }
        for observation in observations where observation.verdict == .impaired {
            guard let compensation = observation.compensation,
                let definition = knowledge.compensationsByID[compensation]
            else { continue }
            let side = observation.side ?? .both
            let reason = "overheadSquat.\(compensation.rawValue)"
            add(definition.overactive, .overactive, side, reason, 0.5)
            add(definition.underactive, .underactive, side, reason, 0.5)
            add(definition.oppositeSideUnderactive ?? [], .underactive, side.opposite, reason, 0.5)
        }
        for id in Set(over.keys).intersection(under.keys) {
            guard let o = over[id], let u = under[id], o.side.overlaps(u.side) else { continue }
            if o.strength > u.strength { under[id] = nil } else if u.strength > o.strength { over[id] = nil }
        }
        return (findings(over), findings(under))
    }

    private func merge(_ existing: Entry?, _ new: Entry) -> Entry {
        guard var entry = existing else { return new }
        entry.side = entry.side.merged(with: new.side)
        entry.because.formUnion(new.because)
        entry.strength = max(entry.strength, new.strength)
        return entry
    }

    private func findings(_ entries: [MuscleID: Entry]) -> [MuscleFinding] {
        knowledge.muscles.compactMap { muscle in
            guard let entry = entries[muscle.id] else { return nil }
            return MuscleFinding(
                muscle: muscle.id, name: muscle.name, plainName: muscle.plainName, side: entry.side,
                because: entry.because.sorted())
        }
    }
}
