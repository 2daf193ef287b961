import Foundation
import RebalanceCore
import Testing

/// Programs stay safe for the body in front of the trainer: pregnancy positions, a sore knee or shoulder, the pain
/// the client has now rather than at intake, and no corrective phases when there is nothing to correct.
@Suite("Program safety across phases")
struct ProgramSafetyTests {
    static let lowerCrossed = findings(.measured("modifiedThomasHip", .left, 6), .measured("pelvicTilt", nil, 19))
    static let upperCrossed = findings(
        .measured("craniovertebralAngle", nil, 44), .measured("deepNeckFlexorEndurance", nil, 15))

    func exercises(_ program: CorrectiveProgram, _ kb: KnowledgeBase) -> [ExerciseDefinition] {
        program.phases.flatMap(\.exercises).compactMap { kb.exercisesByID[$0.exercise] }
    }

    @Test func afterTheFirstTrimesterNothingIsDoneLyingFlat() throws {
        let kb = try knowledge()
        var input = Self.lowerCrossed
        input.healthScreen = HealthScreen(pregnant: true, pregnancyWeeks: 16)
        let program = try ProgramGenerator(knowledge: kb).generate(for: input)
        for exercise in exercises(program, kb) {
            #expect(
                !(exercise.positions ?? []).contains(.supine) && !(exercise.positions ?? []).contains(.prone),
                "\(exercise.id)")
            #expect(
                !(exercise.demands ?? []).contains(.endRangeAbdominal)
                    && !(exercise.demands ?? []).contains(.heavyBracing),
                "\(exercise.id)")
        }
        #expect(program.substitutions.contains { $0.reason.contains("first trimester") })
        #expect(program.conditions?.contains(.pregnancyAfterFirstTrimester) == true)
        // In the first trimester lying on the back is still fine; heavy breath-holding is not.
        input.healthScreen = HealthScreen(pregnant: true, pregnancyWeeks: 10)
        let early = try ProgramGenerator(knowledge: kb).generate(for: input)
        #expect(exercises(early, kb).contains { ($0.positions ?? []).contains(.supine) })
        #expect(!exercises(early, kb).contains { ($0.demands ?? []).contains(.heavyBracing) })
    }

    @Test func aSoreKneeIsNotKneltOn() throws {
        let kb = try knowledge()
        var input = Self.lowerCrossed
        input.painAreas = [PainArea(region: .knee, side: .right, nprs: 4)]
        let program = try ProgramGenerator(knowledge: kb).generate(for: input)
        for exercise in exercises(program, kb) {
            #expect(
                !(exercise.positions ?? []).contains(.kneeling) && !(exercise.demands ?? []).contains(.deepKneeBend),
                "\(exercise.id)")
        }
        input.painAreas = [PainArea(region: .knee, side: .right, nprs: 2)]
        let mild = try ProgramGenerator(knowledge: kb).generate(for: input)
        #expect(exercises(mild, kb).contains { ($0.positions ?? []).contains(.kneeling) }, "2/10 is in the safe zone")
    }

    @Test func aPainfulShoulderStaysBelowShoulderHeight() throws {
        let kb = try knowledge()
        var input = Self.upperCrossed
        input.painAreas = [PainArea(region: .shoulder, side: .left, nprs: 5)]
        let program = try ProgramGenerator(knowledge: kb).generate(for: input)
        #expect(!exercises(program, kb).contains { ($0.demands ?? []).contains(.overhead) })
        // Anything no exercise can meet safely is said, never dropped.
        #expect(
            program.unaddressed.allSatisfy { $0.reason.contains("choose one in session") }, "\(program.unaddressed)")
    }

    @Test func withNothingToCorrectTheProgramStartsAtReinforce() throws {
        let program = try ProgramGenerator(knowledge: knowledge()).generate(
            for: findings(.measured("kneeToWall", .left, 12), .measured("kneeToWall", .right, 12)))
        #expect(program.phases.map(\.phase) == [.reinforce])
        #expect(!(program.phases.first?.exercises.isEmpty ?? true))
    }

    @Test func currentPainIsTheLatestRating() {
        let intake = [PainArea(region: .knee, side: .right, nprs: 6)]
        let logs = [
            SessionLog(
                date: CalendarDay(year: 2026, month: 6, day: 3),
                pain: [PainCheck(region: .knee, side: .right, before: 2)]),
            SessionLog(
                date: CalendarDay(year: 2026, month: 6, day: 1),
                pain: [PainCheck(region: .knee, side: .right, before: 4)]),
            SessionLog(
                date: CalendarDay(year: 2026, month: 6, day: 5),
                pain: [PainCheck(region: .shoulder, side: .left, after: 5)]),
        ]
        let now = CurrentPain.areas(intake: intake, logs: logs)
        #expect(
            now == [PainArea(region: .knee, side: .right, nprs: 2), PainArea(region: .shoulder, side: .left, nprs: 5)])
    }

    /// A shoulder that started hurting after the program was made rules its overhead drills out now.
    @Test func theProgramIsCheckedAgainstThePainOfToday() throws {
        let kb = try knowledge()
        let program = try ProgramGenerator(knowledge: kb).generate(for: Self.upperCrossed)
        let editor = ProgramEditor(knowledge: kb)
        let overheadPhase = try #require(
            program.phases.first { phase in
                phase.exercises.contains { kb.exercisesByID[$0.exercise]?.demands?.contains(.overhead) == true }
            })
        #expect(editor.ruledOut(phase: overheadPhase.phase, in: program, currentPain: program.painAreas).isEmpty)
        let sore = [PainArea(region: .shoulder, side: .right, nprs: 6)]
        let ruledOut = editor.ruledOut(phase: overheadPhase.phase, in: program, currentPain: sore)
        #expect(!ruledOut.isEmpty && ruledOut.allSatisfy { $0.reason.contains("shoulder pain") })
    }

    /// After an operation the program names the region and marks what loads it; it does not guess the surgeon's limits.
    @Test func aRecentOperationMarksTheExercisesThatLoadItsRegion() throws {
        let kb = try knowledge()
        let options = ProgramOptions(surgeryRegion: .knee)
        let program = try ProgramGenerator(knowledge: kb).generate(for: Self.lowerCrossed, options: options)
        let all = program.phases.flatMap(\.exercises)
        let marked = all.filter { $0.caution != nil }
        #expect(!marked.isEmpty && marked.allSatisfy { $0.caution?.contains("knee operation") == true })
        for exercise in all.compactMap({ kb.exercisesByID[$0.exercise] }) {
            #expect(exercise.avoidWhen?.contains(.recentSurgery) != true, "recentSurgery is implied: \(exercise.id)")
        }
        let unmarked = try ProgramGenerator(knowledge: kb).generate(for: Self.lowerCrossed)
        #expect(unmarked.phases.flatMap(\.exercises).allSatisfy { $0.caution == nil })
        #expect(ProgramTextReport().render(program).contains("careful: After the knee operation"))
    }

    /// Re-check criteria name a squat compensation in a trainer's words, never by its id.
    @Test func criteriaSayTheCompensationInWords() throws {
        let program = try ProgramGenerator(knowledge: knowledge()).generate(
            for: findings(.squat(.kneesValgus, .right), .measured("singleLegSquatFPPA", .right, 15)))
        let texts = program.phases.flatMap(\.progressionCriteria).map(\.description)
        #expect(texts.contains { $0.contains("was knees cave in") }, "\(texts)")
        #expect(!texts.contains { $0.contains("kneesValgus") })
    }

    @Test func everyPositionRuleHasASourceAndSomethingToAvoid() throws {
        for rule in try knowledge().safety.positionRules {
            #expect(!rule.source.isEmpty && !rule.reason.isEmpty, "\(rule.id)")
            #expect(!(rule.avoidPositions ?? []).isEmpty || !(rule.avoidDemands ?? []).isEmpty, "\(rule.id)")
            #expect(rule.when.condition != nil || rule.when.pain != nil, "\(rule.id)")
        }
    }
}
