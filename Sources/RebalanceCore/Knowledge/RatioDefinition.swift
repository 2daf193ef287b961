/// A measure derived from two tests (e.g. McGill's flexor:extensor endurance ratio), judged like a test.
public struct RatioDefinition: Codable, Sendable, Identifiable {
    public let id: TestID
    public let name: String
    public let numerator: TestID
    public let denominator: TestID
    public let norm: Norm
    /// What an out-of-norm ratio means, in plain words.
    public let meaning: String
}
