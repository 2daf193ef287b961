import Foundation
import RebalanceCore
import Testing

/// The exercise library: size, coverage of every named muscle, reachability, the method's drills, and safe links.
@Suite("Exercise library")
struct ExerciseLibraryTests {
    @Test func hasAtLeastEightyCompleteExercises() throws {
        let kb = try knowledge()
        #expect(kb.exercises.count >= 80)
        for exercise in kb.exercises {
            #expect((2...4).contains(exercise.cues.count), "\(exercise.id) cues")
            #expect(!exercise.faults.isEmpty, "\(exercise.id) faults")
            #expect(exercise.setup.count > 30, "\(exercise.id) setup")
            #expect(!exercise.equipment.isEmpty, "\(exercise.id) equipment")
        }
    }

    @Test func everyMuscleIsWorkedInEachRoleTheMethodNeeds() throws {
        let kb = try knowledge()
        let underactive = Set(kb.patterns.flatMap(\.underactive) + kb.compensations.flatMap(\.underactive))
        let overactive = Set(kb.patterns.flatMap(\.overactive) + kb.compensations.flatMap(\.overactive))
        func exists(_ muscle: MuscleID, _ phase: ExerciseDefinition.Phase, _ roles: Set<ExerciseDefinition.Role>)
            -> Bool
        {
            kb.exercises.contains { $0.phases.contains(phase) && $0.targets(muscle, in: roles) }
        }
        for muscle in underactive {
            #expect(exists(muscle, .reposition, [.activate]), "activate \(muscle)")
            #expect(exists(muscle, .reeducate, [.strengthen, .integrate]), "strengthen \(muscle)")
        }
        for muscle in overactive {
            #expect(exists(muscle, .reposition, [.release, .lengthen]), "release \(muscle)")
        }
        let targeted = Set(kb.exercises.flatMap { $0.targets.map(\.muscle) })
        #expect(Set(kb.muscles.map(\.id)).subtracting(targeted).isEmpty)
    }

    /// An exercise no pattern, compensation or full-body slot can ever choose is dead weight.
    @Test func everyExerciseIsReachableBySomePattern() throws {
        let kb = try knowledge()
        let named = Set(
            kb.patterns.flatMap { $0.overactive + $0.underactive }
                + kb.compensations.flatMap { $0.overactive + $0.underactive })
        let slots: Set<MovementPattern> = [
            .breathing, .squat, .hinge, .lunge, .push, .pull, .carry, .antiRotation, .antiExtension, .lateralStability,
        ]
        for exercise in kb.exercises {
            let reachable = exercise.targets.contains { named.contains($0.muscle) } || slots.contains(exercise.movement)
            #expect(reachable, "\(exercise.id)")
        }
    }

    @Test(arguments: [
        "ninetyNinetyWallBreathing", "ninetyNinetyHipLift", "openBook", "singleLegRdl", "splitSquatBodyweight",
        "deadBug", "birdDog", "sidePlank", "bandPullApart", "wallSlide", "supineChinTuck", "tibialisRaise",
        "quadrupedThoracicRotation", "footTripodDrill",
        "shortFoot", "standingCalfStretch", "bentKneeSoleusStretch", "copenhagenShortLever",
        "gluteBridge", "clamshell", "lateralBandWalk", "pallofPressHalfKneeling", "lateralStepDown", "suitcaseCarry",
    ])
    func theMethodsSignatureDrillsAreThere(_ id: String) throws {
        #expect(try knowledge().exercisesByID[ExerciseID(id)] != nil)
    }

    @Test func regressionsAndProgressionsLeadSomewhereEasierOrHarder() throws {
        let kb = try knowledge()
        for exercise in kb.exercises {
            if let id = exercise.progression, let next = kb.exercisesByID[id] {
                #expect(next.level >= exercise.level, "\(exercise.id) → \(id)")
            }
            if let id = exercise.regression, let previous = kb.exercisesByID[id] {
                #expect(previous.level <= exercise.level, "\(exercise.id) ← \(id)")
            }
        }
    }

    @Test func aDanglingOrCircularLinkFailsTheLoad() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kb-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: try #require(KnowledgeBase.bundledDirectory), to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("exercises.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        try original.replacingOccurrences(of: "progression: gobletSquat", with: "progression: gobletSquatz")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect { try KnowledgeBase.load(from: directory) } throws: { "\($0)".contains("gobletSquatz") }
        try original.replacingOccurrences(
            of: "  regression: null\n  progression: ninetyNinetyHipLift",
            with: "  regression: ninetyNinetyHipLift\n  progression: ninetyNinetyHipLift"
        )
        .write(to: file, atomically: true, encoding: .utf8)
        #expect { try KnowledgeBase.load(from: directory) } throws: { "\($0)".contains("cycle") }
    }
}
