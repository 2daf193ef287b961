import ArgumentParser
import Foundation
import RebalanceCore

/// `rebalance assess CASE.json`: prints the explained assessment of one case.
struct Assess: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

    static let configuration = CommandConfiguration(
        abstract: "Assess one case file and print the patterns, muscles and pain links.",
        discussion: """
            Exit status: 0 assessment printed; 3 assessment printed, and a clinician must be seen first (the \
            referral's reasons and urgency are in it); 2 invalid case, or assessment printed with a confirming \
            question about the notes to answer (add the answer to "confirmations" in the case); 1 internal error.
            """
    )

    @Argument(help: "The case file (JSON, see Examples/). Use - to read standard input.")
    var casePath: String

    @Option(help: "Output format: json (the API contract) or text (the trainer's summary).")
    var format: Format = .json

    func run() throws {
        let knowledge = try Terminal.loadKnowledge()
        let data = try Terminal.readInput(casePath, limit: CaseReader.maximumBytes)
        FileKind.require(.caseFile, data, path: casePath)
        let input: Case
        do {
            input = try CaseReader(knowledge: knowledge).read(data)
        } catch {
            Terminal.fail("invalid case \(casePath):\n\(error)", status: .badInput)
        }
        let assessment = AssessmentEngine(knowledge: knowledge).assess(input)
        switch format {
        case .json: print(try Terminal.json(assessment))
        case .text: print(AssessmentTextReport(knowledge: knowledge).render(assessment))
        }
        if assessment.referral.required {
            Terminal.fail("a clinician must be seen first (the reasons are in the assessment above)", status: .referral)
        }
        if let open = assessment.questions.first(where: { $0.answer == nil }) {
            Terminal.fail(
                "not cleared yet: \(open.question) Answer it in the case: \"confirmations\": "
                    + "[{\"flag\": \"\(open.flag)\", \"current\": true or false}]", status: .badInput)
        }
    }
}
