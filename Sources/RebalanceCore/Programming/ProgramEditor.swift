/// A trainer's change to one exercise of a program.
public enum ProgramEdit: Sendable, Equatable {
    /// Replace the exercise with another (its regression or progression, or any exercise for the same muscle).
    case swap(to: ExerciseID)
    /// New sets, reps or hold, tempo, rest and effort.
    case dose(ProgramDoseChange)
    /// Move earlier (negative) or later (positive) in the session.
    case move(by: Int)
    /// A note for the client, or none.
    case note(String)
}

/// The dosage a trainer sets by hand.
public struct ProgramDoseChange: Sendable, Equatable {
    public var sets: Int
    public var reps: Int?
    public var holdSeconds: Int?
    public var tempo: String?
    public var restSeconds: Int
    public var effort: String

    public init(sets: Int, reps: Int?, holdSeconds: Int?, tempo: String?, restSeconds: Int, effort: String) {
        self.sets = sets
        self.reps = reps
        self.holdSeconds = holdSeconds
        self.tempo = tempo
        self.restSeconds = restSeconds
        self.effort = effort
    }
}

/// Why an edit cannot be made, in words for the trainer.
public enum ProgramEditError: Error, Sendable, Equatable, CustomStringConvertible {
    case noSuchExercise(String)
    case unsafe(String, reason: String)
    case notInPhase(String)
    case invalid(String)

    public var description: String {
        switch self {
        case .noSuchExercise(let id): "There is no exercise \"\(id)\" in the library."
        case .unsafe(let name, let reason): "\(name) is not safe for this client: \(reason)."
        case .notInPhase(let name): "\(name) does not belong in this phase."
        case .invalid(let message): message
        }
    }
}

/// An exercise the trainer may swap in, and why it fits.
public struct SwapOption: Sendable, Equatable {
    public let exercise: ExerciseID
    public let name: String
    public let why: String
}

/// Applies trainers' edits to a program, keeping its safety rules: a swap never brings in an exercise that is
/// contraindicated for the client's pain or conditions, and every edit is described for the version history.
public struct ProgramEditor: Sendable {
    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    public static let setsRange = 1...10
    public static let repsRange = 1...50
    public static let holdRange = 5...300
    public static let restRange = 0...600

    /// The program with `edit` applied to exercise `index` of `phase`, and a one-line description of the change.
    public func apply(
        _ edit: ProgramEdit, phase kind: ExerciseDefinition.Phase, index: Int, to program: CorrectiveProgram
    )
        throws(ProgramEditError) -> (program: CorrectiveProgram, change: String)
    {
        guard let phaseIndex = program.phases.firstIndex(where: { $0.phase == kind }),
            program.phases[phaseIndex].exercises.indices.contains(index)
        else { throw .invalid("That exercise is no longer in the program; reload the page.") }
        var phase = program.phases[phaseIndex]
        var exercises = phase.exercises
        let current = exercises[index]
        let change: String
        switch edit {
        case .swap(let id):
            guard let replacement = knowledge.exercisesByID[id] else { throw .noSuchExercise(id.rawValue) }
            // A regression or progression may step into a neighbouring phase's drill; anything else must belong here.
            let stepsFromCurrent =
                knowledge.exercisesByID[current.exercise].map { $0.regression == id || $0.progression == id } ?? false
            guard replacement.phases.contains(kind) || stepsFromCurrent else { throw .notInPhase(replacement.name) }
            if let reason = safety(program).reasonToAvoid(replacement) {
                throw .unsafe(replacement.name, reason: reason)
            }
            let lead = current.dosage.leadSide
            exercises[index] = PrescribedExercise(
                exercise: replacement.id, name: replacement.name, block: current.block,
                equipment: replacement.equipment,
                dosage: SideDosing.dosage(of: replacement, leadSide: lead), cues: replacement.cues,
                reasons: current.reasons,
                regression: replacement.regression, progression: replacement.progression,
                minutes: SideDosing.minutes(of: replacement, leadSide: lead), note: current.note)
            change = "Swapped \(current.name) for \(replacement.name) in \(phase.title)"
        case .dose(let dose):
            guard Self.setsRange.contains(dose.sets) else {
                throw .invalid(
                    "Sets: \(dose.sets) is outside \(Self.setsRange.lowerBound)…\(Self.setsRange.upperBound).")
            }
            if let reps = dose.reps, !Self.repsRange.contains(reps) { throw .invalid("Reps: \(reps) is outside 1…50.") }
            if let hold = dose.holdSeconds, !Self.holdRange.contains(hold) {
                throw .invalid("Hold: \(hold) s is outside 5…300 s.")
            }
            guard (dose.reps == nil) != (dose.holdSeconds == nil) else {
                throw .invalid("Give either reps or a hold time, not both.")
            }
            guard Self.restRange.contains(dose.restSeconds) else {
                throw .invalid("Rest: \(dose.restSeconds) s is outside 0…600 s.")
            }
            if let tempo = dose.tempo, !Self.isTempo(tempo) { throw .invalid("Tempo: write four digits like 3-1-1-0.") }
            let effort = dose.effort.trimmingCharacters(in: .whitespaces)
            guard !effort.isEmpty, effort.count <= 60 else {
                throw .invalid("Effort: describe it briefly, like RPE 6.")
            }
            let old = current.dosage
            let dosage = PrescribedDosage(
                sets: dose.sets, reps: dose.reps, holdSeconds: dose.holdSeconds, perSide: old.perSide,
                tempo: dose.tempo,
                restSeconds: dose.restSeconds, effort: effort, leadSide: old.leadSide,
                leadSideSets: old.leadSide == nil ? nil : dose.sets + 1)
            exercises[index] = current.with(dosage: dosage)
            change = "Changed \(current.name) in \(phase.title) from \(old.summary) to \(dosage.summary)"
        case .move(let offset):
            let target = index + offset
            guard exercises.indices.contains(target), offset != 0 else {
                throw .invalid("It cannot move further that way.")
            }
            exercises.swapAt(index, target)
            change = "Moved \(current.name) \(offset < 0 ? "earlier" : "later") in \(phase.title)"
        case .note(let text):
            let note = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard note.count <= 500 else { throw .invalid("Keep the note under 500 characters.") }
            exercises[index] = current.with(note: note.isEmpty ? nil : note)
            change = note.isEmpty ? "Removed the note on \(current.name)" : "Noted on \(current.name): \(note)"
        }
        phase = phase.with(exercises: exercises)
        var phases = program.phases
        phases[phaseIndex] = phase
        return (program.with(phases: phases), change)
    }

    /// Exercises that may replace exercise `index` of `phase`: its regression and progression first, then other
    /// exercises of the phase for the muscles it targets — all safe for this client.
    public func swapOptions(phase kind: ExerciseDefinition.Phase, index: Int, in program: CorrectiveProgram)
        -> [SwapOption]
    {
        guard let phase = program.phase(kind), phase.exercises.indices.contains(index),
            let current = knowledge.exercisesByID[phase.exercises[index].exercise]
        else { return [] }
        let safety = safety(program)
        var seen: Set<ExerciseID> = [current.id]
        var options: [SwapOption] = []
        func offer(_ id: ExerciseID?, _ why: String, anyPhase: Bool = false) {
            guard let id, !seen.contains(id), let exercise = knowledge.exercisesByID[id],
                anyPhase || exercise.phases.contains(kind),
                safety.reasonToAvoid(exercise) == nil
            else { return }
            seen.insert(id)
            options.append(SwapOption(exercise: id, name: exercise.name, why: why))
        }
        offer(current.regression, "easier (regression)", anyPhase: true)
        offer(current.progression, "harder (progression)", anyPhase: true)
        for target in current.targets {
            for candidate in (knowledge.exercisesByMuscle[target.muscle] ?? []).sorted(by: { $0.name < $1.name })
            where candidate.targets.contains(where: { $0.muscle == target.muscle && $0.role == target.role }) {
                offer(
                    candidate.id,
                    "also \(target.role.rawValue)s "
                        + "\(knowledge.musclesByID[target.muscle]?.name ?? target.muscle.rawValue)"
                )
            }
        }
        return options
    }

    /// An exercise of a phase that the client's pain now rules out, and why.
    public struct RuledOut: Sendable, Equatable {
        public let index: Int
        public let exercise: ExerciseID
        public let name: String
        public let reason: String
    }

    /// The exercises of `phase` that `currentPain` (see `CurrentPain`) rules out, by the same rules that built the
    /// program: what to swap before the next session.
    public func ruledOut(phase: ExerciseDefinition.Phase, in program: CorrectiveProgram, currentPain: [PainArea])
        -> [RuledOut]
    {
        let safety = safety(program, pain: currentPain)
        return (program.phase(phase)?.exercises ?? []).enumerated().compactMap { index, prescribed in
            guard let exercise = knowledge.exercisesByID[prescribed.exercise],
                let reason = safety.reasonToAvoid(exercise)
            else { return nil }
            return RuledOut(index: index, exercise: prescribed.exercise, name: prescribed.name, reason: reason)
        }
    }

    private func safety(_ program: CorrectiveProgram, pain: [PainArea]? = nil) -> ExerciseSafety {
        ExerciseSafety(
            painAreas: pain ?? program.painAreas,
            // Programs made before their conditions were kept: derive them the way the generator did.
            conditions: program.conditions.map(Set.init)
                ?? ExerciseSafety.conditions(from: nil, cautions: program.cautions, stated: program.options.conditions),
            rules: knowledge.safety.positionRules)
    }

    /// "3-1-1-0": four digits (or X for explosive) separated by hyphens.
    static func isTempo(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { $0.count == 1 && ($0.first?.isNumber == true || $0 == "X" || $0 == "x") }
    }
}

extension PrescribedExercise {
    func with(dosage: PrescribedDosage) -> PrescribedExercise {
        PrescribedExercise(
            exercise: exercise, name: name, block: block, equipment: equipment, dosage: dosage, cues: cues,
            reasons: reasons,
            regression: regression, progression: progression, minutes: minutes, note: note)
    }

    func with(note: String?) -> PrescribedExercise {
        PrescribedExercise(
            exercise: exercise, name: name, block: block, equipment: equipment, dosage: dosage, cues: cues,
            reasons: reasons,
            regression: regression, progression: progression, minutes: minutes, note: note)
    }
}

extension ProgramPhase {
    func with(exercises: [PrescribedExercise]) -> ProgramPhase {
        ProgramPhase(
            phase: phase, title: title, goal: goal, minWeeks: minWeeks, maxWeeks: maxWeeks, exercises: exercises,
            homePractice: homePractice, schedule: schedule, sessionMinutes: sessionMinutes,
            homePracticeMinutes: homePracticeMinutes, progressionCriteria: progressionCriteria)
    }
}

extension CorrectiveProgram {
    func with(phases: [ProgramPhase]) -> CorrectiveProgram {
        CorrectiveProgram(
            knowledgeBaseVersion: knowledgeBaseVersion, options: options, client: client, painAreas: painAreas,
            focus: focus,
            phases: phases, substitutions: substitutions, unaddressed: unaddressed, cautions: cautions,
            conditions: conditions, disclaimer: disclaimer)
    }
}
