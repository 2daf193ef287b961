import Foundation
import Logging
import NIOConcurrencyHelpers

/// One JSON object per line on standard output (`LOG_FORMAT=json`): `time`, `level`, `label`, `message`, and the
/// line's metadata — `request_id`, `route`, `status`, `duration_ms`, `member` on request lines.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    /// Where finished lines go; standard output unless a test collects them.
    var write: @Sendable (String) -> Void = JSONLogHandler.standardOutput

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        write(Self.line(event, label: label, metadata: metadata, at: Date()))
    }

    /// The JSON line for one event; the metadata's own keys, with Vapor's "request-id" spelled like the others.
    static func line(_ event: LogEvent, label: String, metadata: Logger.Metadata, at time: Date) -> String {
        var object: [String: Any] = [:]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            object[key == "request-id" ? "request_id" : key] = plain(value)
        }
        // Numbers a collector can sum and compare, where the value is one.
        if let status = object["status"] as? String, let number = Int(status) { object["status"] = number }
        if let duration = object["duration_ms"] as? String, let number = Double(duration) {
            object["duration_ms"] = number
        }
        object["time"] = time.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
        object["level"] = event.level.rawValue
        object["label"] = label
        object["message"] = event.message.description
        if let error = event.error { object["error"] = String(describing: error) }
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options) else {
            // Only reachable with a value JSON cannot hold; the line is still written, and says so.
            return #"{"level":"error","message":"a log line could not be written as JSON"}"#
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func plain(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let text): text
        case .stringConvertible(let convertible): convertible.description
        case .array(let values): values.map(plain)
        case .dictionary(let values): values.mapValues(plain)
        }
    }

    private static let lock = NIOLock()

    /// Whole lines only: two threads logging at once never interleave inside a line.
    @Sendable static func standardOutput(_ line: String) {
        lock.withLock { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
    }
}
