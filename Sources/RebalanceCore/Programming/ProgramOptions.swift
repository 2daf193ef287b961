/// Where the client does most of the program's sessions.
public enum TrainingSetting: String, Vocabulary {
    case studio, home
    public static let noun = "setting"
}

/// The client's circumstances that shape a program: time, kit, level and conditions.
public struct ProgramOptions: Codable, Sendable, Equatable {
    /// Main training sessions a week (studio 1:1 sessions, or home sessions when the setting is home).
    public var sessionsPerWeek: Int
    /// Minutes available for one main session.
    public var minutesPerSession: Int
    /// Kit the client has at home; the studio has everything.
    public var equipment: Set<Equipment>
    public var setting: TrainingSetting
    /// Training experience from 1 (new to exercise) to 5 (advanced).
    public var level: Int
    /// Conditions the trainer knows of that rule exercises out (besides those the health screen implies).
    public var conditions: Set<TrainingCondition>
    /// Where a recent operation was (implies `recentSurgery`): exercises that load it are marked.
    public var surgeryRegion: Region?

    public static let sessionsRange = 1...7
    public static let minutesRange = 15...120
    public static let levelRange = 1...5

    public init(
        sessionsPerWeek: Int = 2, minutesPerSession: Int = 45, equipment: Set<Equipment> = [],
        setting: TrainingSetting = .studio, level: Int = 2, conditions: Set<TrainingCondition> = [],
        surgeryRegion: Region? = nil
    ) {
        self.sessionsPerWeek = sessionsPerWeek
        self.minutesPerSession = minutesPerSession
        self.equipment = equipment
        self.setting = setting
        self.level = level
        self.conditions = conditions
        self.surgeryRegion = surgeryRegion
    }

    private enum CodingKeys: String, CodingKey {
        case sessionsPerWeek, minutesPerSession, equipment, setting, level, conditions, surgeryRegion
    }

    /// Every key is optional; a missing key takes the default above.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = ProgramOptions()
        sessionsPerWeek = try container.decodeIfPresent(Int.self, forKey: .sessionsPerWeek) ?? defaults.sessionsPerWeek
        minutesPerSession =
            try container.decodeIfPresent(Int.self, forKey: .minutesPerSession) ?? defaults.minutesPerSession
        equipment = Set(try container.decodeIfPresent([Equipment].self, forKey: .equipment) ?? [])
        setting = try container.decodeIfPresent(TrainingSetting.self, forKey: .setting) ?? defaults.setting
        level = try container.decodeIfPresent(Int.self, forKey: .level) ?? defaults.level
        conditions = Set(try container.decodeIfPresent([TrainingCondition].self, forKey: .conditions) ?? [])
        surgeryRegion = try container.decodeIfPresent(Region.self, forKey: .surgeryRegion)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sessionsPerWeek, forKey: .sessionsPerWeek)
        try container.encode(minutesPerSession, forKey: .minutesPerSession)
        try container.encode(equipment.sorted { $0.rawValue < $1.rawValue }, forKey: .equipment)
        try container.encode(setting, forKey: .setting)
        try container.encode(level, forKey: .level)
        try container.encode(conditions.sorted { $0.rawValue < $1.rawValue }, forKey: .conditions)
        try container.encodeIfPresent(surgeryRegion, forKey: .surgeryRegion)
    }

    /// Field-path messages for values outside their ranges; empty when the options are usable.
    public func issues(pathPrefix: String = "") -> [CaseIssue] {
        var issues: [CaseIssue] = []
        func check(_ value: Int, _ range: ClosedRange<Int>, _ key: String, _ what: String) {
            if !range.contains(value) {
                let value = what.isEmpty ? "\(value)" : "\(value) \(what)"
                issues.append(
                    CaseIssue(pathPrefix + key, "\(value) is outside \(range.lowerBound)…\(range.upperBound)"))
            }
        }
        check(sessionsPerWeek, Self.sessionsRange, "sessionsPerWeek", "sessions a week")
        check(minutesPerSession, Self.minutesRange, "minutesPerSession", "minutes")
        check(level, Self.levelRange, "level", "")
        return issues
    }

    /// Kit usable in a main session.
    var sessionEquipment: Set<Equipment> {
        setting == .studio ? Set(Equipment.allCases) : homeEquipment
    }

    /// Kit usable for home practice.
    var homeEquipment: Set<Equipment> { equipment.union(Equipment.everywhere) }
}
