import Foundation
import RebalanceCore
import Testing

@Suite("Knowledge base")
struct KnowledgeBaseTests {
    static let contractTests = [
        "modifiedThomasHip", "modifiedThomasKnee", "obersTest", "kneeToWall", "weightBearingLunge",
        "yBalanceAnterior", "yBalanceComposite", "singleLegSquatFPPA", "trendelenburg", "proneHipExtensionGluteDelay",
        "activeStraightLegRaise", "trunkFlexorEndurance", "trunkExtensorEndurance", "sideBridgeEndurance",
        "deepNeckFlexorEndurance", "hamstringQuadRatio", "shoulderErIrRatio", "limbSymmetryIndex",
        "craniovertebralAngle", "shoulderHeightDifference", "pelvicTilt", "pelvicObliquity", "pectoralisMinorIndex",
        "shoulderFlexion", "thoracicRotation", "hipInternalRotation", "scapularDyskinesis", "breathingPattern",
        "footPostureIndex", "navicularDrop", "singleLegStance", "ottawaAnkle", "ottawaKnee", "overheadSquat",
    ]
    static let designMuscles = [
        "hipFlexors", "rectusFemoris", "tensorFasciaeLatae", "adductors", "gluteusMaximus", "gluteusMedius",
        "hamstrings", "quadriceps", "gastrocSoleus", "tibialisAnterior", "tibialisPosterior", "erectorSpinae",
        "quadratusLumborum", "transverseAbdominis", "internalObliques", "rectusAbdominis", "latissimusDorsi",
        "pectoralisMajor", "pectoralisMinor", "upperTrapezius", "levatorScapulae", "middleTrapezius",
        "lowerTrapezius", "rhomboids", "serratusAnterior", "rotatorCuff", "deepNeckFlexors", "sternocleidomastoid",
        "suboccipitals", "scalenes", "diaphragm", "piriformis", "intrinsicFootMuscles",
    ]
    static let designPatterns = [
        "upperCrossed", "lowerCrossed", "quadDominance", "limitedDorsiflexion", "kneeValgus", "lateralHipWeakness",
        "scapularDyskinesis", "thoracicStiffness", "breathingDysfunction", "footOverpronation", "sideAsymmetry",
    ]
    static let contractRedFlags = [
        "saddleNumbness", "bladderOrBowelChange", "unexplainedWeightLoss", "nightPainUnrelievedByRest",
        "feverWithPain", "chestPainOnExertion", "progressiveWeaknessOrNumbness", "traumaUnableToBearWeight",
        "recentSurgery", "pregnancyComplication", "historyOfCancer",
    ]

    @Test func loadsWithAVersion() throws {
        let kb = try knowledge()
        #expect(!kb.version.isEmpty)
        #expect(!kb.meta.disclaimer.isEmpty)
    }

    @Test func coversEveryContractTestExactly() throws {
        let kb = try knowledge()
        #expect(Set(kb.tests.map(\.id.rawValue)) == Set(Self.contractTests))
        #expect(kb.tests.count == Self.contractTests.count)
    }

    @Test func coversTheDesignVocabulary() throws {
        let kb = try knowledge()
        #expect(Set(Self.designMuscles).isSubset(of: Set(kb.muscles.map(\.id.rawValue))))
        #expect(Set(Self.designPatterns).isSubset(of: Set(kb.patterns.map(\.id.rawValue))))
        #expect(Set(Self.contractRedFlags).isSubset(of: Set(kb.safety.redFlags.map(\.id.rawValue))))
        let signs = Set(kb.signs.map(\.id.rawValue))
        for sign in [
            "carriesBagOneSide", "oneShoulderHigher", "oneLegStronger", "moreTensionOneSide", "feetTurnOut",
            "unevenShoeWear",
        ] {
            #expect(signs.contains(sign), "missing sign \(sign)")
        }
        let compensations = Set(kb.compensations.map(\.id))
        for compensation in OverheadSquatCompensation.allCases where compensation != .none {
            #expect(compensations.contains(compensation))
        }
        let questions = Set(kb.safety.healthQuestions.map(\.id))
        #expect(
            questions == [
                "heartConditionOrHighBP", "chestPain", "dizzinessOrFainting", "otherChronicCondition",
                "prescribedMedication", "boneJointProblem", "medicallySupervisedOnly",
            ])
    }

    @Test func everyThresholdCarriesASource() throws {
        let kb = try knowledge()
        for test in kb.tests {
            #expect(test.norm.source.count > 8, "\(test.id) norm source")
            let hasYear = test.norm.source.contains { $0.isNumber }
            #expect(hasYear, "\(test.id) source has no year")
            if let asymmetry = test.asymmetry { #expect(!asymmetry.source.isEmpty) }
        }
        for flag in kb.safety.redFlags { #expect(!flag.source.isEmpty, "\(flag.id)") }
        for pattern in kb.patterns { #expect(!pattern.source.isEmpty, "\(pattern.id)") }
        #expect(!kb.safety.bloodPressure.source.isEmpty)
    }

    @Test func everyPatternExplainsItselfAndLoadsAJoint() throws {
        let kb = try knowledge()
        for pattern in kb.patterns {
            #expect(pattern.explanation.count > 60, "\(pattern.id)")
            #expect(!pattern.loads.isEmpty, "\(pattern.id)")
            #expect(pattern.loads.allSatisfy { !$0.mechanisms.isEmpty && $0.explanation.count > 40 })
        }
    }

    @Test func brokenFilesFailLoudlyNamingFileAndEntry() throws {
        let directory = try copyOfBundledKnowledge()
        defer { try? FileManager.default.removeItem(at: directory) }
        let patterns = directory.appendingPathComponent("patterns.yaml")
        let text = try String(contentsOf: patterns, encoding: .utf8)
        try text.replacingOccurrences(
            of: "overactive: [hipFlexors, erectorSpinae]", with: "overactive: [hipFlexorz, erectorSpinae]"
        )
        .write(to: patterns, atomically: true, encoding: .utf8)
        #expect {
            try KnowledgeBase.load(from: directory)
        } throws: { error in
            let message = String(describing: error)
            return message.contains("patterns.yaml") && message.contains("lowerCrossed")
                && message.contains("hipFlexorz")
        }
    }

    @Test func malformedYAMLNamesTheFile() throws {
        let directory = try copyOfBundledKnowledge()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "- id: [unclosed".write(
            to: directory.appendingPathComponent("muscles.yaml"), atomically: true, encoding: .utf8)
        #expect {
            try KnowledgeBase.load(from: directory)
        } throws: { String(describing: $0).contains("muscles.yaml") }
    }

    @Test func duplicateIdsAndMissingSourcesAreRejected() throws {
        let directory = try copyOfBundledKnowledge()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tests = directory.appendingPathComponent("tests.yaml")
        var text = try String(contentsOf: tests, encoding: .utf8)
        text = text.replacingOccurrences(of: "- id: obersTest", with: "- id: kneeToWall")
        try text.write(to: tests, atomically: true, encoding: .utf8)
        #expect {
            try KnowledgeBase.load(from: directory)
        } throws: { String(describing: $0).contains("duplicate id") }
    }

    private func copyOfBundledKnowledge() throws -> URL {
        let source = bundledKnowledgeURL()
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("kb-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: target)
        return target
    }

    /// The Core target's resource folder in the source tree.
    private func bundledKnowledgeURL() -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Sources/RebalanceCore/Resources/knowledge")
    }
}
