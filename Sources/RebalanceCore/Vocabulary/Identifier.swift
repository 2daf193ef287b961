/// A typed identifier for a knowledge-base entity, so a muscle id can never be passed where a test id belongs.
public struct Identifier<Entity>: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

public typealias MuscleID = Identifier<Muscle>
public typealias TestID = Identifier<TestDefinition>
public typealias PatternID = Identifier<PatternDefinition>
public typealias RedFlagID = Identifier<RedFlagDefinition>
public typealias SignID = Identifier<SignDefinition>
public typealias ExerciseID = Identifier<ExerciseDefinition>
