import ArgumentParser
import Foundation
import RebalanceApp

/// The `rebalance` command: run the studio app, assess cases, and review the knowledge base.
@main
struct Rebalance: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebalance — assess muscle imbalances, explain joint pain, and run the studio.",
        discussion: ExitStatus.help,
        subcommands: [
            Serve.self, Migrate.self, Assess.self, Program.self, Progress.self, Exercises.self, Knowledge.self,
            CreateOwner.self, StaffAccess.self, SeedDemo.self, StudioDetails.self, ExportClient.self, Posture.self,
            Config.self, Backup.self, Restore.self,
        ],
        defaultSubcommand: nil
    )

    static func main() async {
        // Only the server gains from running tasks on its event loops; every other command keeps Swift's own
        // executor. Decided before parsing because the executor can only be swapped before tasks start.
        if CommandLine.arguments.dropFirst().first == "serve" { Server.runTasksOnEventLoops() }
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            finish(with: error)
        }
    }

    /// One way out for every failure: `rebalance: …` on standard error and the documented exit status.
    private static func finish(with error: any Error) -> Never {
        let status: ExitStatus
        let message: String
        switch error {
        case let code as ExitCode:
            Foundation.exit(code.rawValue)
        case let problem as StartupProblem:
            (status, message) = (.couldNotRun, problem.description)
        case let problem as BackupProblem:
            (status, message) = (.couldNotRun, problem.description)
        case let problem as SettingsError:
            (status, message) = (.badInput, problem.description)
        case let problem as StaffAdministration.Problem:
            (status, message) = (.badInput, problem.description)
        case let error where StartupProblem.databaseMessage(error) != nil:
            (status, message) = (.couldNotRun, StartupProblem.databaseMessage(error) ?? "")
        default:
            let code = exitCode(for: error)
            if code == .success {
                // --help and friends.
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            // The parser's usage errors (unknown option, bad value) are bad input like any other.
            let text = fullMessage(for: error)
            message = text.hasPrefix("Error: ") ? String(text.dropFirst(7)) : text
            status = code == .validationFailure ? .badInput : .couldNotRun
        }
        Terminal.fail(message, status: status)
    }
}
