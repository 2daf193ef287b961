import Foundation

/// A configuration value that cannot be used, with a message saying how to fix it.
public enum SettingsError: Error, Sendable, CustomStringConvertible {
    case invalidPort(String)
    case unsupportedDatabaseURL
    case unsupportedSMTPURL
    case invalidNumber(String, String, String)
    case invalidTimeZone(String, String)
    case invalidProxy(String)
    case notExecutable(String, String)
    case invalidBaseURL(String)
    case invalidChoice(String, String, [String])
    case weakSecret(String, Int)

    public var description: String {
        switch self {
        case .invalidPort(let raw): "PORT=\(raw) is not a port number (1–65535)."
        case .unsupportedDatabaseURL:
            "DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/name); "
                + "unset it to use the embedded SQLite database."
        case .unsupportedSMTPURL:
            "SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465; "
                + "unset it to write emails as files to DATA_DIR/mail."
        case .invalidNumber(let name, let raw, let allowed): "\(name)=\(raw) is not a number in \(allowed)."
        case .invalidProxy(let raw):
            "TRUSTED_PROXIES lists \"\(raw)\", which is not an IP address; "
                + "list your proxies' addresses, separated by commas."
        case .notExecutable(let name, let raw):
            "\(name)=\(raw) is not a program this user can run; give the full path (scripts/detect-pose), or unset it."
        case .invalidBaseURL(let raw):
            "BASE_URL=\(raw) is not the address visitors use; give it as https://your.studio.example (no query)."
        case .invalidChoice(let name, let raw, let allowed):
            "\(name)=\(raw) is not one of: \(allowed.joined(separator: ", "))."
        case .weakSecret(let name, let length):
            "\(name) must be at least \(length) characters; make one with: openssl rand -hex 32"
        case .invalidTimeZone(let name, let raw):
            "\(name)=\(raw) is not a time zone this machine knows; use an IANA name such as America/Los_Angeles."
        }
    }
}
