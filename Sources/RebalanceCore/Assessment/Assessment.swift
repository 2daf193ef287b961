/// The engine's explained conclusion for one case (the contract of `rebalance assess` and the evaluate API).
public struct Assessment: Codable, Sendable, Equatable {
    public let knowledgeBaseVersion: String
    public let referral: Referral
    public let clearance: Clearance
    public let cautions: [Caution]
    /// Likely patterns, each backed by an objective test; highest confidence first.
    public let patterns: [PatternResult]
    /// Patterns suggested by self-reported signs only (self-screen without tests).
    public let possiblePatterns: [PatternResult]
    public let overactive: [MuscleFinding]
    public let underactive: [MuscleFinding]
    public let painLinks: [PainLink]
    public let observations: [Observation]
    public let disclaimer: String
}
