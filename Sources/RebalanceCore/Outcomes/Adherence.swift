/// How much of the planned training was done: days with any logged session (studio or home) against the days the
/// program's week plans, over a window of days. One computation for the phase criterion, the trainer's pages and
/// the client's own.
public struct Adherence: Sendable, Equatable {
    /// Days with at least one logged session in the window.
    public let done: Int
    /// Training days the week plans over the window, pro rata.
    public let planned: Int
    /// Days the window covered (fewer than asked when the phase began inside it).
    public let days: Int

    /// Done as a share of planned, capped at 100.
    public var percent: Int { planned == 0 ? 0 : min(100, done * 100 / planned) }

    /// Over the `window` days up to and including `asOf`, counting from `startedOn` at the earliest; `nil` when the
    /// window holds no day of the phase or the week plans no training.
    public static func over(
        _ window: Int, upTo asOf: CalendarDay, since startedOn: CalendarDay, trainingDaysPerWeek: Int,
        logs: [SessionLog]
    ) -> Adherence? {
        let start = max(startedOn.ordinal, asOf.ordinal - window + 1)
        let days = asOf.ordinal - start + 1
        let planned = (trainingDaysPerWeek * days + 6) / 7
        guard days > 0, planned > 0 else { return nil }
        let done = Set(logs.filter { $0.date.ordinal >= start && $0.date <= asOf }.map(\.date)).count
        return Adherence(done: done, planned: planned, days: days)
    }

    /// The last 7 days against the 30 before them: slipping when the share done fell by `points` or more. Needs a
    /// full week now and a full week before it to judge.
    public static func isSlipping(
        upTo asOf: CalendarDay, since startedOn: CalendarDay, trainingDaysPerWeek: Int, logs: [SessionLog],
        points: Int = 20
    ) -> Bool {
        guard
            let recent = over(7, upTo: asOf, since: startedOn, trainingDaysPerWeek: trainingDaysPerWeek, logs: logs),
            recent.days == 7,
            let before = over(
                30, upTo: asOf.adding(days: -7), since: startedOn, trainingDaysPerWeek: trainingDaysPerWeek,
                logs: logs),
            before.days >= 7
        else { return false }
        return before.percent - recent.percent >= points
    }
}
