import ArgumentParser
import Foundation
import RebalanceApp

/// `rebalance export-client --email …`: a client's complete record as JSON or CSV, for a data request.
struct ExportClient: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-client",
        abstract: "Export a client's complete record (profile, screens, assessments, programs, sessions, bookings).",
        discussion: "Writes to standard output unless --output is given. The export is recorded in the audit log.")

    /// The file formats of the export.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv
    }

    @Option(help: "The client's email.")
    var email: String

    @Option(help: "json or csv.")
    var format: Format = .json

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() async throws {
        let text: String
        do {
            text = try await StaffAdministration.exportClient(
                settings: ServerSettings.load(), email: email, csv: format == .csv)
        } catch let problem as StaffAdministration.Problem {
            Terminal.fail(problem.description, status: .badInput)
        }
        if let output {
            do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                Terminal.fail("cannot write \(output): \(error.localizedDescription)", status: .couldNotRun)
            }
        } else {
            print(text, terminator: "")
        }
    }
}
