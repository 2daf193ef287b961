/// Decides, exercise by exercise, whether to step up, step down or stay, from the latest logs.
struct ExerciseAdjuster {
    /// RPE at or above this on the latest log means the dose is too hard.
    static let tooHardRPE = 9
    /// RPE at or below this on the last two logs means the exercise is ready to be made harder.
    static let readyRPE = 6

    let knowledge: KnowledgeBase
    let phase: ProgramPhase
    let sessions: [SessionLog]
    let flares: [PainFlare]

    func adjustments() -> [ExerciseAdjustment] {
        phase.exercises.compactMap { prescribed in
            let logs = sessions.compactMap { session in
                session.exercises.last { $0.exercise == prescribed.exercise }.map { (session, $0) }
            }
            guard !logs.isEmpty else { return nil }
            if let why = regressReason(prescribed, logs: logs) {
                return ExerciseAdjustment(
                    exercise: prescribed.exercise, action: .regress, to: prescribed.regression,
                    reason: why
                        + (prescribed.regression == nil
                            ? "; no easier version in the library: cut a set or shorten the range" : ""))
            }
            if let why = progressReason(prescribed, logs: logs) {
                return ExerciseAdjustment(
                    exercise: prescribed.exercise, action: .progress, to: prescribed.progression,
                    reason: why
                        + (prescribed.progression == nil
                            ? "; no harder version in the library: add 5–10 % load or 2 reps" : ""))
            }
            let why =
                logs.last?.1.rpe == nil
                ? "keep the dose; log an RPE to judge when it is ready to progress"
                : "keep the dose; not yet two easy, clean sessions in a row"
            return ExerciseAdjustment(exercise: prescribed.exercise, action: .keep, to: nil, reason: why)
        }
    }

    private func regressReason(_ prescribed: PrescribedExercise, logs: [(SessionLog, ExerciseLog)]) -> String? {
        guard let (session, latest) = logs.last else { return nil }
        let loaded = Set((knowledge.exercisesByID[prescribed.exercise]?.avoidWhenPain ?? []).map(\.region))
        let sessionFlares = flares.filter { $0.date == session.date }
        // With no exercise of the session known to load the region, the strength work is the likely cause.
        let anyLoadsIt = { (flare: PainFlare) in
            session.exercises.contains { log in
                (knowledge.exercisesByID[log.exercise]?.avoidWhenPain ?? []).contains { $0.region == flare.region }
            }
        }
        if let flare = sessionFlares.first(where: {
            loaded.contains($0.region) || (!anyLoadsIt($0) && [.strength, .integration].contains(prescribed.block))
        }) {
            return "\(flare.region.plainName) pain rose from \(flare.from) to \(flare.to) on \(flare.date)"
        }
        if let rpe = latest.rpe, rpe >= Self.tooHardRPE {
            return "RPE \(rpe) on \(session.date) is too hard for this phase"
        }
        if latest.techniqueOK == false { return "technique broke down on \(session.date)" }
        let lastTwo = logs.suffix(2)
        if lastTwo.count == 2, lastTwo.allSatisfy({ $0.1.setsDone < prescribed.dosage.sets }) {
            return "fewer than \(prescribed.dosage.sets) sets completed in the last two sessions"
        }
        return nil
    }

    private func progressReason(_ prescribed: PrescribedExercise, logs: [(SessionLog, ExerciseLog)]) -> String? {
        let lastTwo = logs.suffix(2)
        guard lastTwo.count == 2 else { return nil }
        let easy = lastTwo.allSatisfy { session, log in
            log.setsDone >= prescribed.dosage.sets && (log.rpe ?? Int.max) <= Self.readyRPE && log.techniqueOK != false
                && session.pain.allSatisfy { ($0.after ?? 0) <= ($0.before ?? 10) }
        }
        return easy
            ? "all sets done at RPE \(Self.readyRPE) or easier, clean and pain-free, in the last two sessions" : nil
    }
}
