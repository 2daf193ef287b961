import Foundation
import Logging
import NIOConcurrencyHelpers

/// Counts the SQL statements SQLKit logs ("Executing query"), so a test can check a page runs the same number of
/// queries however many rows it shows (no N+1). Installed once as the process's log handler; it logs nothing.
struct QueryCounter: LogHandler {
    private static let count = NIOLockedValueBox(0)
    private static let installed: Bool = {
        LoggingSystem.bootstrap { label in QueryCounter(label: label) }
        return true
    }()

    /// Makes sure the counting handler is in place (the first call installs it).
    static func install() { _ = installed }

    /// Runs `body` and returns how many SQL statements were logged meanwhile (the HTTP suites run one at a time).
    static func queries(during body: () async throws -> Void) async rethrows -> Int {
        install()
        count.withLockedValue { $0 = 0 }
        try await body()
        return count.withLockedValue { $0 }
    }

    let label: String
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .debug

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    private static let lines = NIOLockedValueBox<[String]?>(nil)

    /// Runs `body` and returns every line logged meanwhile at `info` or above (what a server logs by default),
    /// message and metadata, as text.
    static func logLines(during body: () async throws -> Void) async rethrows -> [String] {
        install()
        lines.withLockedValue { $0 = [] }
        try await body()
        return lines.withLockedValue { captured in
            defer { captured = nil }
            return captured ?? []
        }
    }

    func log(event: LogEvent) {
        let merged = self.metadata.merging(event.metadata ?? [:]) { $1 }
        if event.level >= .info {
            Self.lines.withLockedValue {
                $0?.append("\(event.message) \(merged.map { "\($0.key)=\($0.value)" }.sorted())")
            }
        }
        if event.message.description == "Executing query" { Self.count.withLockedValue { $0 += 1 } }
        // Problems still reach the test output.
        if event.level >= .error {
            FileHandle.standardError.write(Data("[\(event.level)] \(label): \(event.message)\n".utf8))
        }
    }
}
