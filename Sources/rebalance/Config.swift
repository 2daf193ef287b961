import ArgumentParser
import RebalanceApp

/// `rebalance config`: checks every setting the server would read and prints the values in effect.
struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the settings (environment variables) and print those in effect, secrets masked.",
        discussion: "Exits with status 2 and says how to fix the first setting that cannot be used.")

    func run() throws {
        print(SettingsReport(try ServerSettings.load()).text, terminator: "")
    }
}
