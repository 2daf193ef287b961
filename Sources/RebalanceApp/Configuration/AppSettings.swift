import Foundation
import Vapor

/// Runtime configuration, read from the environment with zero-set-up defaults.
public struct AppSettings: Sendable {
    /// Where the data lives.
    public enum Database: Sendable, Equatable {
        /// The embedded SQLite file (the default).
        case sqliteFile(path: String)
        /// An in-memory SQLite database (tests).
        case sqliteMemory
        /// PostgreSQL, for several app instances behind a load balancer.
        case postgres(url: String)

        /// The driver's name for logs and `/readyz`.
        public var driverName: String {
            switch self {
            case .sqliteFile, .sqliteMemory: "sqlite"
            case .postgres: "postgresql"
            }
        }
    }

    public var hostname: String
    public var port: Int
    public var database: Database
    public var baseURL: String
    /// Bcrypt work factor for staff passwords.
    public var passwordCost: Int

    public init(
        hostname: String = "127.0.0.1", port: Int = 8080, database: Database, baseURL: String? = nil,
        passwordCost: Int = 12
    ) {
        self.hostname = hostname
        self.port = port
        self.database = database
        self.baseURL = baseURL ?? "http://\(hostname):\(port)"
        self.passwordCost = passwordCost
    }

    /// Reads `HOST`, `PORT`, `DATABASE_URL`, `DATA_DIR` and `BASE_URL`.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(SettingsError) -> AppSettings
    {
        let hostname = environment["HOST"].flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        var port = 8080
        if let raw = environment["PORT"], !raw.isEmpty {
            guard let parsed = Int(raw), (1...65535).contains(parsed) else { throw .invalidPort(raw) }
            port = parsed
        }
        let database: Database
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else { throw .unsupportedDatabaseURL }
            database = .postgres(url: url)
        } else {
            let directory = environment["DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "data"
            database = .sqliteFile(path: (directory as NSString).appendingPathComponent("rebalance.sqlite"))
        }
        return AppSettings(hostname: hostname, port: port, database: database, baseURL: environment["BASE_URL"])
    }
}

/// A configuration value that cannot be used, with a message saying how to fix it.
public enum SettingsError: Error, Sendable, CustomStringConvertible {
    case invalidPort(String)
    case unsupportedDatabaseURL

    public var description: String {
        switch self {
        case .invalidPort(let raw): "PORT=\(raw) is not a port number (1–65535)."
        case .unsupportedDatabaseURL:
            "DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/name); unset it to use the embedded SQLite database."
        }
    }
}
