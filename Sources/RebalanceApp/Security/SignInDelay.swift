/// How long a failed sign-in waits before it is answered: nothing for the first few mistakes (typos happen),
/// then twice as long with every further try of the same account from the same address, up to a ceiling.
///
/// With the per-window limits this makes guessing slow even before the limit is reached, while a member who
/// mistypes once or twice never notices.
enum SignInDelay {
    /// Tries in the window that are answered at once.
    static let freeTries = 3
    static let first: Duration = .milliseconds(500)
    static let longest: Duration = .seconds(8)

    /// The wait after the `tries`-th try (counted from 1) in the current window has failed.
    static func after(tries: Int) -> Duration {
        guard tries > freeTries else { return .zero }
        let doublings = min(tries - freeTries - 1, 8)
        return min(first * (1 << doublings), longest)
    }
}

/// Waits without blocking a thread; tests swap in one that only records how long it was asked to wait.
public struct Pause: Sendable {
    let wait: @Sendable (Duration) async throws -> Void

    public init(_ wait: @escaping @Sendable (Duration) async throws -> Void) {
        self.wait = wait
    }

    /// Really waits.
    public static let real = Pause { try await Task.sleep(for: $0) }
}
