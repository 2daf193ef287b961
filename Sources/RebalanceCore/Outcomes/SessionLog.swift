/// One session as it happened: the exercises done and how the painful areas felt before and after.
public struct SessionLog: Codable, Sendable, Equatable {
    public var date: CalendarDay
    public var activity: WeeklySchedule.Activity
    public var exercises: [ExerciseLog]
    public var pain: [PainCheck]
    public var notes: String?

    public init(
        date: CalendarDay, activity: WeeklySchedule.Activity = .studioSession, exercises: [ExerciseLog] = [],
        pain: [PainCheck] = [], notes: String? = nil
    ) {
        self.date = date
        self.activity = activity
        self.exercises = exercises
        self.pain = pain
        self.notes = notes
    }

    private enum CodingKeys: String, CodingKey { case date, activity, exercises, pain, notes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        date = try container.decode(CalendarDay.self, forKey: .date)
        activity = try container.decodeIfPresent(WeeklySchedule.Activity.self, forKey: .activity) ?? .studioSession
        exercises = try container.decodeIfPresent([ExerciseLog].self, forKey: .exercises) ?? []
        pain = try container.decodeIfPresent([PainCheck].self, forKey: .pain) ?? []
        notes = try container.decodeIfPresent(String.self, forKey: .notes)
    }
}

/// What was done of one exercise in a session.
public struct ExerciseLog: Codable, Sendable, Equatable {
    public var exercise: ExerciseID
    public var side: Side?
    public var setsDone: Int
    public var reps: Int?
    public var holdSeconds: Int?
    /// Load as the trainer writes it ("12 kg", "red band").
    public var load: String?
    /// Rate of perceived exertion, 0–10.
    public var rpe: Int?
    /// Whether the trainer judged the technique clean; `nil` when not judged.
    public var techniqueOK: Bool?

    public init(
        exercise: ExerciseID, side: Side? = nil, setsDone: Int, reps: Int? = nil, holdSeconds: Int? = nil,
        load: String? = nil, rpe: Int? = nil, techniqueOK: Bool? = nil
    ) {
        self.exercise = exercise
        self.side = side
        self.setsDone = setsDone
        self.reps = reps
        self.holdSeconds = holdSeconds
        self.load = load
        self.rpe = rpe
        self.techniqueOK = techniqueOK
    }
}

/// Pain in one area before and after a session (NPRS 0–10).
public struct PainCheck: Codable, Sendable, Equatable {
    public var region: Region
    public var side: Side
    public var before: Int?
    public var after: Int?

    public init(region: Region, side: Side = .both, before: Int? = nil, after: Int? = nil) {
        self.region = region
        self.side = side
        self.before = before
        self.after = after
    }

    private enum CodingKeys: String, CodingKey { case region, side, before, after }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        region = try container.decode(Region.self, forKey: .region)
        side = try container.decodeIfPresent(Side.self, forKey: .side) ?? .both
        before = try container.decodeIfPresent(Int.self, forKey: .before)
        after = try container.decodeIfPresent(Int.self, forKey: .after)
    }

    /// The latest reading of the session.
    public var latest: Int? { after ?? before }
}
