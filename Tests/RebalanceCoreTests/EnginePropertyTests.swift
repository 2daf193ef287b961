import Foundation
import PropertyBased
import RebalanceCore
import Testing

/// Properties over thousands of random valid cases: no crash, determinism, order independence, monotonicity.
@Suite("Engine properties")
struct EnginePropertyTests {
    static let seeds = Gen.int(in: 0...Int(Int32.max))

    @Test func randomValidCasesAreValidAndNeverCrash() async throws {
        let kb = try knowledge()
        let engine = AssessmentEngine(knowledge: kb)
        await propertyCheck(count: 400, input: Self.seeds) { seed in
            let input = SyntheticCases(knowledge: kb).make(seed: UInt64(seed))
            #expect(throws: Never.self) { try CaseValidator(knowledge: kb).validate(input) }
            let assessment = engine.assess(input)
            #expect(assessment.referral.required == !assessment.referral.reasons.isEmpty)
            #expect(assessment.referral.required == (assessment.clearance == .refer))
            for pattern in assessment.patterns {
                #expect(pattern.confidence >= 0.5 && pattern.confidence <= 1)
                #expect(pattern.evidence.contains { $0.verdict == .impaired && $0.test != nil })
            }
            #expect(assessment.observations.count >= input.findings.count)
        }
    }

    @Test func observationsAloneAreTheAssessmentsObservations() async throws {
        let kb = try knowledge()
        let engine = AssessmentEngine(knowledge: kb)
        await propertyCheck(count: 200, input: Self.seeds) { seed in
            let input = SyntheticCases(knowledge: kb).make(seed: UInt64(seed))
            #expect(engine.observations(for: input) == engine.assess(input).observations)
        }
    }

    @Test func sameCaseSameOutput() async throws {
        let kb = try knowledge()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        await propertyCheck(count: 200, input: Self.seeds) { seed in
            let input = SyntheticCases(knowledge: kb).make(seed: UInt64(seed))
            let first = try? encoder.encode(AssessmentEngine(knowledge: kb).assess(input))
            let second = try? encoder.encode(AssessmentEngine(knowledge: kb).assess(input))
            #expect(first != nil && first == second)
        }
    }

    @Test func shufflingFindingsDoesNotChangeTheResult() async throws {
        let kb = try knowledge()
        let engine = AssessmentEngine(knowledge: kb)
        await propertyCheck(count: 300, input: Self.seeds) { seed in
            var input = SyntheticCases(knowledge: kb).make(seed: UInt64(seed))
            let before = engine.assess(input)
            var rng = SplitMix(seed: UInt64(seed) &+ 1)
            input.findings.shuffle(using: &rng)
            input.painAreas.shuffle(using: &rng)
            input.signs.shuffle(using: &rng)
            let after = engine.assess(input)
            #expect(after == before, "seed \(seed) changed: \(Self.difference(before, after))")
        }
    }

    /// The first differing part of two assessments, so a failure stays readable.
    static func difference(_ a: Assessment, _ b: Assessment) -> String {
        if a.referral != b.referral { return "referral" }
        if a.patterns != b.patterns { return "patterns" }
        if a.possiblePatterns != b.possiblePatterns { return "possiblePatterns" }
        if a.overactive != b.overactive || a.underactive != b.underactive { return "muscles" }
        if a.painLinks != b.painLinks { return "painLinks" }
        if a.observations != b.observations { return "observations" }
        return "cautions"
    }

    @Test func addingAWithinNormFindingNeverAddsAPattern() async throws {
        let kb = try knowledge()
        let engine = AssessmentEngine(knowledge: kb)
        await propertyCheck(count: 300, input: Self.seeds) { seed in
            var input = SyntheticCases(knowledge: kb).make(seed: UInt64(seed))
            var rng = SplitMix(seed: UInt64(seed) &+ 7)
            guard !input.findings.isEmpty,
                let extra = SyntheticCases(knowledge: kb).withinNormFinding(
                    notIn: input.findings, sex: input.client.sex, using: &rng)
            else { return }
            let before = Set(engine.assess(input).patterns.map(\.id))
            input.findings.append(extra)
            let after = Set(engine.assess(input).patterns.map(\.id))
            #expect(after.isSubset(of: before), "adding \(extra.test) added \(after.subtracting(before))")
        }
    }

    @Test func allFindingsWithinNormMeanNoPattern() async throws {
        let kb = try knowledge()
        let engine = AssessmentEngine(knowledge: kb)
        await propertyCheck(count: 200, input: Self.seeds) { seed in
            var rng = SplitMix(seed: UInt64(seed))
            var findings: [Finding] = []
            for _ in 0..<8 {
                if let finding = SyntheticCases(knowledge: kb).withinNormFinding(notIn: findings, sex: nil, using: &rng)
                {
                    findings.append(finding)
                }
            }
            let assessment = engine.assess(Case(findings: findings))
            #expect(assessment.patterns.isEmpty)
            #expect(assessment.observations.allSatisfy { $0.verdict == .normal })
        }
    }
}
