import Foundation

/// A delivery that took longer than its deadline; the message is tried again later.
struct DeadlineExceeded: Error, CustomStringConvertible {
    let seconds: Double
    var description: String { "no answer within \(Int(seconds)) s" }
}

/// Runs `work`, giving up (and cancelling it) after `seconds`. Keeps one slow mail server from holding a
/// lease past its expiry, which would let another instance send the same message.
func withDeadline<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await work() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            throw DeadlineExceeded(seconds: seconds)
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { throw DeadlineExceeded(seconds: seconds) }
        return first
    }
}
