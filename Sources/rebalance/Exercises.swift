import ArgumentParser
import RebalanceCore

/// `rebalance exercises`: lists the exercise library, optionally for one muscle or phase.
struct Exercises: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the exercise library with phase, targets, dose and links.")

    @Option(help: "Only exercises targeting this muscle id (see `rebalance knowledge`).")
    var muscle: String?

    @Option(help: "Only exercises of this phase: reposition, reeducate or reinforce.")
    var phase: String?

    func validate() throws {
        if let phase, ExerciseDefinition.Phase(rawValue: phase) == nil {
            throw ValidationError(
                "--phase \"\(phase)\" is not known; use one of \(ExerciseDefinition.Phase.allowedList)")
        }
    }

    func run() throws {
        let knowledge = try Terminal.loadKnowledge()
        if let muscle, knowledge.musclesByID[MuscleID(muscle)] == nil {
            Terminal.fail(
                "--muscle \"\(muscle)\" is not a known muscle; use one of "
                    + knowledge.muscles.map(\.id.rawValue).joined(separator: ", "), status: .badInput)
        }
        let selected = knowledge.exercises.filter { exercise in
            (muscle.map { id in exercise.targets.contains { $0.muscle == MuscleID(id) } } ?? true)
                && (phase.flatMap(ExerciseDefinition.Phase.init(rawValue:)).map(exercise.phases.contains) ?? true)
        }
        print("\(selected.count) of \(knowledge.exercises.count) exercises (knowledge base \(knowledge.meta.version))")
        for exercise in selected {
            let phases = exercise.phases.map(\.rawValue).joined(separator: "/")
            let targets = exercise.targets.map { "\($0.muscle) (\($0.role))" }.joined(separator: ", ")
            print("")
            print("\(exercise.id) · \(exercise.name) — \(phases), level \(exercise.level), \(exercise.laterality)")
            print("    targets: \(targets)")
            print(
                "    equipment: \(exercise.equipment.map(\.rawValue).joined(separator: ", ")) · \(exercise.minutes) min"
            )
            let dose = exercise.dosage
            let amount = dose.reps.map { "\($0) reps" } ?? "\(dose.holdSeconds ?? 0) s hold"
            print(
                "    dose: \(dose.sets) × \(amount)\(dose.perSide ? " each side" : "")\(dose.tempo.map { ", tempo \($0)" } ?? ""), rest \(dose.restSeconds) s, \(dose.effort)"
            )
            if exercise.regression != nil || exercise.progression != nil {
                print(
                    "    easier: \(exercise.regression?.rawValue ?? "—") · harder: \(exercise.progression?.rawValue ?? "—")"
                )
            }
        }
    }
}
