import RebalanceCore
import Testing

/// Each pattern: a minimal case that triggers it and a near miss that must not; the public examples.
@Suite("Imbalance patterns")
struct PatternTests {
    /// A case and the pattern it must (or must not) produce.
    struct Scenario: CustomTestStringConvertible, Sendable {
        let name: String
        let pattern: String
        let input: Case
        let side: Side?
        var testDescription: String { name }
    }

    static let triggering: [Scenario] = [
        Scenario(
            name: "upper crossed: forward head angle", pattern: "upperCrossed",
            input: findings(.measured("craniovertebralAngle", nil, 44)), side: .both),
        Scenario(
            name: "upper crossed: two supporting findings", pattern: "upperCrossed",
            input: findings(.measured("deepNeckFlexorEndurance", nil, 15), .squat(.armsFallForward)), side: .both),
        Scenario(
            name: "lower crossed: Thomas plus pelvic tilt", pattern: "lowerCrossed",
            input: findings(.measured("modifiedThomasHip", .left, 6), .measured("pelvicTilt", nil, 19)), side: .left),
        Scenario(
            name: "quad dominance: low H:Q ratio", pattern: "quadDominance",
            input: findings(.measured("hamstringQuadRatio", .right, 0.42)), side: .right),
        Scenario(
            name: "limited dorsiflexion: knee to wall", pattern: "limitedDorsiflexion",
            input: findings(.measured("kneeToWall", .left, 7), .measured("kneeToWall", .right, 11)), side: .left),
        Scenario(
            name: "limited dorsiflexion: two squat compensations", pattern: "limitedDorsiflexion",
            input: findings(.squat(.heelsRise), .squat(.feetTurnOut)), side: .both),
        Scenario(
            name: "knee valgus: FPPA in a man", pattern: "kneeValgus",
            input: findings(.measured("singleLegSquatFPPA", .right, 14), .squat(.kneesValgus, .right), sex: .male),
            side: .right),
        Scenario(
            name: "knee valgus: squat knees cave in", pattern: "kneeValgus",
            input: findings(.squat(.kneesValgus, .left), .measured("singleLegSquatFPPA", .left, 15)), side: .left),
        Scenario(
            name: "lateral hip weakness: Trendelenburg", pattern: "lateralHipWeakness",
            input: findings(.positive("trendelenburg", .left)), side: .left),
        Scenario(
            name: "lateral hip weakness: abductor symmetry", pattern: "lateralHipWeakness",
            input: findings(
                Finding(test: "limbSymmetryIndex", side: .right, value: .number(78), task: .hipAbductionStrength)),
            side: .right),
        Scenario(
            name: "scapular dyskinesis: obvious", pattern: "scapularDyskinesis",
            input: findings(.graded("scapularDyskinesis", .right, "obvious")), side: .right),
        Scenario(
            name: "thoracic stiffness: limited rotation", pattern: "thoracicStiffness",
            input: findings(
                .measured("thoracicRotation", .left, 30), .measured("thoracicRotation", .right, 50),
                .squat(.armsFallForward)), side: .left),
        Scenario(
            name: "breathing: apical pattern", pattern: "breathingDysfunction",
            input: findings(.graded("breathingPattern", nil, "apical"), .measured("craniovertebralAngle", nil, 44)),
            side: .both),
        Scenario(
            name: "over-pronation: navicular drop", pattern: "footOverpronation",
            input: findings(.measured("navicularDrop", .left, 17)), side: .left),
        Scenario(
            name: "side asymmetry: hop symmetry", pattern: "sideAsymmetry",
            input: findings(Finding(test: "limbSymmetryIndex", side: .left, value: .number(80), task: .singleHop)),
            side: .left),
        Scenario(
            name: "side asymmetry: Y-balance reach", pattern: "sideAsymmetry",
            input: findings(.measured("yBalanceAnterior", .left, 60), .measured("yBalanceAnterior", .right, 66)),
            side: .left),
        Scenario(
            name: "core control: ASLR plus flexor:extensor ratio", pattern: "coreControlDeficit",
            input: findings(
                .measured("activeStraightLegRaise", .left, 2), .measured("trunkFlexorEndurance", nil, 120),
                .measured("trunkExtensorEndurance", nil, 80)), side: .left),
        Scenario(
            name: "restricted hip: internal rotation", pattern: "restrictedHipMobility",
            input: findings(.measured("hipInternalRotation", .right, 18), .positive("obersTest", .right)),
            side: .right),
    ]

    static let nearMisses: [Scenario] = [
        Scenario(
            name: "upper crossed: one supporting finding only", pattern: "upperCrossed",
            input: findings(.measured("deepNeckFlexorEndurance", nil, 15)), side: nil),
        Scenario(
            name: "upper crossed: borderline head angle", pattern: "upperCrossed",
            input: findings(.measured("craniovertebralAngle", nil, 49)), side: nil),
        Scenario(
            name: "lower crossed: tilt and arching without tight hip flexors", pattern: "lowerCrossed",
            input: findings(
                .measured("modifiedThomasHip", .left, -5), .measured("pelvicTilt", nil, 19), .squat(.lowBackArches)),
            side: nil),
        Scenario(
            name: "lower crossed: Thomas alone", pattern: "lowerCrossed",
            input: findings(.measured("modifiedThomasHip", .left, 6)), side: nil),
        Scenario(
            name: "quad dominance: ratio at the limit", pattern: "quadDominance",
            input: findings(.measured("hamstringQuadRatio", .right, 0.60)), side: nil),
        Scenario(
            name: "limited dorsiflexion: compensations but a normal knee-to-wall", pattern: "limitedDorsiflexion",
            input: findings(
                .squat(.heelsRise), .squat(.feetTurnOut), .measured("kneeToWall", .left, 12),
                .measured("kneeToWall", .right, 12)), side: nil),
        Scenario(
            name: "knee valgus: 10° in a woman", pattern: "kneeValgus",
            input: findings(.measured("singleLegSquatFPPA", .right, 10), sex: .female), side: nil),
        Scenario(
            name: "lateral hip weakness: negative Trendelenburg", pattern: "lateralHipWeakness",
            input: findings(.positive("trendelenburg", .left, false)), side: nil),
        Scenario(
            name: "scapular dyskinesis: subtle alone", pattern: "scapularDyskinesis",
            input: findings(.graded("scapularDyskinesis", .right, "subtle")), side: nil),
        Scenario(
            name: "thoracic stiffness: 45° is within norm", pattern: "thoracicStiffness",
            input: findings(.measured("thoracicRotation", .left, 45), .measured("thoracicRotation", .right, 47)),
            side: nil),
        Scenario(
            name: "breathing: diaphragmatic", pattern: "breathingDysfunction",
            input: findings(.graded("breathingPattern", nil, "diaphragmatic")), side: nil),
        Scenario(
            name: "over-pronation: a mildly pronated posture index alone", pattern: "footOverpronation",
            input: findings(.measured("footPostureIndex", .left, 7)), side: nil),
        Scenario(
            name: "side asymmetry: 4 cm reach difference", pattern: "sideAsymmetry",
            input: findings(.measured("yBalanceAnterior", .left, 62), .measured("yBalanceAnterior", .right, 66)),
            side: nil),
        Scenario(
            name: "any pattern: signs only never make a likely pattern", pattern: "sideAsymmetry",
            input: Case(
                signs: [SignReport("carriesBagOneSide", side: .right), SignReport("oneShoulderHigher", side: .right)],
                findings: [.measured("pelvicTilt", nil, 10)]), side: nil),
    ]

    @Test("Minimal case triggers the pattern", arguments: triggering)
    func triggers(_ scenario: Scenario) throws {
        let assessment = try assess(scenario.input)
        let pattern = try #require(assessment.pattern(scenario.pattern), "\(assessment.patternIDs)")
        #expect(pattern.confidence >= 0.5 && pattern.confidence <= 1)
        #expect(pattern.certainty == .likely)
        if let side = scenario.side { #expect(pattern.side == side) }
        #expect(pattern.evidence.contains { $0.verdict == .impaired && $0.counts == .supports })
    }

    @Test("Near miss does not assert the pattern", arguments: nearMisses)
    func doesNotTrigger(_ scenario: Scenario) throws {
        #expect(try assess(scenario.input).pattern(scenario.pattern) == nil)
    }

    /// One reading of a weak, noisy test is worth confirming, not naming.
    static let weakAlone: [Scenario] = [
        Scenario(
            name: "FPPA just over the male cut", pattern: "kneeValgus",
            input: findings(.measured("singleLegSquatFPPA", .right, 10), sex: .male), side: .right),
        Scenario(
            name: "squat knees cave in alone", pattern: "kneeValgus", input: findings(.squat(.kneesValgus, .left)),
            side: .left),
        Scenario(
            name: "thoracic rotation just under 45°", pattern: "thoracicStiffness",
            input: findings(.measured("thoracicRotation", .left, 30), .measured("thoracicRotation", .right, 50)),
            side: .left),
        Scenario(
            name: "Hi-Lo apical alone", pattern: "breathingDysfunction",
            input: findings(.graded("breathingPattern", nil, "apical")), side: .both),
        Scenario(
            name: "hip internal rotation just under 30°", pattern: "restrictedHipMobility",
            input: findings(.measured("hipInternalRotation", .right, 28)), side: .right),
        Scenario(
            name: "self-reports do not lift one weak finding", pattern: "kneeValgus",
            input: Case(
                painAreas: [PainArea(region: .knee, side: .right, nprs: 5)],
                signs: [SignReport("kneesCaveIn", side: .right)],
                findings: [.measured("singleLegSquatFPPA", .right, 13)]), side: .right),
    ]

    @Test("One weak reading is possible, never likely", arguments: weakAlone)
    func oneWeakReadingIsPossible(_ scenario: Scenario) throws {
        let assessment = try assess(scenario.input)
        #expect(assessment.pattern(scenario.pattern) == nil, "\(assessment.patternIDs)")
        let possible = try #require(assessment.possiblePatterns.first { $0.id.rawValue == scenario.pattern })
        #expect(possible.certainty == .possible && !possible.testsToConfirm.isEmpty)
        if let side = scenario.side { #expect(possible.side == side) }
    }

    /// A test's value and its left–right difference are one finding, not two.
    @Test func twoReadingsOfOneTestCountOnce() throws {
        let both = try assess(
            findings(
                .measured("thoracicRotation", .left, 30), .measured("thoracicRotation", .right, 50),
                .squat(.armsFallForward)))
        let one = try assess(
            findings(
                .measured("thoracicRotation", .left, 30), .measured("thoracicRotation", .right, 30),
                .squat(.armsFallForward)))
        let asymmetric = try #require(both.pattern("thoracicStiffness"))
        let symmetric = try #require(one.pattern("thoracicStiffness"))
        #expect(
            asymmetric.confidence == symmetric.confidence, "the asymmetry adds nothing to the low value it comes from")
    }

    /// The side comes from the impaired measurements.
    @Test func aOneSidedFindingStaysOneSided() throws {
        let borderlineOtherSide = try assess(
            findings(.measured("kneeToWall", .left, 6), .measured("kneeToWall", .right, 9.5)))
        #expect(borderlineOtherSide.pattern("limitedDorsiflexion")?.side == .left)
        let squatBothSides = try assess(
            findings(
                .measured("kneeToWall", .left, 6), .measured("kneeToWall", .right, 11),
                .squat(.feetTurnOut), .squat(.heelsRise)))
        #expect(squatBothSides.pattern("limitedDorsiflexion")?.side == .left)
    }

    @Test func everyPatternHasATriggeringScenario() throws {
        let covered = Set(Self.triggering.map(\.pattern))
        for pattern in try knowledge().patterns { #expect(covered.contains(pattern.id.rawValue), "\(pattern.id)") }
    }

    @Test func deskWorkerExample() throws {
        let assessment = try assessExample("desk-worker-low-back.case.json")
        #expect(!assessment.referral.required)
        #expect(assessment.patternIDs.first == "lowerCrossed")
        #expect(assessment.overactiveIDs.isSuperset(of: ["hipFlexors", "rectusFemoris", "erectorSpinae"]))
        #expect(assessment.underactiveIDs.contains("gluteusMaximus"))
        #expect(!assessment.underactiveIDs.isDisjoint(with: ["transverseAbdominis", "rectusAbdominis"]))
        #expect(!assessment.patternIDs.contains("limitedDorsiflexion"))
        let lowBack = try #require(assessment.painLinks.first { $0.region == .lowBack })
        #expect(lowBack.patterns.map(\.rawValue).contains("lowerCrossed"))
        #expect(!lowBack.mechanisms.isEmpty)
    }

    @Test func runnerExample() throws {
        let assessment = try assessExample("runner-right-knee.case.json")
        #expect(!assessment.referral.required)
        #expect(assessment.pattern("kneeValgus")?.side == .right)
        #expect(assessment.pattern("lateralHipWeakness")?.side == .right)
        let asymmetry = try #require(assessment.pattern("sideAsymmetry"))
        #expect(asymmetry.evidence.contains { $0.test == "yBalanceAnterior" && $0.kind == "asymmetry" })
        #expect(asymmetry.evidence.contains { $0.test == "sideBridgeEndurance" && $0.kind == "asymmetry" })
        #expect(Array(assessment.patternIDs.prefix(3)).contains("kneeValgus"))
        #expect(assessment.overactiveIDs.isSuperset(of: ["adductors", "tensorFasciaeLatae"]))
        #expect(assessment.underactiveIDs.isSuperset(of: ["gluteusMedius", "gluteusMaximus"]))
        #expect(!assessment.patternIDs.contains("limitedDorsiflexion"))
        let knee = try #require(assessment.painLinks.first { $0.region == .knee })
        #expect(knee.side == .right && knee.patterns.map(\.rawValue).contains("kneeValgus"))
    }

    @Test func saddleNumbnessExample() throws {
        let assessment = try assessExample("saddle-numbness.case.json")
        #expect(assessment.referral.required)
        #expect(assessment.clearance == .refer)
        #expect(assessment.referralIDs.isSuperset(of: ["saddleNumbness", "bladderOrBowelChange"]))
        #expect(assessment.referral.reasons.first?.urgency == .emergency)
    }

    @Test func withinNormsExample() throws {
        let assessment = try assessExample("within-norms.case.json")
        #expect(!assessment.referral.required)
        #expect(assessment.patterns.isEmpty)
        #expect(assessment.overactive.isEmpty && assessment.underactive.isEmpty)
        #expect(assessment.observations.allSatisfy { $0.verdict == .normal })
    }

    @Test func patternsAreSortedByConfidence() throws {
        let assessment = try assessExample("runner-right-knee.case.json")
        let confidences = assessment.patterns.map(\.confidence)
        #expect(confidences == confidences.sorted(by: >))
    }

    @Test func selfCheckSignsGiveOnlyPossiblePatterns() throws {
        let screen = Case(
            painAreas: [PainArea(region: .lowBack, side: .both, nprs: 4)],
            signs: [SignReport("sitsMostOfDay"), SignReport("lowBackArchesStanding")])
        let assessment = try assess(screen)
        #expect(assessment.patterns.isEmpty)
        let possible = try #require(assessment.possiblePatterns.first { $0.id == "lowerCrossed" })
        #expect(possible.certainty == .possible)
        #expect(possible.testsToConfirm.contains("modifiedThomasHip"))
        #expect(assessment.painLinks.first?.patterns == ["lowerCrossed"])
    }

    @Test func aMuscleIsNeverBothOveractiveAndUnderactiveOnTheSameSide() throws {
        let assessment = try assess(
            findings(
                .measured("hamstringQuadRatio", .left, 0.4), .measured("hamstringQuadRatio", .right, 0.4),
                .squat(.lowBackRounds)))
        for muscle in assessment.overactive {
            #expect(!assessment.underactive.contains { $0.muscle == muscle.muscle && $0.side.overlaps(muscle.side) })
        }
    }

    @Test func painWithoutAMatchingPatternSaysSoPlainly() throws {
        let assessment = try assess(
            Case(
                painAreas: [PainArea(region: .wrist, side: .left, nprs: 3)],
                findings: [.measured("craniovertebralAngle", nil, 44)]))
        let wrist = try #require(assessment.painLinks.first)
        #expect(wrist.patterns.isEmpty)
        #expect(wrist.explanation.contains("wrist"))
    }
}
