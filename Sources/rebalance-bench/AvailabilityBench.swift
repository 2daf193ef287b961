import Foundation
import RebalanceCore

/// Availability for 90 days for 5 trainers with 2,000 existing bookings, the shape the booking issue names.
enum AvailabilityBench {
    /// Builds the diary once, then times `runs` computations of the 90-day slot list.
    static func measure(runs: Int = 200) -> (times: [Double], slots: Int) {
        guard let zone = TimeZone(identifier: "America/Los_Angeles") else { return ([], 0) }
        let timing = SessionTiming(
            durationMinutes: 60, bufferAfterMinutes: 10, minimumNoticeMinutes: 720, horizonDays: 120,
            slotStepMinutes: 15)
        let now = WallClock.instant(
            of: CalendarDay(year: 2026, month: 11, day: 2), minute: 6 * 60, in: zone, occurrence: .earliest)
        let weekday = (try? LocalTimeRange.parseList("06:00-12:00, 13:00-21:00")) ?? []
        let saturday = (try? LocalTimeRange.parseList("08:00-14:00")) ?? []
        var weekly: [Weekday: [LocalTimeRange]] = [.saturday: saturday]
        for day in [Weekday.monday, .tuesday, .wednesday, .thursday, .friday] { weekly[day] = weekday }
        let today = WallClock.day(of: now, in: zone)
        // 2,000 bookings spread over the trainers and the 90 days: 400 each, deterministic.
        var trainers: [TrainerSchedule] = []
        var generator = SplitMix(seed: 2026)
        for index in 0..<5 {
            var busy: [TimeSpan] = []
            while busy.count < 400 {
                let day = today.adding(days: Int.random(in: 0..<90, using: &generator))
                guard let ranges = weekly[day.weekday], let range = ranges.randomElement(using: &generator) else {
                    continue
                }
                let minute =
                    range.startMinute + 15
                    * Int.random(in: 0..<max(1, (range.endMinute - range.startMinute - 60) / 15), using: &generator)
                busy.append(
                    timing.blocked(
                        startingAt: WallClock.instant(of: day, minute: minute, in: zone, occurrence: .earliest)))
            }
            let exceptions = [today.adding(days: 10 + index): [LocalTimeRange]()]
            trainers.append(
                TrainerSchedule(trainerID: "trainer-\(index)", weekly: weekly, exceptions: exceptions, busy: busy))
        }
        let window = TimeSpan(
            start: WallClock.startOfDay(today, in: zone), end: WallClock.startOfDay(today.adding(days: 90), in: zone))
        let availability = Availability(timing: timing, studioZone: zone, now: now)
        var slots = 0
        let times = (0..<runs).map { _ in
            Bench.measure { slots = availability.openSlots(in: window, trainers: trainers).count }
        }
        return (times, slots)
    }
}
