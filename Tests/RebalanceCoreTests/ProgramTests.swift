import Foundation
import RebalanceCore
import Testing

/// The phased program generator: coverage of every named muscle, safety, time, kit, sides, order and refusals.
@Suite("Corrective programs")
struct ProgramTests {
    /// A case the program must fully answer, from the pattern scenarios and the public examples.
    struct ProgramCase: CustomTestStringConvertible, Sendable {
        let name: String
        let input: Case
        var testDescription: String { name }
    }

    static let cases: [ProgramCase] =
        PatternTests.triggering.map { ProgramCase(name: $0.name, input: $0.input) }
        + ["desk-worker-low-back.case.json", "runner-right-knee.case.json"].map { name in
            ProgramCase(
                name: name, input: (try? CaseReader(knowledge: KnowledgeBase.bundled()).read(example(name))) ?? Case())
        }

    @Test(arguments: cases)
    func everyNamedMuscleIsAddressedInTheRightPhaseAndRole(_ scenario: ProgramCase) throws {
        let kb = try knowledge()
        let assessment = AssessmentEngine(knowledge: kb).assess(scenario.input)
        #expect(!assessment.patterns.isEmpty)
        let program = try ProgramGenerator(knowledge: kb).generate(
            for: scenario.input, assessment: assessment, options: ProgramOptions())
        #expect(program.unaddressed.isEmpty, "\(program.unaddressed)")
        for muscle in assessment.underactive {
            #expect(program.trains(muscle.muscle, in: .reposition, roles: [.activate], kb), "activate \(muscle.muscle)")
            #expect(
                program.trains(muscle.muscle, in: .reeducate, roles: [.strengthen, .integrate], kb),
                "strengthen \(muscle.muscle)")
        }
        for muscle in assessment.overactive {
            #expect(
                program.trains(muscle.muscle, in: .reposition, roles: [.release, .lengthen], kb),
                "release \(muscle.muscle)")
        }
    }

    @Test(arguments: cases)
    func sessionsRunInMethodOrderAndStartWithBreathing(_ scenario: ProgramCase) throws {
        let program = try ProgramGenerator(knowledge: knowledge()).generate(for: scenario.input)
        #expect(program.phases.map(\.phase) == [.reposition, .reeducate, .reinforce])
        for phase in program.phases {
            let blocks = phase.exercises.map(\.block)
            #expect(blocks == blocks.sorted(), "\(phase.phase): \(blocks)")
            #expect(phase.exercises.allSatisfy { !$0.reasons.isEmpty })
        }
        #expect(program.phase(.reposition)?.exercises.first?.block == .breathing)
        let lifts = Set(program.phase(.reinforce)?.exercises.compactMap { try? movement(of: $0.exercise) } ?? [])
        #expect(lifts.isSuperset(of: [.squat, .hinge, .push, .pull]), "phase 3 is full-body: \(lifts)")
    }

    /// The client's version of each reason uses everyday names only: no clinical pattern name, no id.
    @Test(arguments: cases)
    func reasonsReadInTheClientsWords(_ scenario: ProgramCase) throws {
        let kb = try knowledge()
        let program = try ProgramGenerator(knowledge: kb).generate(for: scenario.input)
        let clinical = kb.patterns.filter { $0.name != $0.plainName }.map(\.name)
        for reason in program.phases.flatMap(\.exercises).flatMap(\.reasons) {
            let words = reason.plainWords(kb)
            #expect(!words.isEmpty && !words.hasSuffix(" "), "\(reason.text)")
            #expect(!clinical.contains { words.contains($0) }, "\(words)")
            #expect(words.range(of: #"\b[a-z]+[A-Z][a-zA-Z]*\b"#, options: .regularExpression) == nil, "\(words)")
            if reason.muscle != nil { #expect(words.contains("which tends to"), "\(words)") }
        }
    }

    @Test func theWeakerSideStartsAndGetsTheExtraSet() throws {
        let program = try ProgramGenerator(knowledge: knowledge()).generate(
            for: exampleCase("runner-right-knee.case.json"))
        let phase2 = try #require(program.phase(.reeducate))
        let gluteMed = phase2.exercises.filter { exercise in
            exercise.reasons.contains { $0.muscle == "gluteusMedius" && $0.side == .right }
        }
        let unilateral = try #require(gluteMed.first { $0.dosage.leadSide != nil })
        #expect(unilateral.dosage.leadSide == .right)
        #expect(unilateral.dosage.leadSideSets == unilateral.dosage.sets + 1)
        #expect(unilateral.dosage.summary.contains("right side first"))
    }

    @Test func aReferralGetsARefusalNotAProgram() throws {
        let input = try exampleCase("saddle-numbness.case.json")
        #expect {
            try ProgramGenerator(knowledge: knowledge()).generate(for: input)
        } throws: { error in
            guard case ProgramError.referralRequired(let reasons) = error else { return false }
            return reasons.contains { $0.id == "saddleNumbness" } && "\(error)".contains("clinician")
        }
    }

    @Test func optionsOutsideTheirRangesAreRejectedWithTheirPaths() throws {
        let options = ProgramOptions(sessionsPerWeek: 9, minutesPerSession: 5, level: 0)
        #expect(options.issues().map(\.path) == ["sessionsPerWeek", "minutesPerSession", "level"])
        #expect(throws: ProgramError.invalidOptions(options.issues())) {
            try ProgramGenerator(knowledge: knowledge()).generate(
                for: exampleCase("runner-right-knee.case.json"), options: options)
        }
    }

    @Test(arguments: [15, 20, 30, 45, 60, 90])
    func everySessionFitsItsMinutes(_ minutes: Int) throws {
        for scenario in Self.cases {
            let program = try ProgramGenerator(knowledge: knowledge())
                .generate(for: scenario.input, options: ProgramOptions(minutesPerSession: minutes))
            for phase in program.phases {
                #expect(phase.sessionMinutes <= minutes, "\(scenario.name) \(phase.phase): \(phase.sessionMinutes) min")
                #expect(phase.sessionMinutes == phase.exercises.reduce(0) { $0 + $1.minutes })
                #expect(phase.homePracticeMinutes <= 15)
            }
        }
    }

    @Test func aShortSessionSaysWhatDidNotFitInsteadOfDroppingIt() throws {
        let program = try ProgramGenerator(knowledge: knowledge())
            .generate(
                for: exampleCase("desk-worker-low-back.case.json"), options: ProgramOptions(minutesPerSession: 15))
        #expect(program.unaddressed.contains { $0.reason.contains("15-minute session") })
    }

    @Test(arguments: [Set<Equipment>(), [.band], [.dumbbell, .bench], [.foamRoller, .miniBand, .kettlebell]])
    func homeProgramsUseOnlyTheKitTheClientHas(_ kit: Set<Equipment>) throws {
        let allowed = kit.union(Equipment.everywhere)
        for scenario in Self.cases {
            let program = try ProgramGenerator(knowledge: knowledge())
                .generate(for: scenario.input, options: ProgramOptions(equipment: kit, setting: .home))
            for phase in program.phases {
                for exercise in phase.exercises {
                    #expect(
                        Set(exercise.equipment).isSubset(of: allowed),
                        "\(exercise.exercise) needs \(exercise.equipment)")
                }
                #expect(phase.schedule.days.allSatisfy { $0.activity != .studioSession })
            }
        }
    }

    @Test func studioHomePracticeUsesOnlyHomeKit() throws {
        let program = try ProgramGenerator(knowledge: knowledge())
            .generate(for: exampleCase("desk-worker-low-back.case.json"), options: ProgramOptions(sessionsPerWeek: 2))
        for phase in program.phases {
            for id in phase.homePractice {
                let exercise = try #require(phase.exercises.first { $0.exercise == id })
                #expect(Set(exercise.equipment).isSubset(of: Equipment.everywhere))
            }
            #expect(phase.schedule.days.filter { $0.activity == .studioSession }.count == 2)
            #expect(phase.schedule.days.count == 7)
        }
        #expect(program.phase(.reposition)?.homePractice.isEmpty == false)
    }

    @Test(arguments: [Region.knee, .lowBack, .shoulder, .neck, .wrist, .hip, .ankle])
    func noExerciseIsContraindicatedForThePainAreas(_ region: Region) throws {
        let kb = try knowledge()
        for nprs in [3, 5, 7, 9] {
            for scenario in Self.cases {
                var input = scenario.input
                input.painAreas.append(PainArea(region: region, side: .right, nprs: nprs))
                let program = try ProgramGenerator(knowledge: kb).generate(for: input)
                for exercise in program.phases.flatMap(\.exercises) {
                    let limits = kb.exercisesByID[exercise.exercise]?.avoidWhenPain ?? []
                    #expect(
                        !limits.contains { $0.region == region && nprs >= $0.minNprs },
                        "\(exercise.exercise) with \(region) \(nprs)")
                }
            }
        }
    }

    @Test func anUnsafeFirstChoiceIsSwappedAndTheSwapIsRecorded() throws {
        var input = try exampleCase("runner-right-knee.case.json")
        input.painAreas = [PainArea(region: .knee, side: .right, nprs: 8)]
        let program = try ProgramGenerator(knowledge: knowledge()).generate(for: input)
        #expect(!program.substitutions.isEmpty)
        for swap in program.substitutions {
            #expect(swap.reason.contains("knee pain"))
            if let replacement = swap.replacement {
                #expect(program.phases.flatMap(\.exercises).contains { $0.exercise == replacement })
            }
        }
    }

    @Test func unratedPainIsTreatedAsPossiblyAtTheLimit() throws {
        var input = try exampleCase("runner-right-knee.case.json")
        input.painAreas = [PainArea(region: .knee, side: .right, nprs: nil)]
        let kb = try knowledge()
        let program = try ProgramGenerator(knowledge: kb).generate(for: input)
        for exercise in program.phases.flatMap(\.exercises) {
            #expect(kb.exercisesByID[exercise.exercise]?.avoidWhenPain?.contains { $0.region == .knee } != true)
        }
    }

    @Test func pregnancyBeyond20WeeksRulesOutFlaggedExercises() throws {
        var input = try exampleCase("desk-worker-low-back.case.json")
        input.healthScreen = HealthScreen(pregnant: true, pregnancyWeeks: 26)
        let kb = try knowledge()
        let program = try ProgramGenerator(knowledge: kb).generate(for: input)
        for exercise in program.phases.flatMap(\.exercises) {
            #expect(kb.exercisesByID[exercise.exercise]?.avoidWhen?.contains(.pregnancyAfter20Weeks) != true)
        }
        #expect(program.cautions.contains { $0.id == "pregnancy" })
    }

    @Test func criteriaAreExplicitForEveryPhase() throws {
        let program = try ProgramGenerator(knowledge: knowledge()).generate(
            for: exampleCase("desk-worker-low-back.case.json"))
        for phase in program.phases {
            let kinds = Set(phase.progressionCriteria.map(\.kind))
            #expect(
                kinds.isSuperset(of: [.minimumWeeks, .pain, .adherence, .technique, .retest]),
                "\(phase.phase): \(kinds)")
            #expect(phase.progressionCriteria.contains { $0.kind == .pain && $0.maxNprs == 2 && $0.region == .lowBack })
            #expect(phase.progressionCriteria.contains { $0.kind == .adherence && $0.minPercent == 70 })
        }
        let thomas = try #require(
            program.phase(.reposition)?.progressionCriteria.first { $0.test == "modifiedThomasHip" })
        #expect(thomas.goal == .withinNorm || thomas.mdc != nil)
        #expect(thomas.baseline != nil)
    }

    @Test func allWithinNormGivesAGeneralBalancedProgram() throws {
        let program = try ProgramGenerator(knowledge: knowledge()).generate(for: exampleCase("within-norms.case.json"))
        #expect(program.focus.isEmpty)
        #expect(program.phases.allSatisfy { !$0.exercises.isEmpty })
        #expect(ProgramTextReport().render(program).contains("general balanced program"))
    }

    @Test func sameInputSameProgram() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for scenario in Self.cases {
            let first = try encoder.encode(ProgramGenerator(knowledge: knowledge()).generate(for: scenario.input))
            let second = try encoder.encode(ProgramGenerator(knowledge: knowledge()).generate(for: scenario.input))
            #expect(first == second)
            let decoded = try JSONDecoder().decode(CorrectiveProgram.self, from: first)
            #expect(try encoder.encode(decoded) == first, "a program survives a JSON round trip")
        }
    }

    @Test func requestsReportCaseAndOptionProblemsWithFullPaths() throws {
        let body = Data(
            (#"{"case": {"findings": [{"test": "kneeToWall", "side": "left", "value": 99}]}, "#
                + #""options": {"minutesPerSession": 500}}"#).utf8)
        #expect {
            try ProgramRequest.read(body, knowledge: knowledge())
        } throws: { error in
            guard let error = error as? CaseError else { return false }
            return error.issues.map(\.path) == ["case.findings[0].value", "options.minutesPerSession"]
        }
        let unknownKit = Data(#"{"case": {}, "options": {"equipment": ["trampoline"]}}"#.utf8)
        #expect(throws: CaseError.self) { try ProgramRequest.read(unknownKit, knowledge: knowledge()) }
    }
}

func exampleCase(_ name: String) throws -> Case {
    try CaseReader(knowledge: knowledge()).read(example(name))
}

private func movement(of id: ExerciseID) throws -> MovementPattern? {
    try knowledge().exercisesByID[id]?.movement
}

extension CorrectiveProgram {
    /// Whether a phase has an exercise working `muscle` in one of `roles`.
    func trains(
        _ muscle: MuscleID, in phase: ExerciseDefinition.Phase, roles: Set<ExerciseDefinition.Role>, _ kb: KnowledgeBase
    ) -> Bool {
        self.phase(phase)?.exercises.contains { kb.exercisesByID[$0.exercise]?.targets(muscle, in: roles) == true }
            == true
    }
}
