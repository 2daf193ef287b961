import Foundation
import RebalanceCore
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
    /// `smtp://user:password@host:587` (STARTTLS when offered) or `smtps://…:465`; `nil` writes emails to the log.
    public var smtpURL: String?
    /// The sender of every email ("Rebalance Studio <bookings@studio.example>").
    public var mailFrom: String
    /// Whether this process delivers the outbox and queues reminders (the server does; tests and CLI commands do not).
    public var runsBackgroundJobs: Bool
    /// Seconds between two rounds of the outbox worker.
    public var outboxInterval: Double
    /// Online bookings (and cancellations, moves) allowed per client address in 10 minutes.
    public var bookingRateLimit: Int
    /// Self-check pages kept rendered, one per set of answers; 0 renders every request.
    public var pageCacheSize: Int
    /// The studio's details for its first run (`STUDIO_*`); ignored once the studio exists.
    public var firstRunStudio: StudioProfile
    /// Where every rule that reads "now" gets it: the system clock, or a fixed instant in tests.
    public var timeSource: TimeSource
    /// Addresses of our own reverse proxies (`TRUSTED_PROXIES`): only their `X-Forwarded-For` is believed.
    public var trustedProxies: Set<String>
    /// Seconds a connection may send or receive nothing before it is closed (`IDLE_TIMEOUT`), so half-sent
    /// requests cannot hold the server's connections open.
    public var idleTimeout: Int
    /// How failed sign-ins are held back (`SignInDelay`): really waiting, except in tests.
    public var failedSignInPause: Pause
    /// An executable that prints a pose detector's points for a photo (`POSE_DETECTOR`, e.g. scripts/detect-pose);
    /// nil leaves every posture point to the trainer.
    public var poseDetector: String?

    public init(
        hostname: String = "127.0.0.1", port: Int = 8080, database: Database, baseURL: String? = nil,
        passwordCost: Int = 12, smtpURL: String? = nil, mailFrom: String = "Rebalance <no-reply@rebalance.invalid>",
        runsBackgroundJobs: Bool = false, outboxInterval: Double = 2, bookingRateLimit: Int = 20,
        pageCacheSize: Int = 500, firstRunStudio: StudioProfile = StudioProfile(), timeSource: TimeSource = .system,
        trustedProxies: Set<String> = [], idleTimeout: Int = 30, failedSignInPause: Pause = .real,
        poseDetector: String? = nil
    ) {
        self.hostname = hostname
        self.port = port
        self.database = database
        self.baseURL = baseURL ?? "http://\(hostname):\(port)"
        self.passwordCost = passwordCost
        self.smtpURL = smtpURL
        self.mailFrom = mailFrom
        self.runsBackgroundJobs = runsBackgroundJobs
        self.outboxInterval = outboxInterval
        self.bookingRateLimit = bookingRateLimit
        self.pageCacheSize = pageCacheSize
        self.firstRunStudio = firstRunStudio
        self.timeSource = timeSource
        self.trustedProxies = trustedProxies
        self.idleTimeout = idleTimeout
        self.failedSignInPause = failedSignInPause
        self.poseDetector = poseDetector
    }

    /// Reads `HOST`, `PORT`, `DATABASE_URL`, `DATA_DIR`, `BASE_URL`, `SMTP_URL`, `MAIL_FROM`, `OUTBOX_INTERVAL`
    /// `BOOKING_RATE_LIMIT`, `PAGE_CACHE_SIZE` and the first-run studio details (`STUDIO_NAME`, `STUDIO_ADDRESS`,
    /// `STUDIO_TRAINER`, `STUDIO_TIME_ZONE`).
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
        func value(_ key: String) -> String? { environment[key].flatMap { $0.isEmpty ? nil : $0 } }
        if let smtp = value("SMTP_URL"), !(smtp.hasPrefix("smtp://") || smtp.hasPrefix("smtps://")) {
            throw .unsupportedSMTPURL
        }
        var interval = 2.0
        if let raw = value("OUTBOX_INTERVAL") {
            guard let parsed = Double(raw), (0.1...3600).contains(parsed) else {
                throw .invalidNumber("OUTBOX_INTERVAL", raw, "0.1–3600 seconds")
            }
            interval = parsed
        }
        var bookingLimit = 20
        if let raw = value("BOOKING_RATE_LIMIT") {
            guard let parsed = Int(raw), (1...100_000).contains(parsed) else {
                throw .invalidNumber("BOOKING_RATE_LIMIT", raw, "1–100000")
            }
            bookingLimit = parsed
        }
        var pageCacheSize = 500
        if let raw = value("PAGE_CACHE_SIZE") {
            guard let parsed = Int(raw), (0...100_000).contains(parsed) else {
                throw .invalidNumber("PAGE_CACHE_SIZE", raw, "0–100000")
            }
            pageCacheSize = parsed
        }
        let studio = StudioProfile(
            name: value("STUDIO_NAME"), address: value("STUDIO_ADDRESS"), trainerName: value("STUDIO_TRAINER"),
            timeZone: value("STUDIO_TIME_ZONE"))
        if let zone = studio.timeZone, TimeZone(identifier: zone) == nil {
            throw .invalidTimeZone("STUDIO_TIME_ZONE", zone)
        }
        var idle = 30
        if let raw = value("IDLE_TIMEOUT") {
            // At least 10 s: a silent connection is cut, and a failed sign-in may wait up to 8 s before answering.
            guard let parsed = Int(raw), (10...3600).contains(parsed) else {
                throw .invalidNumber("IDLE_TIMEOUT", raw, "10–3600 seconds")
            }
            idle = parsed
        }
        let proxies = Set(
            (value("TRUSTED_PROXIES") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty })
        for proxy in proxies where !proxy.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == ":" }) {
            throw .invalidProxy(proxy)
        }
        let detector = value("POSE_DETECTOR")
        if let detector, !FileManager.default.isExecutableFile(atPath: detector) {
            throw .notExecutable("POSE_DETECTOR", detector)
        }
        return AppSettings(
            hostname: hostname, port: port, database: database, baseURL: value("BASE_URL"), smtpURL: value("SMTP_URL"),
            mailFrom: value("MAIL_FROM") ?? "Rebalance <no-reply@rebalance.invalid>", outboxInterval: interval,
            bookingRateLimit: bookingLimit, pageCacheSize: pageCacheSize, firstRunStudio: studio,
            trustedProxies: proxies,
            idleTimeout: idle, poseDetector: detector)
    }
}

/// A configuration value that cannot be used, with a message saying how to fix it.
public enum SettingsError: Error, Sendable, CustomStringConvertible {
    case invalidPort(String)
    case unsupportedDatabaseURL
    case unsupportedSMTPURL
    case invalidNumber(String, String, String)
    case invalidTimeZone(String, String)
    case invalidProxy(String)
    case notExecutable(String, String)

    public var description: String {
        switch self {
        case .invalidPort(let raw): "PORT=\(raw) is not a port number (1–65535)."
        case .unsupportedDatabaseURL:
            "DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/name); unset it to use the embedded SQLite database."
        case .unsupportedSMTPURL:
            "SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465; unset it to write emails to the log."
        case .invalidNumber(let name, let raw, let allowed): "\(name)=\(raw) is not a number in \(allowed)."
        case .invalidProxy(let raw):
            "TRUSTED_PROXIES lists \"\(raw)\", which is not an IP address; list your proxies' addresses, separated by commas."
        case .notExecutable(let name, let raw):
            "\(name)=\(raw) is not a program this user can run; give the full path (scripts/detect-pose), or unset it."
        case .invalidTimeZone(let name, let raw):
            "\(name)=\(raw) is not a time zone this machine knows; use an IANA name such as America/Los_Angeles."
        }
    }
}
