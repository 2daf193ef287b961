import Foundation

/// The effective settings as an operator reads them (`rebalance config`): every variable with the value in use, its
/// default where unset, secrets masked; and the warnings a deployment should hear before it goes live.
public struct SettingsReport: Sendable {
    /// One variable and what the app does with it.
    public struct Line: Sendable, Equatable {
        public let variable: String
        public let value: String
    }

    public let lines: [Line]
    public let warnings: [String]

    public init(_ settings: AppSettings, environment: [String: String] = ProcessInfo.processInfo.environment) {
        func given(_ key: String) -> Bool { !(environment[key] ?? "").isEmpty }
        func either(_ key: String, _ value: String) -> String { given(key) ? value : "\(value) (default)" }
        var lines: [Line] = []
        func add(_ variable: String, _ value: String) { lines.append(Line(variable: variable, value: value)) }
        add("HOST", either("HOST", settings.hostname))
        add("PORT", either("PORT", String(settings.port)))
        add("BASE_URL", either("BASE_URL", settings.baseURL))
        switch settings.database {
        case .postgres(let url): add("DATABASE_URL", Self.masked(url))
        case .sqliteFile(let path): add("DATABASE_URL", "unset: SQLite at \(path)")
        case .sqliteMemory: add("DATABASE_URL", "unset: SQLite in memory")
        }
        add("DATA_DIR", either("DATA_DIR", settings.dataDirectory))
        add("SMTP_URL", settings.smtpURL.map(Self.masked) ?? "unset: emails are written to \(settings.mailDirectory)")
        add("MAIL_FROM", either("MAIL_FROM", settings.mailFrom))
        add("LOG_FORMAT", either("LOG_FORMAT", settings.logFormat.rawValue))
        add("LOG_LEVEL", environment["LOG_LEVEL"].flatMap { $0.isEmpty ? nil : $0 } ?? "info (default)")
        add("METRICS_TOKEN", settings.metricsToken.map { "set (\($0.count) characters)" } ?? "unset: /metrics is off")
        add(
            "TRUSTED_PROXIES",
            settings.trustedProxies.isEmpty
                ? "none (default)" : settings.trustedProxies.sorted().joined(separator: ", "))
        add("DRAIN_SECONDS", either("DRAIN_SECONDS", "\(settings.drainSeconds) s"))
        add("IDLE_TIMEOUT", either("IDLE_TIMEOUT", "\(settings.idleTimeout) s"))
        add("OUTBOX_INTERVAL", either("OUTBOX_INTERVAL", "\(settings.outboxInterval) s"))
        add(
            "BOOKING_RATE_LIMIT", either("BOOKING_RATE_LIMIT", "\(settings.bookingRateLimit) per address in 10 minutes")
        )
        add("PAGE_CACHE_SIZE", either("PAGE_CACHE_SIZE", String(settings.pageCacheSize)))
        add("POSE_DETECTOR", settings.poseDetector ?? "unset: every posture point is placed by hand")
        add("STUDIO_TIME_ZONE", settings.firstRunStudio.timeZone ?? "unset: America/Los_Angeles on first run")
        self.lines = lines

        var warnings: [String] = []
        let shared = if case .postgres = settings.database { true } else { false }
        if shared, !given("BASE_URL") {
            warnings.append(
                "BASE_URL is not set: links in emails will point at \(settings.baseURL), not the address clients use.")
        }
        if shared, settings.trustedProxies.isEmpty {
            warnings.append(
                "TRUSTED_PROXIES is empty: behind a proxy every visitor shares the proxy's address, so one busy "
                    + "visitor can use up everyone's sign-in and booking limits.")
        }
        if settings.smtpURL == nil {
            warnings.append(
                "SMTP_URL is not set: emails (booking confirmations, sign-in links) are written to "
                    + "\(settings.mailDirectory) and nobody receives them.")
        }
        if settings.baseURL.hasPrefix("http://"), shared {
            warnings.append("BASE_URL is not https: sign-in cookies are not marked Secure.")
        }
        self.warnings = warnings
    }

    /// The report as `rebalance config` prints it.
    public var text: String {
        let width = (lines.map(\.variable.count).max() ?? 0) + 2
        var text = "Effective settings (secrets masked):\n"
        for line in lines {
            text += "  " + line.variable.padding(toLength: width, withPad: " ", startingAt: 0) + line.value + "\n"
        }
        text += warnings.isEmpty ? "No warnings.\n" : "Warnings:\n" + warnings.map { "  - \($0)\n" }.joined()
        return text
    }

    /// The URL with its password replaced, so the report can be pasted into a ticket.
    static func masked(_ url: String) -> String {
        guard var parts = URLComponents(string: url), parts.password != nil else { return url }
        parts.password = "****"
        return parts.string ?? url
    }
}
