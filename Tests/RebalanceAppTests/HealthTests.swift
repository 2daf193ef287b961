import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    @Suite("Health and documents")
    struct HealthTests {
        @Test(arguments: TestDatabase.available)
        func liveness(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                try await app.testing().test(.GET, "healthz") { res async throws in
                    #expect(res.status == .ok)
                    #expect(res.body.string.contains(#""status":"ok""#))
                }
            }
        }

        @Test(arguments: TestDatabase.available)
        func readinessChecksTheDatabase(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                try await app.testing().test(.GET, "readyz") { res async throws in
                    #expect(res.status == .ok)
                    let body = res.body.string
                    #expect(body.contains(#""status":"ready""#))
                    #expect(body.contains(database == .sqlite ? "sqlite" : "postgresql"))
                }
                // On its way down the instance is alive but not ready, so the load balancer sends nobody new.
                app.shared.draining.withLockedValue { $0 = true }
                try await app.testing().test(.GET, "readyz") { res async throws in
                    #expect(res.status == .serviceUnavailable)
                    #expect(res.body.string.contains(#""status":"draining""#))
                }
                try await app.testing().test(.GET, "healthz") { res async throws in
                    #expect(res.status == .ok)
                    // The proxy's next request opens a new connection rather than one about to close.
                    #expect(res.headers.first(name: .connection) == "close")
                }
            }
        }

        @Test(arguments: TestDatabase.available)
        func aRequestIsInFlightUntilItsHandlerIsDone(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                // What a stopping server waits for before it closes the database.
                app.get("in-flight-now") { req in "\(req.application.shared.requestsInFlight.current)" }
                try await app.testing().test(.GET, "in-flight-now") { res async throws in
                    #expect(res.body.string == "1")
                }
                #expect(app.shared.requestsInFlight.current == 0)
            }
        }

        @Test func waitingForRequestsEndsWhenTheLastOneFinishesOrAtTheLimit() async throws {
            let inFlight = RequestsInFlight()
            #expect(await inFlight.waitUntilIdle(limit: .zero))
            let (held, release) = AsyncStream.makeStream(of: Void.self)
            let handler = Task { await inFlight.counting { for await _ in held {} } }
            while inFlight.current == 0 { await Task.yield() }
            // A handler that never finishes does not hold a stopping server for ever.
            #expect(await inFlight.waitUntilIdle(limit: .milliseconds(60)) == false)
            release.finish()
            #expect(await inFlight.waitUntilIdle(limit: .seconds(60)))
            await handler.value
            #expect(inFlight.current == 0)
        }

        @Test(arguments: TestDatabase.available)
        func openAPIDocumentDescribesEveryJSONEndpoint(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                try await app.testing().test(.GET, "openapi.json") { res async throws in
                    #expect(res.status == .ok)
                    #expect(res.headers.contentType == .json)
                    let document =
                        try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any]
                    #expect(document?["openapi"] as? String == "3.1.0")
                    let paths = (document?["paths"] as? [String: Any]).map { Set($0.keys) } ?? []
                    // Every JSON route the app serves is documented, and nothing else.
                    let served = Set(
                        app.routes.all.map { route in
                            // Vapor writes a parameter as ":name", OpenAPI as "{name}".
                            "/"
                                + route.path.map { part in
                                    if case .parameter(let name) = part { return "{\(name)}" }
                                    return part.description
                                }.joined(separator: "/")
                        }
                        .filter { $0.hasPrefix("/api/") || $0 == "/healthz" || $0 == "/readyz" })
                    #expect(paths == served)
                    #expect(paths.contains("/api/v1/programs/generate"))
                }
            }
        }

        @Test(arguments: TestDatabase.available)
        func homePageNamesTheSeededStudio(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                try await app.testing().test(.GET, "/") { res async throws in
                    #expect(res.status == .ok)
                    let html = res.body.string
                    #expect(html.contains("<html lang=\"en\">"))
                    #expect(html.contains("West Hollywood"))
                    #expect(html.contains("Lower crossed pattern"))
                }
            }
        }

        @Test func settingsComeFromTheEnvironment() throws {
            let defaults = try AppSettings.fromEnvironment([:])
            #expect(defaults.port == 8080)
            #expect(defaults.database == .sqliteFile(path: "data/rebalance.sqlite"))
            let custom = try AppSettings.fromEnvironment(["PORT": "9000", "DATA_DIR": "/tmp/x", "HOST": "0.0.0.0"])
            #expect(custom.port == 9000 && custom.hostname == "0.0.0.0")
            #expect(custom.database == .sqliteFile(path: "/tmp/x/rebalance.sqlite"))
            let postgres = try AppSettings.fromEnvironment(["DATABASE_URL": "postgres://u:p@localhost:5432/db"])
            #expect(postgres.database.driverName == "postgresql")
            #expect(throws: SettingsError.self) { try AppSettings.fromEnvironment(["PORT": "eighty"]) }
            #expect(throws: SettingsError.self) { try AppSettings.fromEnvironment(["DATABASE_URL": "mysql://x"]) }
            let uncached = try AppSettings.fromEnvironment(["PAGE_CACHE_SIZE": "0"])
            #expect(defaults.pageCacheSize == 500 && uncached.pageCacheSize == 0)
            #expect(throws: SettingsError.self) { try AppSettings.fromEnvironment(["PAGE_CACHE_SIZE": "-1"]) }
        }

        @Test func operationsSettingsAreCheckedWithAMessageSayingHowToFixThem() throws {
            let refused: [([String: String], String)] = [
                (["LOG_FORMAT": "xml"], "text, json"),
                (["METRICS_TOKEN": "short"], "openssl rand"),
                (["BASE_URL": "studio.example"], "https://"),
                (["DATABASE_URL": "postgres://"], "postgres://user:password@host"),
            ]
            for (environment, hint) in refused {
                #expect(throws: SettingsError.self) { try AppSettings.fromEnvironment(environment) }
                do { _ = try AppSettings.fromEnvironment(environment) } catch {
                    #expect(error.description.contains(hint), "\(environment): \(error.description)")
                }
            }
            let json = try AppSettings.fromEnvironment(["LOG_FORMAT": "json", "DATA_DIR": "/srv/rebalance"])
            #expect(json.logFormat == .json && json.mailDirectory == "/srv/rebalance/mail")
        }

        @Test func theReportMasksSecretsAndWarnsASharedDeployment() throws {
            let environment = [
                "DATABASE_URL": "postgres://rebalance:hunter2-secret@db.internal:5432/rebalance",
                "SMTP_URL": "smtp://mailer:smtp-secret@mail.example:587",
                "METRICS_TOKEN": String(repeating: "k", count: 40),
            ]
            let report = SettingsReport(try AppSettings.fromEnvironment(environment), environment: environment)
            #expect(!report.text.contains("hunter2") && !report.text.contains("smtp-secret"))
            #expect(!report.text.contains(String(repeating: "k", count: 40)))
            #expect(report.text.contains("postgres://rebalance:****@db.internal:5432/rebalance"))
            #expect(report.warnings.contains { $0.hasPrefix("BASE_URL is not set") })
            #expect(report.warnings.contains { $0.hasPrefix("TRUSTED_PROXIES is empty") })
            let local = SettingsReport(try AppSettings.fromEnvironment([:]), environment: [:])
            #expect(local.warnings.count == 1 && local.warnings[0].hasPrefix("SMTP_URL is not set"))
        }
    }
}

extension HTTPTests.HealthTests {
    @Test(arguments: TestDatabase.available)
    func wrongMethodOnAKnownPathIs405WithAllow(_ database: TestDatabase) async throws {
        try await withApp(database) { app in
            try await app.testing().test(.DELETE, "healthz") { res async throws in
                #expect(res.status == .methodNotAllowed)
                #expect(res.headers.first(name: .allow) == "GET, HEAD")
            }
            try await app.testing().test(.GET, "api/v1/assessments/evaluate") { res async throws in
                #expect(res.status == .methodNotAllowed)
                #expect(res.headers.first(name: .allow) == "POST")
            }
            try await app.testing().test(.GET, "no/such/page") { res async throws in
                #expect(res.status == .notFound)
            }
        }
    }
}
