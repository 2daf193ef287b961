import Foundation
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// `/metrics`: only for the bearer of METRICS_TOKEN, request series by route template (never a link's token),
    /// and the studio's own series counted where they happen.
    @Suite("Metrics")
    struct MetricsTests {
        static let token = "metrics-token-for-tests-0123456789"

        static func withMetricsApp(_ database: TestDatabase, _ body: (Application) async throws -> Void)
            async throws
        {
            var settings = database.settings
            settings.metricsToken = token
            try await withApp(settings: settings, body)
        }

        static func scrape(_ app: Application) async throws -> String {
            var text = ""
            try await app.testing().test(
                .GET, "/metrics", headers: ["Authorization": "Bearer \(token)"]
            ) { res in
                #expect(res.status == .ok)
                #expect(res.headers.contentType?.description.hasPrefix("text/plain") == true)
                text = res.body.string
            }
            return text
        }

        /// The value of one series line ("name{labels} value"), 0 when it is not there yet.
        static func value(_ text: String, _ series: String) -> Double {
            text.split(separator: "\n").first { $0.hasPrefix(series + " ") }
                .flatMap { Double($0.split(separator: " ").last ?? "") } ?? 0
        }

        @Test(arguments: TestDatabase.available)
        func withoutATokenSetThereIsNoEndpoint(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                try await app.testing().test(.GET, "/metrics") { res in #expect(res.status == .notFound) }
            }
        }

        @Test(arguments: TestDatabase.available)
        func onlyTheTokensBearerReadsThem(_ database: TestDatabase) async throws {
            try await Self.withMetricsApp(database) { app in
                try await app.testing().test(.GET, "/metrics") { res in
                    #expect(res.status == .unauthorized)
                    #expect(res.headers.first(name: .wwwAuthenticate)?.hasPrefix("Bearer") == true)
                    #expect(!res.body.string.contains("http_requests_total"))
                }
                try await app.testing().test(
                    .GET, "/metrics", headers: ["Authorization": "Bearer \(Self.token)x"]
                ) { res in #expect(res.status == .unauthorized) }
                try await app.testing().test(
                    .GET, "/metrics", headers: ["Authorization": "Basic \(Self.token)"]
                ) { res in #expect(res.status == .unauthorized) }
            }
        }

        @Test(arguments: TestDatabase.available)
        func requestsAreCountedByRouteTemplateAndBookingsByOutcome(_ database: TestDatabase) async throws {
            try await Self.withMetricsApp(database) { app in
                let fixture = try await BookingFixture.make(app)
                let maya = try await fixture.trainer("Maya Ortiz", email: "maya@studio.example")
                let trainer = try #require(maya.id?.uuidString.lowercased())
                let check = try await fixture.completedSelfCheck(redFlags: [])
                let before = try await Self.scrape(app)
                let created = #"rebalance_bookings_total{outcome="created",reason=""}"#
                let taken = #"rebalance_bookings_total{outcome="refused",reason="taken"}"#
                let start = fixture.at(4, 10)
                #expect(try await fixture.book("one-to-one", trainer: trainer, start: start).0 == .created)
                #expect(
                    try await fixture.book("one-to-one", trainer: trainer, start: start, email: "lee@example.com").0
                        == .conflict)
                try await app.testing().test(.GET, "/check/\(check.token)/result") { res in #expect(res.status == .ok) }

                let after = try await Self.scrape(app)
                // Other suites may count too (one registry per process): at least ours, never fewer.
                #expect(Self.value(after, created) >= Self.value(before, created) + 1)
                #expect(Self.value(after, taken) >= Self.value(before, taken) + 1)
                #expect(after.contains(#"path="/check/:token/result""#))
                #expect(!after.contains(check.token))
                for gauge in [
                    "rebalance_outbox_pending", "rebalance_outbox_oldest_pending_seconds", "rebalance_outbox_failed",
                    "rebalance_last_booking_timestamp_seconds", "rebalance_database_ping_seconds",
                ] {
                    #expect(after.contains("\n\(gauge) "), "\(gauge)")
                }
                // The confirmation email is waiting: the queue is not empty, and the last booking is "now".
                #expect(Self.value(after, "rebalance_outbox_pending") >= 1)
                #expect(
                    Self.value(after, "rebalance_last_booking_timestamp_seconds") == TestClock.now.timeIntervalSince1970
                )
            }
        }
    }
}
