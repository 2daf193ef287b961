import Foundation
import RebalanceCore
import Testing

@Suite("Program editor")
struct ProgramEditorTests {
    func program(pain: [PainArea] = []) throws -> (CorrectiveProgram, ProgramEditor) {
        let kb = try knowledge()
        var input = try exampleCase("runner-right-knee.case.json")
        if !pain.isEmpty { input.painAreas = pain }
        let generator = ProgramGenerator(engine: AssessmentEngine(knowledge: kb))
        return (try generator.generate(for: input, options: ProgramOptions()), ProgramEditor(knowledge: kb))
    }

    @Test func swapsKeepTheReasonAndTheLeadSide() throws {
        let (program, editor) = try program()
        let phase = try #require(program.phase(.reeducate))
        // A regression may step back into an earlier phase's drill.
        let index = try #require(phase.exercises.firstIndex { $0.regression != nil })
        let original = phase.exercises[index]
        let (edited, change) = try editor.apply(
            .swap(to: try #require(original.regression)), phase: .reeducate, index: index, to: program)
        let swapped = try #require(edited.phase(.reeducate)?.exercises[index])
        #expect(
            swapped.exercise == original.regression && swapped.reasons == original.reasons
                && swapped.block == original.block)
        #expect(swapped.dosage.leadSide == original.dosage.leadSide)
        #expect(change.hasPrefix("Swapped \(original.name) for \(swapped.name)"))
        #expect(edited.phase(.reposition) == program.phase(.reposition))
    }

    @Test func swapOptionsAreSafeAndStartWithRegressionAndProgression() throws {
        let (program, editor) = try program()
        let phase = try #require(program.phase(.reeducate))
        for index in phase.exercises.indices {
            let options = editor.swapOptions(phase: .reeducate, index: index, in: program)
            #expect(!options.contains { $0.exercise == phase.exercises[index].exercise })
            if let regression = phase.exercises[index].regression,
                options.contains(where: { $0.exercise == regression })
            {
                #expect(options.first?.exercise == regression)
            }
            for option in options {
                #expect(
                    (try? editor.apply(.swap(to: option.exercise), phase: .reeducate, index: index, to: program))
                        != nil, "\(option.name)")
            }
        }
    }

    @Test func unsafeOrMisplacedSwapsAreRefused() throws {
        let (program, editor) = try program(pain: [PainArea(region: .knee, side: .right, nprs: 8)])
        let kb = try knowledge()
        let phase = try #require(program.phase(.reinforce))
        // An exercise the knee pain rules out is refused with the reason.
        let unsafe = try #require(
            kb.exercises.first { exercise in
                exercise.phases.contains(.reinforce)
                    && (exercise.avoidWhenPain ?? []).contains { $0.region == .knee && $0.minNprs <= 8 }
            })
        #expect(throws: ProgramEditError.self) {
            try editor.apply(.swap(to: unsafe.id), phase: .reinforce, index: 0, to: program)
        }
        let elsewhere = try #require(kb.exercises.first { !$0.phases.contains(.reinforce) })
        #expect(throws: ProgramEditError.notInPhase(elsewhere.name)) {
            try editor.apply(.swap(to: elsewhere.id), phase: .reinforce, index: 0, to: program)
        }
        #expect(throws: ProgramEditError.noSuchExercise("nope")) {
            try editor.apply(.swap(to: "nope"), phase: .reinforce, index: 0, to: program)
        }
        #expect(throws: ProgramEditError.self) {
            try editor.apply(.move(by: -1), phase: .reinforce, index: 0, to: program)
        }
        #expect(throws: ProgramEditError.self) {
            try editor.apply(.note(""), phase: .reinforce, index: phase.exercises.count, to: program)
        }
    }

    @Test func dosageMovesAndNotes() throws {
        let (program, editor) = try program()
        let dose = ProgramDoseChange(
            sets: 4, reps: 6, holdSeconds: nil, tempo: "3-1-1-0", restSeconds: 90, effort: "RPE 7")
        let (dosed, change) = try editor.apply(.dose(dose), phase: .reinforce, index: 0, to: program)
        let first = try #require(dosed.phase(.reinforce)?.exercises.first)
        #expect(
            first.dosage.sets == 4 && first.dosage.reps == 6 && first.dosage.tempo == "3-1-1-0"
                && change.contains("to 4 × 6"))
        for bad in [
            ProgramDoseChange(sets: 0, reps: 6, holdSeconds: nil, tempo: nil, restSeconds: 60, effort: "RPE 6"),
            ProgramDoseChange(sets: 3, reps: 6, holdSeconds: 30, tempo: nil, restSeconds: 60, effort: "RPE 6"),
            ProgramDoseChange(sets: 3, reps: 6, holdSeconds: nil, tempo: "slow", restSeconds: 60, effort: "RPE 6"),
            ProgramDoseChange(sets: 3, reps: nil, holdSeconds: nil, tempo: nil, restSeconds: 60, effort: "RPE 6"),
        ] {
            #expect(throws: ProgramEditError.self) {
                try editor.apply(.dose(bad), phase: .reinforce, index: 0, to: program)
            }
        }
        let names = try #require(program.phase(.reinforce)).exercises.map(\.name)
        let (moved, _) = try editor.apply(.move(by: 1), phase: .reinforce, index: 0, to: program)
        #expect(moved.phase(.reinforce)?.exercises.map(\.name) == [names[1], names[0]] + names.dropFirst(2))
        let (noted, _) = try editor.apply(.note("Keep the band light"), phase: .reinforce, index: 0, to: program)
        #expect(noted.phase(.reinforce)?.exercises.first?.note == "Keep the band light")
        let roundTrip = try JSONDecoder().decode(CorrectiveProgram.self, from: JSONEncoder().encode(noted))
        #expect(roundTrip == noted)
    }
}
