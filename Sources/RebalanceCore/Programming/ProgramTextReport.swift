/// Renders a program as plain text for the terminal: phases, exercises with dose and reason, week, criteria.
public struct ProgramTextReport: Sendable {
    public init() {}

    public func render(_ program: CorrectiveProgram) -> String {
        var lines: [String] = []
        if program.focus.isEmpty {
            lines.append("Focus: no imbalance pattern found — a general balanced program.")
        } else {
            lines.append("Focus")
            for focus in program.focus {
                lines.append("  \(focus.name) [\(focus.side), \(Int((focus.confidence * 100).rounded()))%]")
            }
        }
        for caution in program.cautions { lines.append("Caution: \(caution.message)") }
        for phase in program.phases { lines += render(phase) }
        if !program.substitutions.isEmpty {
            lines.append("")
            lines.append("Swapped for safety")
            for swap in program.substitutions {
                let replacement = swap.replacement?.rawValue ?? "nothing safe — trainer to choose"
                lines.append("  \(swap.phase.number). \(swap.original) → \(replacement): \(swap.reason)")
            }
        }
        if !program.unaddressed.isEmpty {
            lines.append("")
            lines.append("Not covered by the program (decide in session)")
            for need in program.unaddressed { lines.append("  \(need.phase.number). \(need.what): \(need.reason)") }
        }
        lines.append("")
        lines.append(program.disclaimer)
        return lines.joined(separator: "\n")
    }

    private func render(_ phase: ProgramPhase) -> [String] {
        var lines = [
            "",
            "Phase \(phase.phase.number) — \(phase.title) (\(phase.minWeeks)–\(phase.maxWeeks) weeks, "
                + "about \(phase.sessionMinutes) min a session)",
            "  \(phase.goal)",
        ]
        var block: SessionBlock?
        for exercise in phase.exercises {
            if exercise.block != block {
                block = exercise.block
                lines.append("  \(exercise.block.heading)")
            }
            lines.append("    \(exercise.name) — \(exercise.dosage.summary)")
            for reason in exercise.reasons { lines.append("      why: \(reason.text)") }
            if let caution = exercise.caution { lines.append("      careful: \(caution)") }
        }
        let week = phase.schedule.days.filter { $0.activity != .rest }
            .map { "\($0.weekday.rawValue.prefix(3)) \($0.activity.shortName)" }
        lines.append("  Week: " + week.joined(separator: ", "))
        if !phase.homePractice.isEmpty {
            let names = phase.homePractice.compactMap { id in phase.exercises.first { $0.exercise == id }?.name }
            lines.append("  Home practice (\(phase.homePracticeMinutes) min): " + names.joined(separator: ", "))
        }
        lines.append("  Move on when")
        for criterion in phase.progressionCriteria { lines.append("    □ \(criterion.description)") }
        return lines
    }
}

extension SessionBlock {
    /// The block's heading in a handout.
    public var heading: String {
        switch self {
        case .breathing: "Breathing"
        case .release: "Release and lengthen"
        case .activation: "Activate"
        case .strength: "Strength"
        case .integration: "Integrate"
        }
    }
}

extension WeeklySchedule.Activity {
    /// A few words for a week line.
    public var shortName: String {
        switch self {
        case .studioSession: "studio session"
        case .homeSession: "home session"
        case .homePractice: "home practice"
        case .rest: "rest"
        }
    }
}
