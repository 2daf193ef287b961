/// Lets this process's writes to the embedded SQLite take turns in memory.
///
/// SQLite has one writer at a time. A connection that finds the file locked sleeps in growing steps (1, 2, 5,
/// 10 … ms) before it tries again, and on pages that write an audit entry on every view that showed as 40 ms
/// tails. Queued here, the next writer starts the moment the last one finishes. Other processes (the CLI) still
/// meet the busy timeout, as before.
actor SQLiteWriteGate {
    static let shared = SQLiteWriteGate()

    /// Set inside a turn, so a write nested in another (an audit entry inside a transaction) does not wait for itself.
    @TaskLocal static var holdingTurn = false

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs `body` when it is this task's turn to write.
    static func inTurn<T>(_ body: () async throws -> T) async throws -> T {
        if holdingTurn { return try await body() }
        await shared.enter()
        do {
            let result = try await $holdingTurn.withValue(true) { try await body() }
            await shared.leave()
            return result
        } catch {
            await shared.leave()
            throw error
        }
    }

    private func enter() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}
