import ArgumentParser
import RebalanceApp

/// The `rebalance` command: run the studio app, assess cases, and review the knowledge base.
@main
struct Rebalance: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebalance — assess muscle imbalances, explain joint pain, and run the studio.",
        subcommands: [
            Serve.self, Migrate.self, Assess.self, Program.self, Progress.self, Exercises.self, Knowledge.self,
            CreateOwner.self, SeedDemo.self, StudioDetails.self, ExportClient.self,
        ],
        defaultSubcommand: nil
    )

    static func main() async {
        Server.runTasksOnEventLoops()
        await main(nil)
    }
}
