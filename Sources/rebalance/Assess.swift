import ArgumentParser
import Foundation
import RebalanceCore

/// `rebalance assess CASE.json`: prints the explained assessment of one case.
struct Assess: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

    static let configuration = CommandConfiguration(
        abstract: "Assess one case file and print the patterns, muscles and pain links.",
        discussion: "Exit codes: 0 success (also when a referral is required), 2 invalid case, 1 internal error."
    )

    @Argument(help: "The case file (JSON, see Examples/). Use - to read standard input.")
    var casePath: String

    @Option(help: "Output format: json (the API contract) or text (the trainer's summary).")
    var format: Format = .json

    func run() throws {
        let knowledge = try Terminal.loadKnowledge()
        let data = try Terminal.readInput(casePath, limit: CaseReader.maximumBytes)
        let input: Case
        do {
            input = try CaseReader(knowledge: knowledge).read(data)
        } catch {
            Terminal.fail("invalid case \(casePath):\n\(error)", code: 2)
        }
        let assessment = AssessmentEngine(knowledge: knowledge).assess(input)
        switch format {
        case .json: print(try Terminal.json(assessment))
        case .text: print(AssessmentTextReport(knowledge: knowledge).render(assessment))
        }
    }
}
