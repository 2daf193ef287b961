/// Two photos of the same view compared measure by measure: the change, and whether it is larger than the
/// measure's error (`posture.yaml`), so a trainer does not read noise as progress.
public struct PostureComparison: Sendable {
    /// One measure then and now.
    public struct Row: Sendable, Equatable {
        public let kind: PostureMeasure.Kind
        public let name: String
        public let before: PostureMeasure?
        public let after: PostureMeasure?
        /// After minus before, in the measure's unit, when both exist. Sided measures count toward one side as
        /// positive and the other as negative, so a shoulder that changed sides shows its whole change.
        public let change: Double?
        /// Whether the change is larger than the measurement error.
        public let beyondError: Bool
    }

    public let rows: [Row]

    public init(before: [PostureMeasure], after: [PostureMeasure], knowledge: KnowledgeBase) {
        rows = PostureMeasure.Kind.allCases.compactMap { kind in
            let then = before.first { $0.kind == kind }
            let now = after.first { $0.kind == kind }
            guard then != nil || now != nil, let entry = knowledge.postureByKind[kind] else { return nil }
            let change = then.flatMap { then in now.map { Self.signed($0) - Self.signed(then) } }
            return Row(
                kind: kind, name: entry.name, before: then, after: now, change: change,
                beyondError: change.map { abs($0) > entry.error } ?? false)
        }
    }

    /// The recorded value, negative when it leans to the client's left.
    private static func signed(_ measure: PostureMeasure) -> Double {
        measure.side == .left ? -measure.recordedValue : measure.recordedValue
    }
}
