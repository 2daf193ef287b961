import Foundation

/// What a client may still change about a booking, and whether a cancellation counts as late.
public struct CancellationPolicy: Sendable, Hashable {
    /// Changes closer than this to the start are late: a cancellation is recorded as late, a move needs the studio.
    public var windowHours: Int

    public init(windowHours: Int = 24) {
        self.windowHours = windowHours
    }

    /// Where a booking stands for changes made by the client.
    public enum Standing: Sendable, Equatable {
        /// Outside the window: cancel or move freely.
        case open
        /// Inside the window: cancelling is still possible but recorded as late; moving needs the studio.
        case late
        /// The session has started or passed: nothing to change online.
        case closed
    }

    public func standing(of start: Date, now: Date) -> Standing {
        if now >= start { return .closed }
        return start.timeIntervalSince(now) < TimeInterval(windowHours * 3600) ? .late : .open
    }
}

/// Whether a session of a given kind is for someone whose self-check or health screen says "see a clinician first".
public enum SessionKind: String, Vocabulary {
    /// A conversation at the studio; no exercise.
    case consultation
    /// Anything with testing or exercise: assessments, 1:1 sessions, re-checks.
    case training
    public static let noun = "session kind"

    /// Red-flag clients never book training; a consultation only where the studio allows it.
    public func isBookable(referralRequired: Bool, consultationAllowedWithReferral: Bool) -> Bool {
        guard referralRequired else { return true }
        return self == .consultation && consultationAllowedWithReferral
    }
}
