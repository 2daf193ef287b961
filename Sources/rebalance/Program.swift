import ArgumentParser
import Foundation
import RebalanceApp
import RebalanceCore

/// `rebalance program CASE.json`: assesses the case and prints its phased corrective program.
struct Program: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text, html }

    static let configuration = CommandConfiguration(
        abstract: "Build the phased corrective program for one case (Reposition → Re-educate → Reinforce).",
        discussion: """
            html writes a printable handout, one page per phase. Exit status: 0 program printed, \
            2 invalid case or options, 3 no program because a clinician must be seen first, 1 internal error.
            """
    )

    @Argument(help: "The case file (JSON, see Examples/). Use - to read standard input.")
    var casePath: String

    @Option(help: "Output format: json, text or html.")
    var format: Format = .text

    @OptionGroup var options: ProgramOptionFlags

    func run() throws {
        let knowledge = try Terminal.loadKnowledge()
        let programOptions = options.resolved()
        let data = try Terminal.readInput(casePath, limit: CaseReader.maximumBytes)
        FileKind.require(.caseFile, data, path: casePath)
        let input: Case
        do {
            input = try CaseReader(knowledge: knowledge).read(data)
        } catch {
            Terminal.fail("invalid case \(casePath):\n\(error)", status: .badInput)
        }
        let program: CorrectiveProgram
        do {
            program = try ProgramGenerator(knowledge: knowledge).generate(for: input, options: programOptions)
        } catch {
            if case .referralRequired = error { Terminal.fail("\(error)", status: .referral) }
            if case .confirmFirst(let questions) = error {
                let flags = questions.map { "{\"flag\": \"\($0.flag)\", \"current\": true or false}" }.joined(
                    separator: ", ")
                Terminal.fail("\(error)\nAnswer in the case: \"confirmations\": [\(flags)]", status: .badInput)
            }
            Terminal.fail("\(error)", status: .badInput)
        }
        switch format {
        case .json: print(try Terminal.json(program))
        case .text: print(ProgramTextReport().render(program))
        case .html: print(ProgramHandout(knowledge: knowledge).render(program))
        }
    }
}

/// The client-context flags shared by `program` and anything else that builds one.
struct ProgramOptionFlags: ParsableArguments {
    @Option(help: "Main sessions a week (1…7).")
    var sessionsPerWeek: Int = ProgramOptions().sessionsPerWeek

    @Option(help: "Minutes per main session (15…120).")
    var minutes: Int = ProgramOptions().minutesPerSession

    @Option(help: "Kit at home, comma separated: \(Equipment.allowedList).")
    var equipment: String = ""

    @Option(help: "Where the main sessions happen: studio or home.")
    var setting: String = TrainingSetting.studio.rawValue

    @Option(help: "Training experience, 1 (new) … 5 (advanced).")
    var level: Int = ProgramOptions().level

    @Option(help: "Conditions that rule exercises out, comma separated: \(TrainingCondition.allowedList).")
    var conditions: String = ""

    @Option(
        help: """
            Where a recent operation was (\(Region.allowedList)): implies recentSurgery; \
            exercises that load it are marked.
            """
    )
    var surgeryRegion: String?

    func validate() throws {
        _ = try parsedList(equipment, Equipment.self, "--equipment")
        _ = try parsedList(conditions, TrainingCondition.self, "--conditions")
        if let surgeryRegion, Region(rawValue: surgeryRegion) == nil {
            throw ValidationError(
                "--surgery-region \"\(surgeryRegion)\" is not a known region; use one of \(Region.allowedList)")
        }
        guard TrainingSetting(rawValue: setting) != nil else {
            throw ValidationError("--setting \"\(setting)\" is not known; use one of \(TrainingSetting.allowedList)")
        }
        let issues = resolved().issues()
        if !issues.isEmpty {
            throw ValidationError(issues.map { "--\(flag(for: $0.path)): \($0.message)" }.joined(separator: "\n"))
        }
    }

    func resolved() -> ProgramOptions {
        ProgramOptions(
            sessionsPerWeek: sessionsPerWeek, minutesPerSession: minutes,
            equipment: Set((try? parsedList(equipment, Equipment.self, "")) ?? []),
            setting: TrainingSetting(rawValue: setting) ?? .studio, level: level,
            conditions: Set((try? parsedList(conditions, TrainingCondition.self, "")) ?? []),
            surgeryRegion: surgeryRegion.flatMap(Region.init(rawValue:)))
    }

    private func parsedList<V: Vocabulary>(_ text: String, _: V.Type, _ flag: String) throws -> [V] {
        try text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { raw in
                guard let value = V(rawValue: raw) else {
                    throw ValidationError("\(flag) \"\(raw)\" is not a known \(V.noun); use one of \(V.allowedList)")
                }
                return value
            }
    }

    private func flag(for path: String) -> String {
        switch path {
        case "sessionsPerWeek": "sessions-per-week"
        case "minutesPerSession": "minutes"
        default: path
        }
    }
}
