/// One finding judged against its norm: a raw value, a left–right asymmetry, or a ratio of two tests.
public struct Observation: Codable, Sendable, Equatable {
    /// What was judged.
    public enum Kind: String, Vocabulary {
        case finding, asymmetry, ratio
        public static let noun = "observation kind"
    }

    public let kind: Kind
    public let test: TestID
    public let name: String
    public let side: Side?
    public let task: SymmetryTask?
    public let compensation: OverheadSquatCompensation?
    public let value: FindingValue?
    public let unit: MeasurementUnit
    /// The norm as a trainer reads it.
    public let norm: String
    public let verdict: Verdict
    /// Which way the value left its norm, for number tests.
    public let deviation: Deviation?
    public let source: String
    /// Extra context, such as both sides' values behind an asymmetry.
    public let detail: String?
    /// A squat compensation as a trainer says it ("knees cave in"), from the knowledge base; `nil` in results
    /// stored before it was kept.
    public var valueLabel: String? = nil

    /// The value with its unit, as printed in reports.
    public var valueText: String {
        if let compensation { return valueLabel ?? (compensation == .none ? "clean squat" : compensation.rawValue) }
        guard let value else { return "—" }
        if case .number = value { return value.description + unit.suffix }
        return value.description
    }
}
