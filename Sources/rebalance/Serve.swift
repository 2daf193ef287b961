import ArgumentParser
import Foundation
import RebalanceApp

/// `rebalance serve`: runs the studio app (migrating the database on first run).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the web app and API. Uses ./data/rebalance.sqlite unless DATABASE_URL is set.")

    @Option(help: "Address to listen on (default: HOST or 127.0.0.1).")
    var hostname: String?

    @Option(help: "Port to listen on (default: PORT or 8080).")
    var port: Int?

    func run() async throws {
        var settings = try ServerSettings.load()
        if let hostname { settings.hostname = hostname }
        if let port { settings.port = port }
        // An explicit BASE_URL (the public address behind a proxy) wins over the listening address.
        if hostname != nil || port != nil, (ProcessInfo.processInfo.environment["BASE_URL"] ?? "").isEmpty {
            settings.baseURL = "http://\(settings.hostname):\(settings.port)"
        }
        settings.runsBackgroundJobs = true
        try await Server.serve(settings: settings)
    }
}

/// `rebalance migrate`: applies (or reverts) database migrations and exits.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply database migrations and exit.")

    @Flag(help: "Revert the last batch of migrations instead.")
    var revert = false

    func run() async throws {
        let names = try await Server.migrate(settings: ServerSettings.load(), revert: revert)
        let short = names.map { $0.split(separator: ".").last.map(String.init) ?? $0 }
        switch (revert, short.isEmpty) {
        case (false, true): print("The database is up to date; no migration to apply.")
        case (false, false):
            print("Applied \(short.count) migration\(short.count == 1 ? "" : "s"): \(short.joined(separator: ", ")).")
        case (true, true): print("Nothing to revert.")
        case (true, false):
            print("Reverted \(short.count) migration\(short.count == 1 ? "" : "s"): \(short.joined(separator: ", ")).")
        }
    }
}

/// Environment settings with a readable failure.
enum ServerSettings {
    static func load() throws -> AppSettings {
        do {
            return try AppSettings.fromEnvironment()
        } catch {
            Terminal.fail(error.description, status: .badInput)
        }
    }
}
