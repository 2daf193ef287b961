import Foundation
import RebalanceCore
import Testing

/// The bundled knowledge base, loaded once for all tests.
func knowledge() throws -> KnowledgeBase { try KnowledgeBase.bundled() }

/// Assesses a case after validating it, as the CLI and API do.
func assess(_ input: Case) throws -> Assessment {
    let kb = try knowledge()
    try CaseValidator(knowledge: kb).validate(input)
    return AssessmentEngine(knowledge: kb).assess(input)
}

/// Reads a file from the repository's `Examples/` folder.
func example(_ name: String) throws -> Data {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    return try Data(contentsOf: root.appendingPathComponent("Examples").appendingPathComponent(name))
}

/// Reads and assesses one of the public example cases.
func assessExample(_ name: String) throws -> Assessment {
    let kb = try knowledge()
    return AssessmentEngine(knowledge: kb).assess(try CaseReader(knowledge: kb).read(example(name)))
}

extension Assessment {
    var patternIDs: [String] { patterns.map(\.id.rawValue) }
    var overactiveIDs: Set<String> { Set(overactive.map(\.muscle.rawValue)) }
    var underactiveIDs: Set<String> { Set(underactive.map(\.muscle.rawValue)) }
    func pattern(_ id: String) -> PatternResult? { patterns.first { $0.id.rawValue == id } }
    func observation(_ test: String, _ side: Side? = nil, kind: Observation.Kind = .finding) -> Observation? {
        observations.first { $0.test.rawValue == test && $0.kind == kind && (side == nil || $0.side == side) }
    }
    var referralIDs: Set<String> { Set(referral.reasons.map(\.id)) }
}

/// A case holding only the given findings (and optional client sex).
func findings(_ items: Finding..., sex: Sex? = nil) -> Case {
    Case(client: ClientBasics(sex: sex), findings: items)
}

/// A case holding only free-text notes.
func notes(_ text: String) -> Case { Case(notes: text) }

/// Expects a screened client whose note settles every warning sign it names to be cleared with no question.
func expectClearedWithoutQuestions(
    _ note: String, healthScreen: HealthScreen, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let assessment = try assess(Case(healthScreen: healthScreen, notes: note))
    #expect(assessment.questions.isEmpty, "\(assessment.questions)", sourceLocation: sourceLocation)
    #expect(assessment.clearance == .cleared, sourceLocation: sourceLocation)
}
