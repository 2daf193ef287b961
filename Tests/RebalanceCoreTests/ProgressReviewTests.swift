import Foundation
import RebalanceCore
import Testing

/// The phase-progression decision: criteria met, not met, mixed, pain flares, and exercise steps.
@Suite("Progress decisions")
struct ProgressReviewTests {
    static func program() throws -> CorrectiveProgram {
        try ProgramGenerator(knowledge: knowledge()).generate(for: exampleCase("runner-right-knee.case.json"))
    }

    static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    /// Sessions on the schedule's days for `weeks` weeks from 2026-11-02 (a Monday), each logging every exercise.
    static func faithfulLogs(
        _ phase: ProgramPhase, weeks: Int, rpe: Int = 6, technique: Bool = true, pain: (Int, Int) = (1, 1)
    ) -> [SessionLog] {
        let start = day("2026-11-02").ordinal
        let planned = phase.schedule.days.enumerated().filter { $0.element.activity != .rest }.map(\.offset)
        return (0..<weeks).flatMap { week in
            planned.map { offset in
                SessionLog(
                    date: CalendarDayText.from(ordinal: start + week * 7 + offset),
                    exercises: phase.exercises.map {
                        ExerciseLog(exercise: $0.exercise, setsDone: $0.dosage.sets, rpe: rpe, techniqueOK: technique)
                    },
                    pain: [PainCheck(region: .knee, side: .right, before: pain.0, after: pain.1)])
            }
        }
    }

    /// Re-test findings that put every impaired test of the runner back within norm.
    static let recovered: [Finding] = [
        .measured("yBalanceAnterior", .left, 64), .measured("yBalanceAnterior", .right, 63),
        .measured("singleLegSquatFPPA", .left, 6), .measured("singleLegSquatFPPA", .right, 8),
        Finding(test: "trendelenburg", side: .left, value: .boolean(false)),
        Finding(test: "trendelenburg", side: .right, value: .boolean(false)),
        .measured("sideBridgeEndurance", .left, 80), .measured("sideBridgeEndurance", .right, 79),
        .squat(OverheadSquatCompensation.none),
    ]

    @Test func allCriteriaMetMeansProgress() throws {
        let program = try Self.program()
        let phase = try #require(program.phase(.reeducate))
        let input = ProgressInput(
            phase: .reeducate, startedOn: Self.day("2026-11-02"), asOf: Self.day("2026-11-22"),
            sessions: Self.faithfulLogs(phase, weeks: 3), retest: Self.recovered)
        let review = try ProgressReviewer(knowledge: knowledge()).review(program, input: input)
        #expect(review.criteria.filter { $0.status != .met }.map(\.detail) == [])
        #expect(review.decision == .progress)
        #expect(review.flares.isEmpty)
    }

    @Test func phaseThreeMetMeansMaintain() throws {
        let program = try Self.program()
        let phase = try #require(program.phase(.reinforce))
        let input = ProgressInput(
            phase: .reinforce, startedOn: Self.day("2026-11-02"), asOf: Self.day("2026-11-30"),
            sessions: Self.faithfulLogs(phase, weeks: 4, rpe: 7), retest: Self.recovered)
        let review = try ProgressReviewer(knowledge: knowledge()).review(program, input: input)
        #expect(review.decision == .maintain, "\(review.criteria.filter { $0.status != .met })")
    }

    @Test func nothingLoggedMeansStayWithUnknowns() throws {
        let program = try Self.program()
        let review = try ProgressReviewer(knowledge: knowledge())
            .review(program, input: ProgressInput(phase: .reposition, startedOn: Self.day("2026-11-02")))
        #expect(review.decision == .stay)
        #expect(review.criteria.first { $0.kind == .minimumWeeks }?.status == .notMet)
        #expect(review.criteria.filter { $0.kind == .pain }.allSatisfy { $0.status == .unknown })
        #expect(review.adjustments.isEmpty)
    }

    @Test func mixedResultsNameWhatIsMissing() throws {
        let program = try Self.program()
        let phase = try #require(program.phase(.reeducate))
        var logs = Self.faithfulLogs(phase, weeks: 3, pain: (4, 4))
        logs.removeLast(logs.count / 2)  // half the plan: adherence falls below 70 %
        let input = ProgressInput(
            phase: .reeducate, startedOn: Self.day("2026-11-02"), asOf: Self.day("2026-11-22"), sessions: logs,
            retest: [.measured("singleLegSquatFPPA", .right, 16)])
        let review = try ProgressReviewer(knowledge: knowledge()).review(program, input: input)
        #expect(review.decision == .stay)
        let status = Dictionary(review.criteria.map { ($0.criterion, $0.status) }, uniquingKeysWith: { a, _ in a })
        #expect(status["weeks"] == .met)
        #expect(status["pain.knee.right"] == .notMet)
        #expect(status["adherence"] == .notMet)
        #expect(status["retest.singleLegSquatFPPA.finding.right"] == .notMet)
        #expect(status["retest.trendelenburg.finding.right"] == .unknown)
        #expect(review.summary.contains("not met yet"))
    }

    @Test func improvementBeyondTheMDCCountsEvenOutsideTheNorm() throws {
        let program = try Self.program()
        let criterion = try #require(
            program.phase(.reeducate)?.progressionCriteria.first {
                $0.test == "singleLegSquatFPPA" && $0.side == .right
            })
        #expect(criterion.goal == .withinNormOrImproved)
        let mdc = try #require(criterion.mdc)
        let baseline = try #require(criterion.baseline)
        let improved = ProgressInput(
            phase: .reeducate, startedOn: Self.day("2026-11-02"),
            retest: [.measured("singleLegSquatFPPA", .right, baseline - mdc)])
        let review = try ProgressReviewer(knowledge: knowledge()).review(program, input: improved)
        #expect(review.criteria.first { $0.criterion == criterion.id }?.status == .notMet || baseline - mdc <= 12)
        let barely = ProgressInput(
            phase: .reeducate, startedOn: Self.day("2026-11-02"),
            retest: [.measured("singleLegSquatFPPA", .right, baseline - mdc / 2)])
        let notEnough = try ProgressReviewer(knowledge: knowledge()).review(program, input: barely)
        #expect(notEnough.criteria.first { $0.criterion == criterion.id }?.status == .notMet)
    }

    @Test func aPainFlareRegressesTheExercisesThatLoadTheJoint() throws {
        let program = try Self.program()
        let phase = try #require(program.phase(.reeducate))
        var logs = Self.faithfulLogs(phase, weeks: 2)
        logs[logs.count - 1].pain = [PainCheck(region: .knee, side: .right, before: 2, after: 5)]
        let input = ProgressInput(phase: .reeducate, startedOn: Self.day("2026-11-02"), sessions: logs)
        let review = try ProgressReviewer(knowledge: knowledge()).review(program, input: input)
        #expect(review.decision == .regress)
        #expect(review.flares.first?.to == 5)
        let regressed = review.adjustments.filter { $0.action == .regress }
        #expect(!regressed.isEmpty)
        #expect(regressed.allSatisfy { $0.reason.contains("knee pain rose from 2 to 5") })
        for change in regressed {
            #expect(change.to == phase.exercises.first { $0.exercise == change.exercise }?.regression)
        }
    }

    @Test func painAboveTheAssessmentBaselineIsAFlareToo() throws {
        let program = try Self.program()
        let phase = try #require(program.phase(.reposition))
        let baseline = try #require(program.painAreas.first?.nprs)
        var logs = Self.faithfulLogs(phase, weeks: 1)
        logs[logs.count - 1].pain = [PainCheck(region: .knee, side: .right, before: baseline + 2)]
        let review = try ProgressReviewer(knowledge: knowledge())
            .review(
                program, input: ProgressInput(phase: .reposition, startedOn: Self.day("2026-11-02"), sessions: logs))
        #expect(review.decision == .regress)
    }

    @Test func twoEasyCleanSessionsProgressAnExercise() throws {
        let program = try Self.program()
        let phase = try #require(program.phase(.reeducate))
        let logs = Self.faithfulLogs(phase, weeks: 1, rpe: 5)
        let review = try ProgressReviewer(knowledge: knowledge())
            .review(program, input: ProgressInput(phase: .reeducate, startedOn: Self.day("2026-11-02"), sessions: logs))
        let progressed = review.adjustments.filter { $0.action == .progress }
        #expect(progressed.count == phase.exercises.count)
        let withNext = try #require(phase.exercises.first { $0.progression != nil })
        #expect(progressed.first { $0.exercise == withNext.exercise }?.to == withNext.progression)
        let hard = Self.faithfulLogs(phase, weeks: 1, rpe: 9)
        let tooHard = try ProgressReviewer(knowledge: knowledge())
            .review(program, input: ProgressInput(phase: .reeducate, startedOn: Self.day("2026-11-02"), sessions: hard))
        #expect(tooHard.adjustments.allSatisfy { $0.action == .regress && $0.reason.contains("RPE 9") })
    }

    @Test func badRetestFindingsAreRejectedWithRetestPaths() throws {
        let program = try Self.program()
        let input = ProgressInput(
            phase: .reposition, startedOn: Self.day("2026-11-02"), retest: [.measured("kneeToWall", .left, 400)])
        #expect {
            try ProgressReviewer(knowledge: knowledge()).review(program, input: input)
        } throws: { error in
            (error as? CaseError)?.issues.first?.path == "retest[0].value"
        }
    }

    @Test(arguments: [
        ("2026-11-25", 20_782), ("1970-01-01", 0), ("2024-02-29", 19_782), ("2000-03-01", 11_017),
    ])
    func calendarDaysCountExactly(_ text: String, _ ordinal: Int) throws {
        let day = try #require(CalendarDay(text))
        #expect(day.ordinal == ordinal)
        #expect(day.description == text)
        #expect(CalendarDayText.from(ordinal: ordinal) == day)
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "26-11-25", "2026-11-5", "", "2026-11-25T10:00"])
    func impossibleDatesAreRejected(_ text: String) {
        #expect(CalendarDay(text) == nil)
    }
}

/// Test helper: the calendar day of an ordinal, by search from a nearby guess.
enum CalendarDayText {
    static func from(ordinal: Int) -> CalendarDay {
        var year = 1970 + ordinal / 366
        while CalendarDay(String(format: "%04d-01-01", year + 1))!.ordinal <= ordinal { year += 1 }
        for month in 1...12 {
            for dayOfMonth in 1...31 {
                if let day = CalendarDay(String(format: "%04d-%02d-%02d", year, month, dayOfMonth)),
                    day.ordinal == ordinal
                {
                    return day
                }
            }
        }
        fatalError("no day for ordinal \(ordinal)")
    }
}
