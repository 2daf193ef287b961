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
    /// Where files live beside the database (`DATA_DIR`, default `data`): the SQLite file and, without SMTP, emails.
    public var dataDirectory: String
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
    /// The seconds `IDLE_TIMEOUT` may be: deploy/nginx.conf lets its idle connections go before the lower bound.
    public static let idleTimeoutRange = 10...3600
    /// How failed sign-ins are held back (`SignInDelay`): really waiting, except in tests.
    public var failedSignInPause: Pause
    /// An executable that prints a pose detector's points for a photo (`POSE_DETECTOR`, e.g. scripts/detect-pose);
    /// nil leaves every posture point to the trainer.
    public var poseDetector: String?
    /// Seconds a stopping server keeps answering while `/readyz` says it is draining (`DRAIN_SECONDS`), so a load
    /// balancer moves new visitors away before the port closes; requests in flight are always finished.
    public var drainSeconds: Int
    /// How log lines are written (`LOG_FORMAT`).
    public var logFormat: LogFormat
    /// The bearer token `GET /metrics` asks for (`METRICS_TOKEN`); nil turns the endpoint off.
    public var metricsToken: String?

    /// Where emails are written when there is no SMTP server.
    public var mailDirectory: String { (dataDirectory as NSString).appendingPathComponent("mail") }

    public init(
        hostname: String = "127.0.0.1", port: Int = 8080, database: Database, baseURL: String? = nil,
        passwordCost: Int = 12, smtpURL: String? = nil, mailFrom: String = "Rebalance <no-reply@rebalance.invalid>",
        runsBackgroundJobs: Bool = false, outboxInterval: Double = 2, bookingRateLimit: Int = 20,
        pageCacheSize: Int = 500, firstRunStudio: StudioProfile = StudioProfile(), timeSource: TimeSource = .system,
        trustedProxies: Set<String> = [], idleTimeout: Int = 30, failedSignInPause: Pause = .real,
        poseDetector: String? = nil, dataDirectory: String = "data", logFormat: LogFormat = .text,
        metricsToken: String? = nil, drainSeconds: Int = 0
    ) {
        self.drainSeconds = drainSeconds
        self.hostname = hostname
        self.dataDirectory = dataDirectory
        self.logFormat = logFormat
        self.metricsToken = metricsToken
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

    /// Reads `HOST`, `PORT`, `DATABASE_URL`, `DATA_DIR`, `BASE_URL`, `SMTP_URL`, `MAIL_FROM`, `OUTBOX_INTERVAL`,
    /// `BOOKING_RATE_LIMIT`, `PAGE_CACHE_SIZE`, `IDLE_TIMEOUT`, `TRUSTED_PROXIES`, `POSE_DETECTOR`, `LOG_FORMAT`,
    /// `METRICS_TOKEN`, `DRAIN_SECONDS` and the first-run studio details (`STUDIO_NAME`, `STUDIO_ADDRESS`,
    /// `STUDIO_TRAINER`, `STUDIO_TIME_ZONE`); each value that cannot be used is refused with a message saying how to
    /// fix it.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(SettingsError) -> AppSettings
    {
        let hostname = environment["HOST"].flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        var port = 8080
        if let raw = environment["PORT"], !raw.isEmpty {
            guard let parsed = Int(raw), (1...65535).contains(parsed) else { throw .invalidPort(raw) }
            port = parsed
        }
        func value(_ key: String) -> String? { environment[key].flatMap { $0.isEmpty ? nil : $0 } }
        let directory = value("DATA_DIR") ?? "data"
        let database: Database
        if let url = value("DATABASE_URL") {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://"), URL(string: url)?.host != nil else {
                throw .unsupportedDatabaseURL
            }
            database = .postgres(url: url)
        } else {
            database = .sqliteFile(path: (directory as NSString).appendingPathComponent("rebalance.sqlite"))
        }
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
            guard let parsed = Int(raw), Self.idleTimeoutRange.contains(parsed) else {
                let range = Self.idleTimeoutRange
                throw .invalidNumber("IDLE_TIMEOUT", raw, "\(range.lowerBound)–\(range.upperBound) seconds")
            }
            idle = parsed
        }
        let proxies = Set(
            (value("TRUSTED_PROXIES") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty })
        for proxy in proxies where !proxy.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == ":" }) {
            throw .invalidProxy(proxy)
        }
        if let base = value("BASE_URL") {
            guard let url = URL(string: base), ["http", "https"].contains(url.scheme ?? ""), url.host != nil,
                url.query == nil
            else { throw .invalidBaseURL(base) }
        }
        var logFormat = LogFormat.text
        if let raw = value("LOG_FORMAT") {
            guard let format = LogFormat(rawValue: raw) else {
                throw .invalidChoice("LOG_FORMAT", raw, ["text", "json"])
            }
            logFormat = format
        }
        let metricsToken = value("METRICS_TOKEN")
        // Long enough that guessing it over the network is hopeless.
        if let metricsToken, metricsToken.count < 24 { throw .weakSecret("METRICS_TOKEN", 24) }
        var drain = 0
        if let raw = value("DRAIN_SECONDS") {
            guard let parsed = Int(raw), (0...120).contains(parsed) else {
                throw .invalidNumber("DRAIN_SECONDS", raw, "0–120 seconds")
            }
            drain = parsed
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
            idleTimeout: idle, poseDetector: detector, dataDirectory: directory, logFormat: logFormat,
            metricsToken: metricsToken, drainSeconds: drain)
    }
}
