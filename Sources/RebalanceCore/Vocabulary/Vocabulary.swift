/// A closed set of ids from DESIGN.md §8 that decodes with a message naming the allowed values.
public protocol Vocabulary: RawRepresentable, CaseIterable, Codable, Hashable, Sendable
where RawValue == String {
    /// What one value is called in an error message ("side", "region").
    static var noun: String { get }
}

extension Vocabulary {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "\"\(raw)\" is not a known \(Self.noun); use one of \(Self.allowedList)"
            )
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The allowed raw values, comma separated, for messages.
    public static var allowedList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    // Without these, `RawRepresentable`'s defaults hash and compare the raw *strings*, which made sets and
    // dictionaries keyed by sides, regions or phases the engine's hottest code. Every conformer is a
    // payload-free enum, stored as a one-byte case tag; `VocabularyTests` checks that for each of them.
    public func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.caseTag == rhs.caseTag }

    /// The case's position in its enum, read from its stored tag.
    @inlinable public var caseTag: UInt8 {
        withUnsafeBytes(of: self) { $0.isEmpty ? 0 : $0[0] }
    }
}

/// A body region a client can feel pain in and a pattern can load.
public enum Region: String, Vocabulary {
    case neck, upperBack, shoulder, elbow, wrist, lowBack, hip, knee, ankle, foot
    public static let noun = "region"
}

/// The side of the body a finding, pain or pattern concerns.
public enum Side: String, Vocabulary, Comparable {
    case left, right, both
    public static let noun = "side"

    public static func < (lhs: Side, rhs: Side) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .left: 0
        case .right: 1
        case .both: 2
        }
    }

    /// The side that results from seeing evidence on `self` and on `other`.
    public func merged(with other: Side) -> Side { self == other ? self : .both }

    /// Whether something on this side can concern `other` (both overlaps with everything).
    public func overlaps(_ other: Side) -> Bool { self == .both || other == .both || self == other }

    /// The other side of the body; `both` stays `both`.
    public var opposite: Side {
        switch self {
        case .left: .right
        case .right: .left
        case .both: .both
        }
    }
}

/// Biological sex as used by sex-specific published norms.
public enum Sex: String, Vocabulary {
    case female, male, other
    public static let noun = "sex"
}

/// A compensation seen during the overhead squat (NASM movement assessment).
public enum OverheadSquatCompensation: String, Vocabulary {
    case none, feetTurnOut, feetFlatten, heelsRise, kneesValgus, kneesVarus, excessiveForwardLean,
        lowBackArches, lowBackRounds, armsFallForward, forwardHead, shoulderElevation, asymmetricWeightShift
    public static let noun = "overhead-squat compensation"
}

/// The task a limb symmetry index was measured on.
public enum SymmetryTask: String, Vocabulary {
    case singleHop, tripleHop, crossoverHop, quadricepsStrength, hamstringStrength, hipAbductionStrength
    public static let noun = "limb-symmetry task"

    /// The task in a trainer's words ("single-leg hop for distance").
    public var plainName: String {
        switch self {
        case .singleHop: "single-leg hop for distance"
        case .tripleHop: "triple hop for distance"
        case .crossoverHop: "crossover hop for distance"
        case .quadricepsStrength: "quadriceps strength"
        case .hamstringStrength: "hamstring strength"
        case .hipAbductionStrength: "hip abduction strength"
        }
    }
}

/// Why a joint hurts when a pattern loads it.
public enum PainMechanism: String, Vocabulary {
    case alignment, compensation, restrictedRangeOfMotion, reducedMotorControl
    public static let noun = "pain mechanism"

    /// The mechanism in a client's words.
    public var plainName: String {
        switch self {
        case .alignment: "joint alignment is off"
        case .compensation: "other muscles compensate"
        case .restrictedRangeOfMotion: "range of motion is restricted"
        case .reducedMotorControl: "motor control is reduced"
        }
    }
}

/// The judgement of one observation against its norm.
public enum Verdict: String, Vocabulary, Comparable {
    case normal, borderline, impaired
    public static let noun = "verdict"

    public static func < (lhs: Verdict, rhs: Verdict) -> Bool {
        lhs.severity < rhs.severity
    }

    private var severity: Int {
        switch self {
        case .normal: 0
        case .borderline: 1
        case .impaired: 2
        }
    }
}

/// The assessment domains a trainer works through in the studio.
public enum TestDomain: String, Vocabulary {
    case pelvis, shoulders, core, hipMobility, footStability, breathing, strengthBalance, screening
    public static let noun = "test domain"
}

/// The unit a test's value is recorded in.
public enum MeasurementUnit: String, Vocabulary {
    case deg, cm, mm, s, pct, ratio, score, bool, grade, none
    public static let noun = "unit"

    /// How the unit reads after a number ("12 deg" → "12°").
    public var suffix: String {
        switch self {
        case .deg: "°"
        case .cm: " cm"
        case .mm: " mm"
        case .s: " s"
        case .pct: " %"
        case .ratio, .score, .bool, .grade, .none: ""
        }
    }
}
