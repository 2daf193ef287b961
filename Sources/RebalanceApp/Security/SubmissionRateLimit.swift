import Foundation
import Vapor

/// Counts submissions per client address in a sliding window; beyond the limit the request gets 429.
///
/// In memory, so each app instance counts on its own: with N instances a client gets at most N × limit.
actor SubmissionRateLimit {
    let limit: Int
    let window: TimeInterval
    private var hits: [String: [Date]] = [:]

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Records one hit and says whether it is allowed.
    func allow(_ key: String, now: Date) -> Bool {
        let recent = (hits[key] ?? []).filter { now.timeIntervalSince($0) < window }
        guard recent.count < limit else {
            hits[key] = recent
            return false
        }
        hits[key] = recent + [now]
        if hits.count > 10_000 {
            // Forget addresses whose last hit has left the window, so memory stays bounded.
            hits = hits.filter { $0.value.last.map { now.timeIntervalSince($0) < window } ?? false }
        }
        return true
    }
}

struct LeadRateLimitKey: StorageKey {
    typealias Value = SubmissionRateLimit
}

struct SignInRateLimitKey: StorageKey {
    typealias Value = SubmissionRateLimit
}

struct BookingRateLimitKey: StorageKey {
    typealias Value = SubmissionRateLimit
}

/// The sign-in limits, each over 15 minutes: 10 tries of one account from one address, 20 of one account from
/// anywhere, 30 from one address across accounts.
struct SignInLimits: Sendable {
    let pair = SubmissionRateLimit(limit: 10, window: 900)
    let account = SubmissionRateLimit(limit: 20, window: 900)
    let address = SubmissionRateLimit(limit: 30, window: 900)
}

struct SignInLimitsKey: StorageKey {
    typealias Value = SignInLimits
}

extension Application {
    /// The three sign-in limits (set up by `configure`).
    var signInLimits: SignInLimits {
        guard let limits = storage[SignInLimitsKey.self] else {
            preconditionFailure("configure(_:settings:) must run before routes use the rate limit")
        }
        return limits
    }
}

struct SelfCheckStartLimitKey: StorageKey {
    typealias Value = SubmissionRateLimit
}

extension Application {
    /// New self-checks: 30 per address per 10 minutes, enough for a family or an office on one connection.
    var selfCheckStartLimit: SubmissionRateLimit {
        guard let limiter = storage[SelfCheckStartLimitKey.self] else {
            preconditionFailure("configure(_:settings:) must run before routes use the rate limit")
        }
        return limiter
    }
}

extension Application {
    /// Online bookings, cancellations and moves per address (`BOOKING_RATE_LIMIT` per 10 minutes).
    var bookingRateLimit: SubmissionRateLimit {
        guard let limiter = storage[BookingRateLimitKey.self] else {
            preconditionFailure("configure(_:settings:) must run before routes use the rate limit")
        }
        return limiter
    }
}

extension Application {
    /// Lead submissions: 5 per address per 10 minutes (set up by `configure`).
    var leadRateLimit: SubmissionRateLimit {
        guard let limiter = storage[LeadRateLimitKey.self] else {
            preconditionFailure("configure(_:settings:) must run before routes use the rate limit")
        }
        return limiter
    }
}

extension Application {
    /// Password-reset requests: 10 per address per 15 minutes (set up by `configure`).
    var signInRateLimit: SubmissionRateLimit {
        guard let limiter = storage[SignInRateLimitKey.self] else {
            preconditionFailure("configure(_:settings:) must run before routes use the rate limit")
        }
        return limiter
    }
}

extension Request {
    /// The client's address for rate limiting: the connection's peer, unless that peer is one of our own proxies
    /// (`TRUSTED_PROXIES`); then the nearest `X-Forwarded-For` hop that is not ours. Anything a client writes
    /// into the header itself is never believed, so changing it cannot reset a limit.
    var clientAddress: String {
        let peer = remoteAddress?.ipAddress ?? "unknown"
        let trusted = application.settings?.trustedProxies ?? []
        guard trusted.contains(peer), let header = headers.first(name: "X-Forwarded-For") else { return peer }
        let hops = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return hops.last(where: { !trusted.contains($0) }) ?? peer
    }
}
