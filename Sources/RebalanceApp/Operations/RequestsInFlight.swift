import NIOConcurrencyHelpers
import Vapor

/// How many requests are being answered right now, so a stopping server closes the database only after the last
/// route handler has finished with it.
///
/// Closing the HTTP server waits for its connections, not for handlers: a visitor who hangs up mid-request leaves
/// the handler running, and a handler that asks for the database after Fluent has shut down stops the process.
final class RequestsInFlight: Sendable {
    private let count = NIOLockedValueBox(0)

    /// The number of requests between entering the middleware chain and leaving it.
    var current: Int { count.withLockedValue { $0 } }

    /// Runs `body` counted as one request in flight.
    func counting<Value>(_ body: () async throws -> Value) async rethrows -> Value {
        count.withLockedValue { $0 += 1 }
        defer { count.withLockedValue { $0 -= 1 } }
        return try await body()
    }

    /// Waits until no request is in flight, checking every `interval`; returns `false` if some still were after
    /// `limit` (the caller then goes on and says so, rather than hang a stopping server).
    func waitUntilIdle(limit: Duration, interval: Duration = .milliseconds(20)) async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: limit)
        while current > 0 {
            if clock.now >= deadline { return false }
            try? await Task.sleep(for: interval)
        }
        return true
    }
}
