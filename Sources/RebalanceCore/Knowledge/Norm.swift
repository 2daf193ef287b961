/// A published norm: the limits beyond which a value is outside norms, with its source.
public struct Norm: Codable, Sendable {
    /// Sex-specific limits that replace the default ones.
    public struct Limits: Codable, Sendable {
        public let flagBelow: Double?
        public let flagAbove: Double?
    }

    /// Impaired when the value is below this (or at it, when `inclusive`).
    public let flagBelow: Double?
    /// Impaired when the value is above this (or at it, when `inclusive`).
    public let flagAbove: Double?
    /// Whether a value exactly at a limit is flagged (the rule reads "≤" / "≥").
    public let inclusive: Bool?
    /// A band past the limit, in the test's unit, judged borderline rather than impaired; a value exactly at its
    /// far edge is still borderline.
    public let borderline: Double?
    /// Where the band comes from; without one the band must equal the test's measurement error (`mdc`).
    public let borderlineSource: String?
    public let bySex: [String: Limits]?
    /// For boolean tests: the value that is outside norms.
    public let flagWhen: Bool?
    public let source: String
    /// Whether the number was confirmed against the published paper.
    public let confirmed: Bool?
    /// The norm as a trainer reads it, e.g. "≤ 0° (thigh at or below horizontal)".
    public let rule: String

    /// The limits that apply to a client of the given sex (defaults when unknown or unpublished).
    public func limits(for sex: Sex?) -> Limits {
        if let sex, let specific = bySex?[sex.rawValue] {
            return specific
        }
        return Limits(flagBelow: flagBelow, flagAbove: flagAbove)
    }

    /// Whether the norm judges absolute values at all (some tests are judged only by asymmetry).
    public var hasLimits: Bool {
        flagBelow != nil || flagAbove != nil
            || (bySex ?? [:]).values.contains { $0.flagBelow != nil || $0.flagAbove != nil }
    }
}

/// Which way a value left its norm.
public enum Deviation: String, Vocabulary {
    case low, high
    public static let noun = "deviation"
}
