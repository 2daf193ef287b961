/// One test result as recorded by the trainer.
public struct Finding: Codable, Sendable, Equatable {
    public var test: TestID
    public var side: Side?
    public var value: FindingValue?
    public var unit: MeasurementUnit?
    /// For the overhead squat: what was seen (`none` for a clean squat).
    public var compensation: OverheadSquatCompensation?
    /// For the limb symmetry index: the task it was measured on.
    public var task: SymmetryTask?

    public init(
        test: TestID, side: Side? = nil, value: FindingValue? = nil, unit: MeasurementUnit? = nil,
        compensation: OverheadSquatCompensation? = nil, task: SymmetryTask? = nil
    ) {
        self.test = test
        self.side = side
        self.value = value
        self.unit = unit
        self.compensation = compensation
        self.task = task
    }

    /// A numeric finding.
    public static func measured(_ test: TestID, _ side: Side? = nil, _ value: Double) -> Finding {
        Finding(test: test, side: side, value: .number(value))
    }

    /// A yes/no finding.
    public static func positive(_ test: TestID, _ side: Side? = nil, _ value: Bool = true) -> Finding {
        Finding(test: test, side: side, value: .boolean(value))
    }

    /// A graded finding.
    public static func graded(_ test: TestID, _ side: Side? = nil, _ grade: String) -> Finding {
        Finding(test: test, side: side, value: .text(grade))
    }

    /// An overhead-squat compensation.
    public static func squat(_ compensation: OverheadSquatCompensation, _ side: Side = .both) -> Finding {
        Finding(test: "overheadSquat", side: side, compensation: compensation)
    }
}

/// A finding's raw value: a number, yes/no, or a grade.
public enum FindingValue: Codable, Sendable, Equatable, CustomStringConvertible {
    case number(Double)
    case boolean(Bool)
    case text(String)

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let flag = try c.decodeIfType(Bool.self) {
            self = .boolean(flag)
        } else if let number = try c.decodeIfType(Double.self) {
            self = .number(number)
        } else if let text = try c.decodeIfType(String.self) {
            self = .text(text)
        } else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "expected a number, true/false or a grade")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let number): try c.encode(number)
        case .boolean(let flag): try c.encode(flag)
        case .text(let text): try c.encode(text)
        }
    }

    public var description: String {
        switch self {
        case .number(let number): NumberText.format(number)
        case .boolean(let flag): flag ? "positive" : "negative"
        case .text(let text): text
        }
    }
}

/// Formats numbers the way a trainer writes them: no trailing ".0", at most two decimals.
public enum NumberText {
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() && abs(rounded) < 1e15 {
            return String(Int64(rounded))
        }
        // Swift prints the shortest text that round-trips, so a value rounded to cents prints as "27.27".
        return String(rounded)
    }
}
