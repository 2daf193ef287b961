import ArgumentParser
import Foundation
import RebalanceCore

/// `rebalance progress`: checks the current phase's criteria against session logs and re-tests.
struct Progress: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

    static let configuration = CommandConfiguration(
        abstract:
            "Check a program's phase criteria against session logs and re-tests; say what to progress or regress.",
        discussion: """
            PROGRAM is the JSON of `rebalance program --format json`. LOG holds the phase, its start date, the \
            sessions and any re-test findings (see Examples/runner-right-knee.progress.json). Exit status: \
            0 review printed, 2 invalid input, 1 internal error.
            """
    )

    @Argument(help: "The program (JSON).")
    var programPath: String

    @Argument(help: "The progress log (JSON).")
    var logPath: String

    @Option(help: "Output format: json or text.")
    var format: Format = .text

    func run() throws {
        let knowledge = try Terminal.loadKnowledge()
        let program: CorrectiveProgram = decode(programPath, as: .program, limit: 2_000_000)
        let input: ProgressInput = decode(logPath, as: .progressLog, limit: 2_000_000)
        let review: PhaseReview
        do {
            review = try ProgressReviewer(knowledge: knowledge).review(program, input: input)
        } catch {
            Terminal.fail("invalid progress log \(logPath):\n\(error)", status: .badInput)
        }
        switch format {
        case .json: print(try Terminal.json(review))
        case .text: print(PhaseReviewTextReport().render(review))
        }
    }

    private func decode<T: Decodable>(_ path: String, as kind: FileKind, limit: Int) -> T {
        guard let data = try? Terminal.readInput(path, limit: limit), !data.isEmpty, data.count <= limit else {
            Terminal.fail("\(path) is empty or larger than \(limit / 1_000_000) MB", status: .badInput)
        }
        FileKind.require(kind, data, path: path)
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            Terminal.fail("invalid \(path): \(DecodingErrorText.describe(error))", status: .badInput)
        } catch {
            Terminal.fail("invalid \(path): \(error)", status: .badInput)
        }
    }
}
