import Fluent
import Foundation
import Logging
import NIOCore
import NIOPosix
import Vapor

/// Starts and migrates the application for the `serve` and `migrate` subcommands.
public enum Server {
    /// Runs Swift concurrency's tasks on the server's event loops, so a route handler does not hop between two
    /// thread pools on every request (a fifth or more of a page's time on a small machine). Call first thing.
    @discardableResult
    public static func runTasksOnEventLoops() -> Bool {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }

    /// Runs the HTTP server until interrupted, migrating the database first (zero set-up on first run).
    public static func serve(settings: AppSettings) async throws {
        let app = try await makeApplication(settings: settings, arguments: ["rebalance", "serve"])
        do {
            try await app.autoMigrate()
            let openFiles = OpenFileLimit.raiseToHardLimit()
            // Said only once the socket is ours: a taken port fails above with its own message.
            try await StartupProblem.listen(app, hostname: settings.hostname, port: settings.port)
            for warning in SettingsReport(settings).warnings { app.logger.warning("\(warning)") }
            app.logger.info(
                "Rebalance is listening",
                metadata: [
                    "url": .string("http://\(settings.hostname):\(settings.port)/"),
                    "database": .string(settings.database.driverName),
                    "open-file limit": .string(openFiles.map(String.init) ?? "unknown"),
                ])
            try await app.running?.onStop.get()
            // Asked to stop: not ready any more, but still answering for a moment so a load balancer can move new
            // visitors to another instance; then the port closes and requests in flight are finished.
            app.shared.draining.withLockedValue { $0 = true }
            if settings.drainSeconds > 0 {
                app.logger.notice("draining: /readyz answers 503; stopping in \(settings.drainSeconds) s")
                try await Task.sleep(for: .seconds(settings.drainSeconds))
            }
            await finishRequests(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Closes the port and lets the requests in flight finish while the database is still open. Vapor's own
    /// shutdown stops the HTTP server and the databases in no fixed order, and a handler that reached for the
    /// database after it had closed stopped the whole process (a crash in Fluent on SIGTERM under load).
    private static func finishRequests(_ app: Application) async {
        await app.server.shutdown()
        let limit = app.http.server.configuration.shutdownTimeout
        let inFlight = app.shared.requestsInFlight
        if !(await inFlight.waitUntilIdle(limit: .nanoseconds(limit.nanoseconds))) {
            app.logger.warning("stopping with \(inFlight.current) request(s) still running after \(limit)")
        }
    }

    /// Applies pending migrations (or reverts the last batch) and exits; returns the names of those it applied or
    /// reverted, oldest first.
    public static func migrate(settings: AppSettings, revert: Bool) async throws -> [String] {
        let app = try await makeApplication(settings: settings, arguments: ["rebalance"])
        var names: [String] = []
        do {
            let migrator = Migrator(
                databases: app.databases, migrations: app.migrations, logger: app.logger, on: app.eventLoopGroup.next())
            try await migrator.setupIfNeeded().get()
            if revert {
                names = try await migrator.previewRevertLastBatch().get().map { $0.0.name }
                try await migrator.revertLastBatch().get()
            } else {
                names = try await migrator.previewPrepareBatch().get().map { $0.0.name }
                try await migrator.prepareBatch().get()
            }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
        return names
    }

    /// Runs `body` against a migrated application, then shuts it down on every path.
    static func withMigratedApplication(settings: AppSettings, _ body: (Application) async throws -> Void) async throws
    {
        let app = try await makeApplication(settings: settings, arguments: ["rebalance"])
        do {
            try await app.autoMigrate()
            try await body(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    static func makeApplication(settings: AppSettings, arguments: [String]) async throws -> Application {
        // Production unless told otherwise: in Vapor's "development" environment Leaf re-reads and re-parses every
        // template on every request, which made pages several times slower. `APP_ENV=development` brings that
        // back for someone editing templates.
        let name = ProcessInfo.processInfo.environment["APP_ENV"] ?? "production"
        // Vapor's production default log level is "notice"; ours stays "info" unless LOG_LEVEL says otherwise.
        let level = (ProcessInfo.processInfo.environment["LOG_LEVEL"] ?? "").isEmpty ? ["--log", "info"] : []
        var environment = Environment(name: name, arguments: arguments + level)
        try settings.logFormat.bootstrap(&environment)
        let app = try await Application.make(environment)
        do {
            try await configure(app, settings: settings)
            try await StartupProblem.checkDatabase(app, settings.database)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        return app
    }
}
