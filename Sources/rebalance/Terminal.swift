import ArgumentParser
import Foundation
import RebalanceCore

/// Shared terminal plumbing for the subcommands: loading, reading input, JSON output, failing with a code.
enum Terminal {
    static func loadKnowledge() throws -> KnowledgeBase {
        do {
            return try KnowledgeBase.bundled()
        } catch {
            fail("\(error)", status: .couldNotRun)
        }
    }

    /// Reads a file (or standard input for "-") without ever holding more than `limit` + 1 bytes.
    static func readInput(_ path: String, limit: Int) throws -> Data {
        let handle: FileHandle
        if path == "-" {
            handle = .standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                fail("cannot read \(path): no such file, or not readable", status: .badInput)
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        return (try? handle.read(upToCount: limit + 1)) ?? Data()
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Prints `rebalance: message` on standard error and exits with `status`.
    static func fail(_ message: String, status: ExitStatus) -> Never {
        FileHandle.standardError.write(Data(("rebalance: " + message + "\n").utf8))
        Foundation.exit(status.rawValue)
    }
}
