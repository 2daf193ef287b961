/// The engine's explained conclusion for one case (the contract of `rebalance assess` and the evaluate API).
public struct Assessment: Codable, Sendable, Equatable {
    public let knowledgeBaseVersion: String
    public let referral: Referral
    public let clearance: Clearance
    public let cautions: [Caution]
    /// Warning signs the notes mention but the reading is unsure about: answered, or to answer before clearing.
    public let questions: [ConfirmingQuestion]
    /// Likely patterns, each backed by an objective test; highest confidence first.
    public let patterns: [PatternResult]
    /// Patterns suggested by self-reported signs only (self-check without tests).
    public let possiblePatterns: [PatternResult]
    public let overactive: [MuscleFinding]
    public let underactive: [MuscleFinding]
    public let painLinks: [PainLink]
    public let observations: [Observation]
    public let disclaimer: String
}

extension Assessment {
    private enum CodingKeys: String, CodingKey {
        case knowledgeBaseVersion, referral, clearance, cautions, questions, patterns, possiblePatterns, overactive
        case underactive, painLinks, observations, disclaimer
    }

    /// Assessments stored before confirming questions existed have none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            knowledgeBaseVersion: try c.decode(String.self, forKey: .knowledgeBaseVersion),
            referral: try c.decode(Referral.self, forKey: .referral),
            clearance: try c.decode(Clearance.self, forKey: .clearance),
            cautions: try c.decode([Caution].self, forKey: .cautions),
            questions: try c.decodeIfPresent([ConfirmingQuestion].self, forKey: .questions) ?? [],
            patterns: try c.decode([PatternResult].self, forKey: .patterns),
            possiblePatterns: try c.decode([PatternResult].self, forKey: .possiblePatterns),
            overactive: try c.decode([MuscleFinding].self, forKey: .overactive),
            underactive: try c.decode([MuscleFinding].self, forKey: .underactive),
            painLinks: try c.decode([PainLink].self, forKey: .painLinks),
            observations: try c.decode([Observation].self, forKey: .observations),
            disclaimer: try c.decode(String.self, forKey: .disclaimer))
    }
}
