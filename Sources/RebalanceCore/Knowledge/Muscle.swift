/// A muscle (or muscle group) the engine can name as overactive or underactive.
public struct Muscle: Codable, Sendable, Identifiable {
    public let id: MuscleID
    /// The anatomical name a trainer uses.
    public let name: String
    /// The everyday name a client understands.
    public let plainName: String
    public let region: Region
}

/// An everyday sign a prospective client can recognise in themselves on the public self-check.
public struct SignDefinition: Codable, Sendable, Identifiable {
    public let id: SignID
    /// The statement shown on the self-check, in the client's words.
    public let statement: String
    /// Why the sign may matter, in plain words.
    public let meaning: String
    /// Whether the client is asked which side.
    public let asksSide: Bool
}

/// The muscles an overhead-squat compensation suggests are overactive and underactive.
public struct CompensationDefinition: Codable, Sendable {
    public let id: OverheadSquatCompensation
    public let name: String
    /// What the trainer sees, in plain words.
    public let looksLike: String
    public let overactive: [MuscleID]
    public let underactive: [MuscleID]
    /// Whether the muscles belong to the opposite side (asymmetric weight shift's opposite glute med).
    public let oppositeSideUnderactive: [MuscleID]?
    public let source: String
}

/// Version information of the knowledge base, named in every assessment.
public struct KnowledgeMeta: Codable, Sendable {
    public let version: String
    public let reviewedBy: String?
    public let disclaimer: String
}
