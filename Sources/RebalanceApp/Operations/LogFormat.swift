import Logging
import Vapor

/// How log lines are written (`LOG_FORMAT`): readable text for a person at a terminal, or one JSON object per line
/// for a log collector.
public enum LogFormat: String, Sendable, CaseIterable {
    case text, json

    /// Installs this format as the process's logging, at the level `--log` or `LOG_LEVEL` gives. Every handler is
    /// wrapped in `PrivateLogData`, so no format can write what a log must never hold.
    func bootstrap(_ environment: inout Environment) throws {
        let format = self
        try LoggingSystem.bootstrap(from: &environment) { level in
            let console = Terminal()
            return { label in
                switch format {
                case .text: PrivateLogData(ConsoleLogger(label: label, console: console, level: level))
                case .json: PrivateLogData(JSONLogHandler(label: label, logLevel: level))
                }
            }
        }
    }
}
