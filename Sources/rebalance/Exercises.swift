import ArgumentParser
import Foundation
import RebalanceCore

/// `rebalance exercises`: lists the exercise library, optionally for one muscle or phase.
struct Exercises: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the exercise library with phase, targets, dose and links.")

    @Option(help: "Only exercises targeting this muscle id (see `rebalance knowledge`).")
    var muscle: String?

    @Option(help: "Only exercises of this phase: reposition, reeducate or reinforce.")
    var phase: String?

    @Option(help: "Read the knowledge base from this folder instead of the shipped one (to review an edit).")
    var knowledge: String?

    @Option(help: "Write each exercise's picture to this folder as ID.svg, with an index.html to review them.")
    var pictures: String?

    func validate() throws {
        if let phase, ExerciseDefinition.Phase(rawValue: phase) == nil {
            throw ValidationError(
                "--phase \"\(phase)\" is not known; use one of \(ExerciseDefinition.Phase.allowedList)")
        }
    }

    func run() throws {
        let knowledge = try loadKnowledge()
        if let muscle, knowledge.musclesByID[MuscleID(muscle)] == nil {
            Terminal.fail(
                "--muscle \"\(muscle)\" is not a known muscle; use one of "
                    + knowledge.muscles.map(\.id.rawValue).joined(separator: ", "), status: .badInput)
        }
        let selected = knowledge.exercises.filter { exercise in
            (muscle.map { id in exercise.targets.contains { $0.muscle == MuscleID(id) } } ?? true)
                && (phase.flatMap(ExerciseDefinition.Phase.init(rawValue:)).map(exercise.phases.contains) ?? true)
        }
        if let pictures {
            try writePictures(of: selected, knowledge: knowledge, to: URL(fileURLWithPath: pictures))
            return
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
                "    dose: \(dose.sets) × \(amount)\(dose.perSide ? " each side" : "")"
                    + "\(dose.tempo.map { ", tempo \($0)" } ?? ""), rest \(dose.restSeconds) s, \(dose.effort)"
            )
            if exercise.regression != nil || exercise.progression != nil {
                print(
                    "    easier: \(exercise.regression?.rawValue ?? "—") · "
                        + "harder: \(exercise.progression?.rawValue ?? "—")"
                )
            }
        }
    }

    private func loadKnowledge() throws -> KnowledgeBase {
        guard let knowledge else { return try Terminal.loadKnowledge() }
        do {
            return try KnowledgeBase.load(from: URL(fileURLWithPath: knowledge))
        } catch {
            Terminal.fail("\(error)", status: .badInput)
        }
    }

    private func writePictures(
        of exercises: [ExerciseDefinition], knowledge: KnowledgeBase, to folder: URL
    ) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var rows = ""
        var missing: [String] = []
        for exercise in exercises {
            guard let drawing = knowledge.drawing(of: exercise) else {
                missing.append(exercise.id.rawValue)
                continue
            }
            try Data(drawing.svg().utf8).write(to: folder.appendingPathComponent("\(exercise.id).svg"))
            rows +=
                "<figure><img src=\"\(exercise.id).svg\" alt=\"\"><figcaption><b>\(exercise.name)</b> "
                + "(\(exercise.id))<br>\(drawing.description)<br>"
                + "<small>\(exercise.setup)</small></figcaption></figure>\n"
        }
        let page =
            "<!doctype html><meta charset=utf-8><title>Exercise pictures</title><style>body{font:14px system-ui;"
            + "display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:16px}img{width:100%;"
            + "border:1px solid #ddd}</style>\n" + rows
        try Data(page.utf8).write(to: folder.appendingPathComponent("index.html"))
        print("\(exercises.count - missing.count) pictures written to \(folder.path)")
        if !missing.isEmpty { print("no picture yet: \(missing.joined(separator: ", "))") }
    }
}
