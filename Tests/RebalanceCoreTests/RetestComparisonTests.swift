import Foundation
import RebalanceCore
import Testing

@Suite("Re-test comparison and outcome trends")
struct RetestComparisonTests {
    func comparison() throws -> RetestComparison {
        RetestComparison(engine: AssessmentEngine(knowledge: try knowledge()))
    }

    @Test func sameFindingsMeanNoChange() throws {
        let input = Case(findings: [.measured("kneeToWall", .left, 8), .measured("kneeToWall", .right, 12)])
        let rows = try comparison().compare(before: input, after: input)
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { ($0.change ?? 0) == 0 && $0.improved == nil && !$0.backWithinNorm })
    }

    @Test func changesAreJudgedAgainstTheMDCAndTheNorm() throws {
        let before = Case(findings: [
            .measured("kneeToWall", .left, 7), .measured("hipInternalRotation", .right, 25),
            .measured("singleLegSquatFPPA", .left, 18), .measured("modifiedThomasHip", .left, 10),
        ])
        let after = Case(findings: [
            .measured("kneeToWall", .left, 11), .measured("hipInternalRotation", .right, 28),
            .measured("singleLegSquatFPPA", .left, 8), .measured("shoulderFlexion", .left, 170),
            .measured("modifiedThomasHip", .left, 14),
        ])
        let rows = try comparison().compare(before: before, after: after)
        func row(_ test: String) throws -> RetestComparison.Row {
            try #require(rows.first { $0.test.rawValue == test && $0.kind == .finding })
        }
        // Knee to wall: 7 → 11 cm, +4 beats the MDC of 1.9 cm, and crosses the 10 cm norm.
        let knee = try row("kneeToWall")
        #expect(knee.change == 4 && knee.changeText == "+4 cm" && knee.beyondMeasurementError == true)
        #expect(
            knee.improved == true && knee.backWithinNorm && knee.beforeVerdict != .normal
                && knee.afterVerdict == .normal)
        // Hip internal rotation: +3° is within its 5.4° MDC: real-looking, but not beyond measurement error.
        let hip = try row("hipInternalRotation")
        #expect(hip.improved == true && hip.beyondMeasurementError == false && !hip.backWithinNorm)
        // Knee valgus angle: lower is better.
        let fppa = try row("singleLegSquatFPPA")
        #expect(fppa.change == -10 && fppa.improved == true && fppa.beyondMeasurementError == true)
        // Thomas test: a higher thigh angle is worse, and there is no MDC on file.
        let thomas = try row("modifiedThomasHip")
        #expect(thomas.improved == false && thomas.beyondMeasurementError == nil)
        // Measured only once: not compared.
        #expect(!rows.contains { $0.test == "shoulderFlexion" })
    }

    @Test func squatCompensationsResolveOrAppear() throws {
        let before = Case(findings: [.squat(.kneesValgus, .left), .squat(.feetTurnOut)])
        let after = Case(findings: [.squat(.feetTurnOut), .squat(.forwardHead)])
        let rows = try comparison().compare(before: before, after: after).filter { $0.test == "overheadSquat" }
        #expect(rows.map(\.changeText).sorted() == ["new", "no change", "resolved"])
        let resolved = try #require(rows.first { $0.changeText == "resolved" })
        #expect(resolved.side == .left && resolved.improved == true && resolved.backWithinNorm)
        #expect(
            try comparison().compare(before: before, after: Case(findings: [.squat(.none)])).filter {
                $0.test == "overheadSquat"
            }.count == 2)
        #expect(try comparison().compare(before: before, after: Case(findings: [])).isEmpty)
    }

    @Test func asymmetriesShrinkingIsImprovement() throws {
        let before = Case(findings: [.measured("kneeToWall", .left, 6), .measured("kneeToWall", .right, 12)])
        let after = Case(findings: [.measured("kneeToWall", .left, 11), .measured("kneeToWall", .right, 12)])
        let rows = try comparison().compare(before: before, after: after)
        let asymmetry = try #require(rows.first { $0.kind == .asymmetry })
        #expect(asymmetry.improved == true && asymmetry.mdc == nil)
    }

    @Test func painTrendsKnowMeaningfulChange() throws {
        func points(_ values: [Double]) throws -> [OutcomeTrend.Point] {
            try values.enumerated().map { index, value in
                OutcomeTrend.Point(date: try #require(CalendarDay("2026-11-01")).adding(days: index * 7), value: value)
            }
        }
        #expect(OutcomeTrend.pain(try points([6, 5, 4])).meaningfulImprovement)
        #expect(OutcomeTrend.pain(try points([3, 2])).meaningfulImprovement)  // one point, but 33 %
        #expect(!OutcomeTrend.pain(try points([7, 6])).meaningfulImprovement)  // one point, 14 %
        let back = OutcomeTrend.pain(try points([5, 3, 3, 5]))
        #expect(!back.meaningfulImprovement && !back.meaningfulWorsening && back.change == 0)
        #expect(OutcomeTrend.pain(try points([2, 5])).meaningfulWorsening)
        #expect(OutcomeTrend.pain([]).latest == nil)
        #expect(OutcomeTrend.function(try points([3.5, 5.5])).meaningfulImprovement)
        #expect(!OutcomeTrend.function(try points([3.5, 5])).meaningfulImprovement)
        // Out of order input is read in date order.
        #expect(OutcomeTrend.pain(try points([6, 4]).reversed()).change == -2)
    }

    @Test func painSeriesFollowEachSite() throws {
        let day = try #require(CalendarDay("2026-11-02"))
        let sessions = [
            SessionLog(
                date: day, exercises: [],
                pain: [
                    PainCheck(region: .knee, side: .right, before: 5, after: 4), PainCheck(region: .lowBack, before: 3),
                ]),
            SessionLog(
                date: day.adding(days: 3), exercises: [], pain: [PainCheck(region: .knee, side: .right, after: 3)]),
        ]
        let series = OutcomeTrend.painSeries(sessions)
        // Each session's latest rating: after exercise when it was taken.
        #expect(series[OutcomeTrend.Site(region: .knee, side: .right)]?.map(\.value) == [4, 3])
        #expect(series[OutcomeTrend.Site(region: .lowBack, side: .both)]?.count == 1)
        #expect(OutcomeTrend.Site(region: .knee, side: .right).plainName == "right knee")
    }

    /// One rule for a flare: within a session, or against the previous rating (or the intake rating).
    @Test func flaresAreRisesWithinOrBetweenSessions() throws {
        let day = try #require(CalendarDay("2026-11-02"))
        let intake = [PainArea(region: .knee, side: .right, nprs: 3)]
        let within = [SessionLog(date: day, pain: [PainCheck(region: .knee, side: .right, before: 3, after: 6)])]
        #expect(
            PainFlares.detect(within, baseline: intake) == [
                PainFlare(date: day, region: .knee, side: .right, from: 3, to: 6)
            ])
        let between = [
            SessionLog(date: day, pain: [PainCheck(region: .knee, side: .right, before: 3, after: 3)]),
            SessionLog(date: day.adding(days: 3), pain: [PainCheck(region: .knee, side: .right, before: 5)]),
        ]
        #expect(PainFlares.detect(between, baseline: intake).map(\.to) == [5])
        let fromIntake = [SessionLog(date: day, pain: [PainCheck(region: .knee, side: .right, before: 5)])]
        #expect(PainFlares.detect(fromIntake, baseline: intake).map(\.from) == [3])
        let settling = [SessionLog(date: day, pain: [PainCheck(region: .knee, side: .right, before: 4, after: 2)])]
        #expect(PainFlares.detect(settling, baseline: intake).isEmpty)
    }
}
