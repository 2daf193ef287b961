/// A posture measure's entry in the knowledge base (`posture.yaml`): its name, its norm or the assessment test whose
/// norm it shares, and the smallest change between photos that exceeds measurement error.
public struct PostureNorm: Codable, Sendable {
    public let kind: PostureMeasure.Kind
    public let name: String
    /// The assessment test this measure records; its norm is read from `tests.yaml`.
    public let test: TestID?
    public let norm: Norm?
    public let error: Double
    public let errorSource: String

    /// The norm that judges the measure: the linked test's, else its own.
    public func norm(in knowledge: KnowledgeBase) -> Norm? {
        test.flatMap { knowledge.testsByID[$0]?.norm } ?? norm
    }
}
