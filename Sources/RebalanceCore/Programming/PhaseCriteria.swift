/// The explicit conditions for leaving each phase (DESIGN.md §4).
struct PhaseCriteria {
    /// Pain in the target movement at or below this NPRS counts as settled.
    static let painCeiling = 2
    /// Share of scheduled sessions and practice days done.
    static let adherencePercent = 70
    static let adherenceWeeks = 2

    let assessment: Assessment
    let painAreas: [PainArea]
    let knowledge: KnowledgeBase

    func criteria(
        for phase: ExerciseDefinition.Phase, exercises: [PrescribedExercise]
    ) -> [ProgressionCriterion] {
        let weeks = phase == .reinforce ? 4 : 2
        var list = [
            ProgressionCriterion(
                id: "weeks", kind: .minimumWeeks,
                description: "At least \(weeks) weeks in this phase, so the changes can settle", weeks: weeks)
        ]
        list += painCriteria()
        let adherenceWeeks = phase == .reinforce ? 4 : Self.adherenceWeeks
        list.append(
            ProgressionCriterion(
                id: "adherence", kind: .adherence,
                description:
                    "At least \(Self.adherencePercent) % of planned sessions and home practice done "
                    + "over the last \(adherenceWeeks) weeks",
                weeks: adherenceWeeks, minPercent: Self.adherencePercent))
        let techniqueBlocks: Set<SessionBlock> = phase == .reposition ? [.breathing, .activation] : [.strength]
        let techniqueExercises = exercises.filter { techniqueBlocks.contains($0.block) }.map(\.exercise)
        if !techniqueExercises.isEmpty {
            list.append(
                ProgressionCriterion(
                    id: "technique", kind: .technique,
                    description: phase == .reposition
                        ? "Breathing and activation drills done with the cues, without the listed faults"
                        : "Strength exercises done with clean technique at the prescribed tempo",
                    exercises: techniqueExercises))
        }
        if phase != .reposition {
            let rpe = phase == .reeducate ? 7 : 8
            list.append(
                ProgressionCriterion(
                    id: "effort", kind: .effort,
                    description: "Strength work at the prescribed dose feels no harder than RPE \(rpe)/10", maxRPE: rpe)
            )
        }
        list += retestCriteria(for: phase)
        return list
    }

    private func painCriteria() -> [ProgressionCriterion] {
        var seen = Set<String>()
        return painAreas.compactMap { area in
            let id = "pain.\(area.region.rawValue).\(area.side.rawValue)"
            guard seen.insert(id).inserted else { return nil }
            let side = area.side == .both ? "" : " \(area.side.rawValue)"
            return ProgressionCriterion(
                id: id, kind: .pain,
                description:
                    "Pain in the\(side) \(area.region.plainName) during the target movements "
                    + "at \(Self.painCeiling)/10 or less",
                region: area.region, side: area.side, maxNprs: Self.painCeiling)
        }
    }

    /// Phase 1 re-checks mobility and posture; later phases re-check every finding outside its norm.
    private func retestCriteria(for phase: ExerciseDefinition.Phase) -> [ProgressionCriterion] {
        let mobilityDomains: Set<TestDomain> = [.hipMobility, .footStability, .shoulders, .breathing, .pelvis]
        var seen = Set<String>()
        return assessment.observations.compactMap { observation in
            guard observation.verdict != .normal else { return nil }
            let test = knowledge.testsByID[observation.test]  // nil for a ratio of two tests
            if phase == .reposition, observation.kind != .finding || !mobilityDomains.contains(test?.domain ?? .core) {
                return nil
            }
            let side = observation.side ?? .both
            let id = "retest.\(observation.test.rawValue).\(observation.kind.rawValue).\(side.rawValue)"
            guard seen.insert(id).inserted else { return nil }
            let baseline: Double? = if case .number(let value) = observation.value { value } else { nil }
            let goal: ProgressionCriterion.RetestGoal =
                phase == .reinforce || observation.kind != .finding || baseline == nil || test?.mdc == nil
                ? .withinNorm : .withinNormOrImproved
            return ProgressionCriterion(
                id: id, kind: .retest,
                description: retestText(observation, mdc: test?.mdc, goal: goal),
                side: side, test: observation.test, observation: observation.kind, goal: goal, baseline: baseline,
                deviation: observation.deviation, mdc: goal == .withinNormOrImproved ? test?.mdc : nil)
        }
    }

    private func retestText(
        _ observation: Observation, mdc: Double?, goal: ProgressionCriterion.RetestGoal
    ) -> String {
        let side = observation.side.map { $0 == .both ? "" : " (\($0.rawValue))" } ?? ""
        let what = observation.kind == .finding ? observation.name + side : observation.name
        let now = "was \(observation.valueText)"
        switch goal {
        case .withinNorm:
            return "\(what) back within norm (\(observation.norm)); \(now)"
        case .withinNormOrImproved:
            let mdc = mdc.map { NumberText.format($0) + observation.unit.suffix } ?? ""
            return
                "\(what) within norm (\(observation.norm)) or improved by at least \(mdc), "
                + "beyond measurement error; \(now)"
        }
    }
}
