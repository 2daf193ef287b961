/// Chooses the exercises of one phase: the best match for each need, made safe, within the session's minutes.
struct PhaseBuilder {
    /// An exercise picked for the session, with everything that justified it.
    struct Choice {
        let exercise: ExerciseDefinition
        var block: SessionBlock
        var reasons: [ExerciseReason]
    }

    let knowledge: KnowledgeBase
    let phase: ExerciseDefinition.Phase
    let safety: ExerciseSafety
    let equipment: Set<Equipment>
    let targetLevel: Int
    let maxLevel: Int
    let budget: Int
    /// Needs still to meet in this phase; an exercise that meets several is preferred.
    private var pending: [MuscleNeed]
    /// The library narrowed once to what the client's kit and level allow.
    private let pool: [ExerciseDefinition]
    private(set) var choices: [Choice] = []
    private(set) var minutes = 0
    private(set) var substitutions: [Substitution] = []
    private(set) var unaddressed: [UnaddressedNeed] = []

    init(
        knowledge: KnowledgeBase, phase: ExerciseDefinition.Phase, safety: ExerciseSafety,
        equipment: Set<Equipment>, level: Int, budget: Int, needs: [MuscleNeed]
    ) {
        self.knowledge = knowledge
        self.phase = phase
        self.safety = safety
        self.equipment = equipment
        targetLevel = min(5, max(1, level + phase.number - 2))
        maxLevel = min(5, level + phase.number - 1)
        self.budget = budget
        pending = needs
        let (maxLevel, kit) = (maxLevel, equipment)
        pool = knowledge.exercises.filter { $0.level <= maxLevel && $0.equipment.allSatisfy(kit.contains) }
    }

    /// Meets one muscle need with an exercise from `phases`, reusing one already chosen when it fits.
    /// An `optional` need (maintenance of an earlier phase's work) is left out quietly when time runs out.
    mutating func meet(_ need: MuscleNeed, from phases: [ExerciseDefinition.Phase], optional: Bool = false) {
        let roles = need.roles(in: phase)
        guard pending.contains(need) else { return }  // already met by a movement slot
        defer { pending.removeAll { $0 == need } }
        if let index = choices.firstIndex(where: { $0.exercise.targets(need.muscle, in: roles) }) {
            choices[index].reasons.append(reason(for: need, exercise: choices[index].exercise))
            return
        }
        let noun = need.kind == .overactive ? "release or lengthening" : roleNoun(roles)
        let what = { [need] in "\(noun) of \(need.label)" }  // built only when something is missing
        let ranked = candidates(from: phases, muscle: need.muscle).filter { $0.targets(need.muscle, in: roles) }
            .ranked { [self] in score($0, for: need) }
        guard let preferred = ranked.first else {
            unaddressed.append(
                UnaddressedNeed(
                    phase: phase, what: what(), muscle: need.muscle,
                    reason: missingReason(muscle: need.muscle, roles: roles, phases: phases)))
            return
        }
        guard
            let picked = safeChoice(
                preferred: preferred, ranked: ranked, what: what(), muscle: need.muscle, reportTime: !optional)
        else { return }
        choices.append(
            Choice(
                exercise: picked, block: block(of: picked, for: need), reasons: [reason(for: need, exercise: picked)]))
        minutes += Self.worstCaseMinutes(picked)
    }

    /// Adds a second, different exercise for a need already met, when the session has room for it: variety that
    /// trains the same muscle another way (for example a single-leg bridge beside a step-down).
    mutating func vary(_ need: MuscleNeed, from phases: [ExerciseDefinition.Phase], keepFree: Int = 10) {
        let roles = need.roles(in: phase)
        // Count only exercises chosen *for* this muscle; one that merely touches it does not make two.
        let existing = choices.filter { $0.reasons.contains { $0.muscle == need.muscle } }.map(\.exercise.movement)
        guard existing.count == 1 else { return }
        let options = candidates(from: phases, muscle: need.muscle).filter {
            $0.targets(need.muscle, in: roles) && !existing.contains($0.movement) && safety.reasonToAvoid($0) == nil
                && minutes + Self.worstCaseMinutes($0) + keepFree <= budget
        }
        guard let picked = options.ranked(by: { [self] in score($0, for: need) }).first else { return }
        choices.append(
            Choice(
                exercise: picked, block: block(of: picked, for: need), reasons: [reason(for: need, exercise: picked)]))
        minutes += Self.worstCaseMinutes(picked)
    }

    /// Adds one exercise of a movement pattern (a full-body lift, a core drill), preferring one that meets needs.
    mutating func fill(
        _ movements: Set<MovementPattern>, from phases: [ExerciseDefinition.Phase], block: SessionBlock,
        why: String, label: String, optional: Bool = false
    ) {
        guard !choices.contains(where: { movements.contains($0.exercise.movement) }) else { return }
        let ranked = candidates(from: phases).filter { movements.contains($0.movement) }
            .ranked { [self] in slotScore($0) }
        guard let preferred = ranked.first else {
            unaddressed.append(
                UnaddressedNeed(
                    phase: phase, what: label, muscle: nil,
                    reason: "nothing in the library for \(label) suits the available equipment and level"))
            return
        }
        guard
            let picked = safeChoice(
                preferred: preferred, ranked: ranked, what: label, muscle: nil, reportTime: !optional)
        else { return }
        var reasons = [ExerciseReason(muscle: nil, role: nil, side: nil, because: [], text: why)]
        for need in pending where picked.targets(need.muscle, in: need.roles(in: phase)) {
            reasons.append(reason(for: need, exercise: picked))
        }
        pending.removeAll { picked.targets($0.muscle, in: $0.roles(in: phase)) }
        choices.append(Choice(exercise: picked, block: block, reasons: reasons))
        minutes += Self.worstCaseMinutes(picked)
    }

    // MARK: - Choosing

    /// Exercises of the given phases the client can do with the kit and level, not yet chosen.
    private func candidates(from phases: [ExerciseDefinition.Phase], muscle: MuscleID? = nil) -> [ExerciseDefinition] {
        let wanted = phases.reduce(0) { $0 | 1 << $1.number }
        // For a muscle, its handful of exercises (checked against kit and level here); otherwise the whole pool.
        let source = muscle.map { knowledge.exercisesByMuscle[$0] ?? [] } ?? pool
        return source.filter { exercise in
            exercise.phases.contains { wanted & 1 << $0.number != 0 }
                && (muscle == nil || exercise.level <= maxLevel && usable(exercise))
                && !choices.contains { $0.exercise === exercise }
        }
    }

    private func usable(_ exercise: ExerciseDefinition) -> Bool {
        exercise.equipment.allSatisfy(equipment.contains)
    }

    /// The preferred exercise when safe; otherwise the first safe step down its regressions, then the best safe
    /// alternative; each swap is recorded. Also keeps the session within its minutes.
    private mutating func safeChoice(
        preferred: ExerciseDefinition, ranked: [ExerciseDefinition], what: @autoclosure () -> String, muscle: MuscleID?,
        reportTime: Bool = true
    ) -> ExerciseDefinition? {
        let (used, budget) = (minutes, budget)
        let fits = { (exercise: ExerciseDefinition) in used + Self.worstCaseMinutes(exercise) <= budget }
        var picked: ExerciseDefinition?
        if let reason = safety.reasonToAvoid(preferred) {
            let replacement =
                regressions(of: preferred).first { safety.reasonToAvoid($0) == nil && usable($0) && fits($0) }
                ?? ranked.first { safety.reasonToAvoid($0) == nil && fits($0) }
            substitutions.append(
                Substitution(phase: phase, original: preferred.id, replacement: replacement?.id, reason: reason))
            picked = replacement
            if replacement == nil {
                unaddressed.append(
                    UnaddressedNeed(
                        phase: phase, what: what(), muscle: muscle,
                        reason: "every suitable exercise is ruled out (\(reason)); choose one in session"))
            }
        } else if fits(preferred) {
            picked = preferred
        } else {
            picked = ranked.first { safety.reasonToAvoid($0) == nil && fits($0) }
            if picked == nil, reportTime {
                unaddressed.append(
                    UnaddressedNeed(
                        phase: phase, what: what(), muscle: muscle,
                        reason:
                            "does not fit in a \(budget)-minute session; allow more time or split it over two sessions")
                )
            }
        }
        return picked
    }

    /// Minutes counting a one-sided exercise's possible extra set: a later need can give it a lead side.
    static func worstCaseMinutes(_ exercise: ExerciseDefinition) -> Int {
        SideDosing.minutes(of: exercise, leadSide: exercise.laterality == .unilateral ? .left : nil)
    }

    /// The regression chain of an exercise, easiest last.
    private func regressions(of exercise: ExerciseDefinition) -> [ExerciseDefinition] {
        var chain: [ExerciseDefinition] = []
        var next = exercise.regression
        while let id = next, let found = knowledge.exercisesByID[id], !chain.contains(where: { $0.id == id }) {
            chain.append(found)
            next = found.regression
        }
        return chain
    }

    // MARK: - Scoring

    /// Exercises meeting more pending needs win; then a unilateral one for a one-sided need past phase 1;
    /// then one written for this phase; then the level closest to the phase's target.
    private func score(_ exercise: ExerciseDefinition, for need: MuscleNeed) -> Int {
        var score = slotScore(exercise)
        if need.side != .both, phase != .reposition, exercise.laterality == .unilateral { score += 3 }
        return score
    }

    private func slotScore(_ exercise: ExerciseDefinition) -> Int {
        let covered = pending.reduce(0) { $0 + (exercise.targets($1.muscle, in: $1.roles(in: phase)) ? 1 : 0) }
        let ownPhase = exercise.phases.contains(phase) ? 3 : 0
        return covered * 10 + ownPhase - abs(exercise.level - targetLevel) * 2
    }

    // MARK: - Describing

    private func block(of exercise: ExerciseDefinition, for need: MuscleNeed) -> SessionBlock {
        if exercise.movement == .breathing { return .breathing }
        let role = exercise.targets.first { $0.muscle == need.muscle && need.roles(in: phase).contains($0.role) }?.role
        return SessionBlock(role: role ?? .strengthen, movement: exercise.movement)
    }

    private func reason(for need: MuscleNeed, exercise: ExerciseDefinition) -> ExerciseReason {
        let roles = need.roles(in: phase)
        let role = exercise.targets.first { $0.muscle == need.muscle && roles.contains($0.role) }?.role
        let verb = role.map(\.verb) ?? "works"
        let why = need.kind == .overactive ? "overactive" : "underactive"
        let text = "\(verb) \(need.label), \(why) in \(need.becauseNames.joined(separator: "; "))"
        return ExerciseReason(muscle: need.muscle, role: role, side: need.side, because: need.because, text: text)
    }

    private func roleNoun(_ roles: [ExerciseDefinition.Role]) -> String {
        roles.contains(.activate) ? "activation" : "strengthening"
    }

    private func missingReason(
        muscle: MuscleID, roles: [ExerciseDefinition.Role], phases: [ExerciseDefinition.Phase]
    ) -> String {
        let any = knowledge.exercises.filter {
            $0.targets(muscle, in: roles) && $0.phases.contains(where: phases.contains)
        }
        if any.isEmpty { return "the exercise library has no such exercise for this phase" }
        if !any.contains(where: usable) {
            let kit = Set(any.flatMap(\.equipment)).subtracting(equipment).map(\.rawValue).sorted()
            return "needs equipment that is not available (\(kit.joined(separator: ", ")))"
        }
        return "every such exercise is above level \(maxLevel) for this phase"
    }
}

extension SessionBlock {
    /// The block an exercise belongs in, from what it does to its muscle.
    init(role: ExerciseDefinition.Role, movement: MovementPattern) {
        switch (role, movement) {
        case (_, .breathing): self = .breathing
        case (_, .carry), (_, .gait), (_, .balance), (_, .plyometric): self = .integration
        case (.release, _), (.lengthen, _): self = .release
        case (.activate, _): self = .activation
        case (.strengthen, _): self = .strength
        case (.integrate, .squat), (.integrate, .hinge), (.integrate, .lunge), (.integrate, .push), (.integrate, .pull):
            self = .strength  // a loaded lift is strength work, whatever else it trains
        case (.integrate, _): self = .integration
        }
    }
}

extension ExerciseDefinition.Role {
    /// The role as the verb of a reason ("activates gluteus medius").
    var verb: String {
        switch self {
        case .release: "releases"
        case .lengthen: "lengthens"
        case .activate: "activates"
        case .strengthen: "strengthens"
        case .integrate: "trains in movement"
        }
    }
}

extension Array where Element == ExerciseDefinition {
    /// Highest score first, each score computed once; the id breaks ties so the order never depends on file order.
    func ranked(by score: (ExerciseDefinition) -> Int) -> [ExerciseDefinition] {
        map { (exercise: $0, score: score($0)) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.exercise.id.rawValue < $1.exercise.id.rawValue }
            .map(\.exercise)
    }
}
