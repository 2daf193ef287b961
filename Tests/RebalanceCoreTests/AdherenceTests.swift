import RebalanceCore
import Testing

/// Adherence: days logged against days planned, the same for the phase criterion and every page.
@Suite("Adherence")
struct AdherenceTests {
    static let start = CalendarDay(year: 2026, month: 11, day: 1)

    static func logs(_ days: [Int]) -> [SessionLog] {
        days.map { SessionLog(date: start.adding(days: $0), activity: .homePractice) }
    }

    @Test func daysLoggedAgainstDaysPlanned() throws {
        // Four training days a week; a 7-day window plans 4 and one day with two logs counts once.
        let share = try #require(
            Adherence.over(
                7, upTo: Self.start.adding(days: 13), since: Self.start, trainingDaysPerWeek: 4,
                logs: Self.logs([7, 8, 8, 10])))
        #expect(share.done == 3 && share.planned == 4 && share.days == 7 && share.percent == 75)
        // The window starts no earlier than the phase, and logs after the day asked about do not count.
        let early = try #require(
            Adherence.over(
                30, upTo: Self.start.adding(days: 6), since: Self.start, trainingDaysPerWeek: 7,
                logs: Self.logs([0, 1, 9])))
        #expect(early.days == 7 && early.planned == 7 && early.done == 2)
        #expect(Adherence.over(7, upTo: Self.start, since: Self.start, trainingDaysPerWeek: 0, logs: []) == nil)
    }

    @Test func moreDoneThanPlannedIsStillAHundred() throws {
        let share = try #require(
            Adherence.over(
                7, upTo: Self.start.adding(days: 6), since: Self.start, trainingDaysPerWeek: 2,
                logs: Self.logs(Array(0...6))))
        #expect(share.percent == 100)
    }

    @Test func slippingMeansTwentyPointsBelowTheMonthBefore() {
        let asOf = Self.start.adding(days: 37)
        // Every planned day for a month, then one day in the last week: slipping.
        let steady = Self.logs(Array(0...30))
        #expect(
            Adherence.isSlipping(upTo: asOf, since: Self.start, trainingDaysPerWeek: 7, logs: steady + Self.logs([33])))
        // Keeping up: not slipping; a phase that began this week cannot be judged yet.
        #expect(
            !Adherence.isSlipping(upTo: asOf, since: Self.start, trainingDaysPerWeek: 7, logs: Self.logs(Array(0...37)))
        )
        #expect(!Adherence.isSlipping(upTo: asOf, since: asOf.adding(days: -3), trainingDaysPerWeek: 7, logs: []))
    }
}
