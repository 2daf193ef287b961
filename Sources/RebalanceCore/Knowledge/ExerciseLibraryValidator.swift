/// Checks the exercise library: known muscles, valid doses, and regression/progression links without cycles.
struct ExerciseLibraryValidator {
    let knowledge: KnowledgeBase

    func issues() -> [KnowledgeIssue] {
        knowledge.exercises.flatMap(entryIssues) + cycleIssues(\.progression, "progression")
            + cycleIssues(\.regression, "regression")
    }

    private func entryIssues(_ exercise: ExerciseDefinition) -> [KnowledgeIssue] {
        let entry = exercise.id.rawValue
        var messages: [String] = []
        if exercise.phases.isEmpty { messages.append("no phase") }
        if exercise.targets.isEmpty { messages.append("no target muscle") }
        if !(1...5).contains(exercise.level) { messages.append("level must be 1…5") }
        if (exercise.dosage.reps == nil) == (exercise.dosage.holdSeconds == nil) {
            messages.append("dosage needs exactly one of reps / holdSeconds")
        }
        if exercise.dosage.sets < 1 { messages.append("dosage needs at least one set") }
        if exercise.minutes < 1 { messages.append("minutes must be at least 1") }
        // The position rules (pregnancy, knee and shoulder pain) can only judge an exercise whose positions are known.
        if (exercise.positions ?? []).isEmpty { messages.append("no positions (supine, standing, …)") }
        if exercise.demands == nil { messages.append("no demands list (use [] when none applies)") }
        for link in [exercise.regression, exercise.progression].compactMap({ $0 })
        where knowledge.exercisesByID[link] == nil {
            messages.append("links to unknown exercise \"\(link)\"")
        }
        if let figure = exercise.figure {
            for pose in [figure.start] + [figure.end].compactMap({ $0 }) where knowledge.posesByID[pose] == nil {
                messages.append("picture names unknown position \"\(pose)\" (see poses.yaml)")
            }
        }
        if exercise.regression == exercise.id || exercise.progression == exercise.id {
            messages.append("links to itself")
        }
        return messages.map { KnowledgeIssue(file: "exercises.yaml", entry: entry, message: $0) }
            + KnowledgeValidator(knowledge: knowledge).unknownMuscles(
                exercise.targets.map(\.muscle), file: "exercises.yaml", entry: entry)
    }

    /// Following one kind of link from any exercise must end, never return to where it started.
    private func cycleIssues(
        _ link: KeyPath<ExerciseDefinition, ExerciseID?>, _ name: String
    ) -> [KnowledgeIssue] {
        var issues: [KnowledgeIssue] = []
        for start in knowledge.exercises {
            var visited: Set<ExerciseID> = [start.id]
            var current = start[keyPath: link]
            while let id = current, let next = knowledge.exercisesByID[id] {
                if !visited.insert(id).inserted {
                    issues.append(
                        KnowledgeIssue(
                            file: "exercises.yaml", entry: start.id.rawValue, message: "\(name) links form a cycle"))
                    break
                }
                current = next[keyPath: link]
            }
        }
        return issues
    }
}
