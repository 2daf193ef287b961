/// One client's case: basics, pain, self-check signs, health screen, red-flag answers, notes and test findings.
///
/// Every key is optional on input (a public self-check has no findings); unknown keys are ignored (forward
/// compatible), but a known field at the wrong level (`client.pregnant`) is rejected with where it belongs.
public struct Case: Codable, Sendable, Equatable {
    public var client: ClientBasics
    public var goals: [String]
    public var painAreas: [PainArea]
    public var signs: [SignReport]
    public var healthScreen: HealthScreen?
    public var redFlags: [RedFlagID]
    public var notes: String
    public var findings: [Finding]
    /// Answers to the confirming questions a previous evaluation asked about signs in the notes.
    public var confirmations: [Confirmation]

    public init(
        client: ClientBasics = ClientBasics(), goals: [String] = [], painAreas: [PainArea] = [],
        signs: [SignReport] = [], healthScreen: HealthScreen? = nil, redFlags: [RedFlagID] = [],
        notes: String = "", findings: [Finding] = [], confirmations: [Confirmation] = []
    ) {
        self.client = client
        self.goals = goals
        self.painAreas = painAreas
        self.signs = signs
        self.healthScreen = healthScreen
        self.redFlags = redFlags
        self.notes = notes
        self.findings = findings
        self.confirmations = confirmations
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case client, goals, painAreas, signs, healthScreen, redFlags, notes, findings, confirmations
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectMisplacedFields(besides: CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        client = try c.decodeIfPresent(ClientBasics.self, forKey: .client) ?? ClientBasics()
        goals = try c.decodeIfPresent([String].self, forKey: .goals) ?? []
        painAreas = try c.decodeIfPresent([PainArea].self, forKey: .painAreas) ?? []
        signs = try c.decodeIfPresent([SignReport].self, forKey: .signs) ?? []
        healthScreen = try c.decodeIfPresent(HealthScreen.self, forKey: .healthScreen)
        redFlags = try c.decodeIfPresent([RedFlagID].self, forKey: .redFlags) ?? []
        notes = try c.decodeIfPresent(String.self, forKey: .notes) ?? ""
        findings = try c.decodeIfPresent([Finding].self, forKey: .findings) ?? []
        confirmations = try c.decodeIfPresent([Confirmation].self, forKey: .confirmations) ?? []
    }
}

/// Who the client is, as far as norms care.
public struct ClientBasics: Codable, Sendable, Equatable {
    public var age: Int?
    public var sex: Sex?

    public init(age: Int? = nil, sex: Sex? = nil) {
        self.age = age
        self.sex = sex
    }

    private enum CodingKeys: String, CodingKey, CaseIterable { case age, sex }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectMisplacedFields(besides: CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        age = try c.decodeWholeNumber(forKey: .age)
        sex = try c.decodeIfPresent(Sex.self, forKey: .sex)
    }
}

extension KeyedDecodingContainer {
    /// A whole number, or a field error naming it: Foundation reports 7.5 or 1e20 for an `Int` as "not valid
    /// JSON" without a path, which tells nobody what to fix.
    func decodeWholeNumber(forKey key: Key) throws -> Int? {
        guard let value = try decodeIfPresent(Double.self, forKey: key) else { return nil }
        guard value.rounded() == value, abs(value) < 1_000_000 else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "must be a whole number, not \(value.formatted())")
        }
        return Int(value)
    }
}

/// A painful area the client reports, with its intensity on the 0–10 numeric pain rating scale.
public struct PainArea: Codable, Sendable, Equatable {
    public var region: Region
    public var side: Side
    public var nprs: Int?
    public var notes: String?

    public init(region: Region, side: Side = .both, nprs: Int? = nil, notes: String? = nil) {
        self.region = region
        self.side = side
        self.nprs = nprs
        self.notes = notes
    }

    private enum CodingKeys: String, CodingKey, CaseIterable { case region, side, nprs, notes }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectMisplacedFields(besides: CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        region = try c.decode(Region.self, forKey: .region)
        side = try c.decodeIfPresent(Side.self, forKey: .side) ?? .both
        nprs = try c.decodeWholeNumber(forKey: .nprs)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
    }
}

/// An everyday sign the client recognises, optionally with the side it shows on.
///
/// Accepts the plain id (`"carriesBagOneSide"`) or an object (`{"sign": "carriesBagOneSide", "side": "right"}`).
public struct SignReport: Codable, Sendable, Equatable {
    public var sign: SignID
    public var side: Side?

    public init(_ sign: SignID, side: Side? = nil) {
        self.sign = sign
        self.side = side
    }

    private enum CodingKeys: String, CodingKey, CaseIterable { case sign, side }

    public init(from decoder: any Decoder) throws {
        // A bare id ("feetTurnOut") or an object with a side.
        if let id = try decoder.singleValueContainer().decodeIfType(String.self) {
            self.init(SignID(id))
            return
        }
        try decoder.rejectMisplacedFields(besides: CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try c.decode(SignID.self, forKey: .sign), side: try c.decodeIfPresent(Side.self, forKey: .side))
    }

    public func encode(to encoder: any Encoder) throws {
        if let side {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(sign, forKey: .sign)
            try c.encode(side, forKey: .side)
        } else {
            var c = encoder.singleValueContainer()
            try c.encode(sign)
        }
    }
}

/// The PAR-Q+-style health screen with resting blood pressure and pregnancy.
public struct HealthScreen: Codable, Sendable, Equatable {
    public var answers: [String: Bool]
    public var restingBloodPressure: BloodPressure?
    public var pregnant: Bool?
    public var pregnancyWeeks: Int?

    public init(
        answers: [String: Bool] = [:], restingBloodPressure: BloodPressure? = nil,
        pregnant: Bool? = nil, pregnancyWeeks: Int? = nil
    ) {
        self.answers = answers
        self.restingBloodPressure = restingBloodPressure
        self.pregnant = pregnant
        self.pregnancyWeeks = pregnancyWeeks
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case answers, restingBloodPressure, pregnant, pregnancyWeeks
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectMisplacedFields(besides: CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        answers = try c.decodeIfPresent([String: Bool].self, forKey: .answers) ?? [:]
        restingBloodPressure = try c.decodeIfPresent(BloodPressure.self, forKey: .restingBloodPressure)
        pregnant = try c.decodeIfPresent(Bool.self, forKey: .pregnant)
        pregnancyWeeks = try c.decodeWholeNumber(forKey: .pregnancyWeeks)
    }
}

/// A resting blood-pressure reading in mmHg.
public struct BloodPressure: Codable, Sendable, Equatable {
    public var systolic: Int
    public var diastolic: Int

    public init(systolic: Int, diastolic: Int) {
        self.systolic = systolic
        self.diastolic = diastolic
    }
}
