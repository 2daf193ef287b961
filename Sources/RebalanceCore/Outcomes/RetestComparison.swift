/// Then → now for every test measured both times: the values, the change, whether the change is larger than
/// the test's minimal detectable change, and whether a value outside its norm is back within it.
public struct RetestComparison: Sendable {
    /// One test (and side) measured at both assessments.
    public struct Row: Codable, Sendable, Equatable {
        public let test: TestID
        public let name: String
        public let side: Side?
        public let task: SymmetryTask?
        public let kind: Observation.Kind
        public let before: String
        public let after: String
        public let beforeVerdict: Verdict
        public let afterVerdict: Verdict
        /// After minus before, for numbers.
        public let change: Double?
        public let changeText: String
        public let unit: MeasurementUnit
        /// Whether |change| exceeds the test's MDC; `nil` when the knowledge base has no MDC for it.
        public let beyondMeasurementError: Bool?
        /// Whether the change went the healthy way (towards the norm); `nil` when there is no direction.
        public let improved: Bool?
        /// Outside the norm before, within it now.
        public let backWithinNorm: Bool
        public let norm: String
        public let mdc: Double?
    }

    let engine: AssessmentEngine

    public init(engine: AssessmentEngine) {
        self.engine = engine
    }

    /// Rows in the engine's observation order; tests only measured once are left out. The overhead squat is
    /// compared compensation by compensation: one seen before and not now counts as resolved.
    public func compare(before: Case, after: Case) -> [Row] {
        let then = engine.observations(for: before)
        let now = engine.observations(for: after)
        let earlier = Dictionary(then.map { (Self.key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let measured = now.filter { $0.test != Self.squat }.compactMap { current in
            earlier[Self.key(current)].map { row($0, current) }
        }
        return measured + squatRows(before, after)
    }

    static let squat: TestID = "overheadSquat"

    private func squatRows(_ before: Case, _ after: Case) -> [Row] {
        func seen(_ input: Case) -> [String: (OverheadSquatCompensation, Side)]? {
            let findings = input.findings.filter { $0.test == Self.squat }
            guard !findings.isEmpty else { return nil }
            var result: [String: (OverheadSquatCompensation, Side)] = [:]
            for finding in findings {
                guard let compensation = finding.compensation, compensation != .none else { continue }
                let side = finding.side ?? .both
                result["\(compensation.rawValue)|\(side.rawValue)"] = (compensation, side)
            }
            return result
        }
        guard let then = seen(before), let now = seen(after) else { return [] }
        let name = engine.knowledge.testsByID[Self.squat]?.name ?? "Overhead squat"
        return Set(then.keys).union(now.keys).sorted().compactMap { key -> Row? in
            guard let (compensation, side) = then[key] ?? now[key] else { return nil }
            let (was, still) = (then[key] != nil, now[key] != nil)
            let compensationName =
                engine.knowledge.compensationsByID[compensation]?.name.lowercased() ?? compensation.rawValue
            return Row(
                test: Self.squat,
                name: "\(name): \(compensationName)",
                side: side, task: nil, kind: .finding,
                before: was ? "seen" : "not seen", after: still ? "seen" : "not seen",
                beforeVerdict: was ? .impaired : .normal, afterVerdict: still ? .impaired : .normal, change: nil,
                changeText: was == still ? "no change" : (still ? "new" : "resolved"), unit: .none,
                beyondMeasurementError: nil,
                improved: was == still ? nil : !still, backWithinNorm: was && !still, norm: "not seen", mdc: nil)
        }
    }

    private func row(_ previous: Observation, _ current: Observation) -> Row {
        let test = engine.knowledge.testsByID[current.test]
        var change: Double?
        if case .number(let a)? = previous.value, case .number(let b)? = current.value { change = b - a }
        // Asymmetry and ratio observations carry their own numbers; the MDC belongs to raw findings only.
        let mdc = current.kind == .finding ? test?.mdc : nil
        let improved: Bool? =
            change.flatMap { delta in
                if delta == 0 { return nil }
                if current.kind == .asymmetry { return delta < 0 }  // a smaller left–right difference is better
                guard let norm = test?.norm else { return nil }
                if norm.flagAbove != nil, norm.flagBelow == nil { return delta < 0 }
                if norm.flagBelow != nil, norm.flagAbove == nil { return delta > 0 }
                return current.verdict < previous.verdict ? true : (current.verdict > previous.verdict ? false : nil)
            } ?? (current.verdict != previous.verdict ? current.verdict < previous.verdict : nil)
        return Row(
            test: current.test, name: current.name, side: current.side, task: current.task, kind: current.kind,
            before: previous.valueText, after: current.valueText, beforeVerdict: previous.verdict,
            afterVerdict: current.verdict,
            change: change,
            changeText: change.map { Self.signed($0) + current.unit.suffix }
                ?? (previous.valueText == current.valueText ? "no change" : "changed"),
            unit: current.unit, beyondMeasurementError: zip2(change, mdc).map { abs($0) > $1 }, improved: improved,
            backWithinNorm: previous.verdict != .normal && current.verdict == .normal, norm: current.norm, mdc: mdc)
    }

    /// Which observations are "the same measurement": kind, test, side, task (and the squat compensation). An
    /// asymmetry is one measurement whichever side is weaker at the time.
    static func key(_ observation: Observation) -> String {
        let side = observation.kind == .asymmetry ? "" : observation.side?.rawValue ?? ""
        return [
            observation.kind.rawValue, observation.test.rawValue, side, observation.task?.rawValue ?? "",
            observation.compensation?.rawValue ?? "",
        ].joined(separator: "|")
    }

    static func signed(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return rounded > 0 ? "+" + text : text
    }
}

private func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
