import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Leaf
import RebalanceCore
import Vapor

/// Wires the application: knowledge base, database, migrations, views and routes.
public func configure(_ app: Application, settings: AppSettings) async throws {
    app.storage[SharedServicesKey.self] = try SharedServices(settings: settings, logger: app.logger)
    // Installs the Prometheus backend before the first request is counted (once per process).
    _ = StudioMetrics.registry
    // Bcrypt cost 12 in production; tests lower it through `passwordCost` so the suite stays fast.
    app.passwords.use(.bcrypt(cost: settings.passwordCost))
    app.http.server.configuration.hostname = settings.hostname
    app.http.server.configuration.port = settings.port
    // A connection that sends nothing for this long is closed (slow or half-sent requests), and stopping the server
    // waits at most 10 s for requests in flight.
    app.http.server.configuration.idleTimeout = .seconds(Int64(settings.idleTimeout))
    app.http.server.configuration.shutdownTimeout = .seconds(10)

    try useDatabase(app, settings.database)
    for migration in databaseMigrations(settings) { app.migrations.add(migration) }
    if settings.database.driverName == "sqlite" { try await SQLiteTuning.apply(app) }
    if settings.runsBackgroundJobs { app.lifecycle.use(OutboxWorker(interval: settings.outboxInterval)) }

    app.views.use(.leaf)
    app.middleware = Middlewares()
    app.middleware.use(DrainingConnections())
    app.middleware.use(HeaderSafety())
    app.middleware.use(SecurityHeaders(httpsOnly: settings.baseURL.hasPrefix("https://")))
    app.middleware.use(RouteLoggingMiddleware())
    app.middleware.use(ErrorPages())
    app.middleware.use(PublicFiles(directory: app.directory.publicDirectory))
    // Forms carry notes of up to 5,000 characters; percent-encoded, accented text triples in size, past the
    // 16 KB default. JSON API routes stream and limit their own bodies.
    app.routes.defaultMaxBodySize = "128kb"
    try routes(app)
    // Registered after the routes so they know every path; all run inside the error middleware.
    let patterns = RoutePatterns(app.routes)
    app.middleware.use(MethodNotAllowedMiddleware(routes: patterns))
    app.middleware.use(CSRFProtection(secureCookies: settings.baseURL.hasPrefix("https://"), routes: patterns))
    app.middleware.use(StaffAuthentication())
    app.middleware.use(ClientAuthentication())
}

private func useDatabase(_ app: Application, _ database: AppSettings.Database) throws {
    switch database {
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    case .sqliteFile(let path):
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
    case .postgres(let url):
        app.databases.use(try .postgres(url: url), as: .psql)
    }
}

/// Every migration, oldest first. Seeds come after every schema change, so they write every column; databases
/// that seeded earlier keep their rows (each seed only fills what is empty). New schema changes go before the seeds.
func databaseMigrations(_ settings: AppSettings) -> [any Migration] {
    [
        CreateStudios(), CreateSelfScreensAndLeads(), CreateStaff(), AddStudioTrainer(profile: settings.firstRunStudio),
        CreateBookings(), AddBookingSettings(), CreateSigningKeys(), CreateDiaryRevision(), CreateWorkspace(),
        IndexClientLists(), AddClientRevision(), AddStudioClientsRevision(), AddStaffDisabled(), CreateRateLimitHits(),
        HashLinkTokens(), AddClientConditions(), DropPageRevisions(), AddStaffBio(), AddStaffEmailSettings(),
        CreatePhotos(), CreateClientPortal(), AddHomeReminders(), CreateClientMessages(), CreatePosturePhotos(),
        SeedStudio(profile: settings.firstRunStudio), SeedSessionTypes(),
    ]
}
