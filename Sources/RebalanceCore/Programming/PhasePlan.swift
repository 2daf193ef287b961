/// What each phase is for and how its session is filled (DESIGN.md §4).
struct PhasePlan {
    let phase: ExerciseDefinition.Phase

    var title: String {
        switch phase {
        case .reposition: "Reposition"
        case .reeducate: "Re-educate"
        case .reinforce: "Reinforce & Progress"
        }
    }

    var goal: String {
        switch phase {
        case .reposition:
            "Calm the overworking muscles, wake up the under-working ones and reset breathing, "
                + "so joints can sit where they should."
        case .reeducate:
            "Teach the woken-up muscles to do their job: one side at a time, "
                + "a trunk that resists twisting, slow controlled tempo."
        case .reinforce:
            "Build balanced full-body strength on the new pattern and keep it with regular re-checks."
        }
    }

    var weeks: ClosedRange<Int> {
        switch phase {
        case .reposition: 2...3
        case .reeducate: 3...4
        case .reinforce: 4...6
        }
    }

    /// Blocks that make up the short home routine between sessions.
    var practiceBlocks: Set<SessionBlock> {
        phase == .reinforce ? [.breathing, .release] : [.breathing, .release, .activation]
    }

    /// Practice days a week when the week has room: daily in phase 1, tapering later.
    var practiceDays: Int {
        switch phase {
        case .reposition: 5
        case .reeducate: 3
        case .reinforce: 2
        }
    }

    var practiceMinutes: Int {
        switch phase {
        case .reposition: 15
        case .reeducate: 12
        case .reinforce: 10
        }
    }

    /// Fills the session in priority order; the generator then sorts it into session order.
    func fill(_ builder: inout PhaseBuilder, needs: [MuscleNeed]) {
        let underactive = needs.filter { $0.kind == .underactive }
        let overactive = needs.filter { $0.kind == .overactive }
        switch phase {
        case .reposition:
            builder.fill(
                [.breathing], from: [.reposition], block: .breathing,
                why: "resets breathing and rib position before anything else", label: "a breathing drill")
            for need in needs { builder.meet(need, from: [.reposition]) }
            for need in underactive { builder.vary(need, from: [.reposition]) }
        case .reeducate:
            builder.fill(
                [.breathing], from: [.reposition, .reeducate], block: .breathing,
                why: "keeps the breathing reset as the session's opener", label: "a breathing drill")
            for need in underactive { builder.meet(need, from: [.reeducate]) }
            builder.fill(
                [.antiRotation, .antiExtension, .lateralStability], from: [.reeducate], block: .strength,
                why: "cross-body core: the trunk learns to resist twisting and bending",
                label: "a cross-body core exercise")
            // Phase 1 released these; keeping them up is worth the time only when it is there.
            for need in overactive { builder.meet(need, from: [.reeducate, .reposition], optional: true) }
            for need in underactive { builder.vary(need, from: [.reeducate]) }
        case .reinforce:
            // The weak links first, preferring lifts; then the rest of a balanced full-body session.
            for need in underactive { builder.meet(need, from: [.reinforce, .reeducate]) }
            // The four big patterns and the core are the backbone; a single-leg lift and a carry join when time allows.
            let lifts: [(MovementPattern, String, Bool)] = [
                (.squat, "a squat", false), (.hinge, "a hip hinge", false), (.push, "a push", false),
                (.pull, "a pull", false), (.lunge, "a single-leg lift", true), (.carry, "a loaded carry", true),
            ]
            for (movement, label, optional) in lifts.filter({ !$0.2 }) + lifts.filter(\.2) {
                builder.fill(
                    [movement], from: [.reinforce, .reeducate], block: movement == .carry ? .integration : .strength,
                    why: "balanced full-body strength: \(label.dropFirst(2))", label: label, optional: optional)
                if movement == .pull {
                    builder.fill(
                        [.antiRotation, .lateralStability], from: [.reinforce, .reeducate], block: .strength,
                        why: "keeps the cross-body core strong under load", label: "a cross-body core exercise")
                }
            }
            for need in overactive { builder.meet(need, from: [.reposition, .reeducate, .reinforce], optional: true) }
        }
    }
}
