import Foundation
import RebalanceCore
import Testing

@Suite("Wall clock across daylight-saving changes")
struct WallClockTests {
    let la = TestClock.losAngeles

    @Test func anOrdinaryWallTimeHasOneInstant() {
        let day = TestClock.day("2026-12-03")
        let early = WallClock.instant(of: day, minute: 9 * 60, in: la, occurrence: .earliest)
        let late = WallClock.instant(of: day, minute: 9 * 60, in: la, occurrence: .latest)
        #expect(early == TestClock.at("2026-12-03T17:00:00Z"))
        #expect(early == late)
        #expect(WallClock.day(of: early, in: la) == day)
        #expect(WallClock.minuteOfDay(of: early, in: la) == 540)
    }

    @Test func aSkippedWallTimeLandsWhereTheClockJumped() {
        // 2026-03-08: Los Angeles jumps from 02:00 PST to 03:00 PDT at 10:00 UTC.
        let day = TestClock.day("2026-03-08")
        for occurrence in [WallClock.Occurrence.earliest, .latest] {
            #expect(
                WallClock.instant(of: day, minute: 150, in: la, occurrence: occurrence)
                    == TestClock.at("2026-03-08T10:00:00Z"))
        }
        #expect(
            WallClock.instant(of: day, minute: 90, in: la, occurrence: .earliest)
                == TestClock.at("2026-03-08T09:30:00Z"))
        #expect(
            WallClock.instant(of: day, minute: 210, in: la, occurrence: .earliest)
                == TestClock.at("2026-03-08T10:30:00Z"))
    }

    @Test func aRepeatedWallTimeHasTwoInstants() {
        // 2026-11-01: 01:00–02:00 happens first in PDT (UTC−7), then again in PST (UTC−8).
        let day = TestClock.day("2026-11-01")
        #expect(
            WallClock.instant(of: day, minute: 90, in: la, occurrence: .earliest)
                == TestClock.at("2026-11-01T08:30:00Z"))
        #expect(
            WallClock.instant(of: day, minute: 90, in: la, occurrence: .latest) == TestClock.at("2026-11-01T09:30:00Z"))
    }

    @Test func europeanTransitionsToo() {
        let london = TestClock.london
        #expect(
            WallClock.instant(of: TestClock.day("2026-03-29"), minute: 90, in: london, occurrence: .earliest)
                == TestClock.at("2026-03-29T01:00:00Z"))
        #expect(
            WallClock.instant(of: TestClock.day("2026-10-25"), minute: 90, in: london, occurrence: .earliest)
                == TestClock.at("2026-10-25T00:30:00Z"))
        #expect(
            WallClock.instant(of: TestClock.day("2026-10-25"), minute: 90, in: london, occurrence: .latest)
                == TestClock.at("2026-10-25T01:30:00Z"))
    }

    @Test func daysAndMinutesReadBackInAnyZone() {
        let instant = TestClock.at("2026-12-03T17:00:00Z")
        #expect(WallClock.day(of: instant, in: TestClock.tokyo) == TestClock.day("2026-12-04"))
        #expect(WallClock.minuteOfDay(of: instant, in: TestClock.tokyo) == 2 * 60)
        #expect(WallClock.day(of: instant, in: TestClock.london) == TestClock.day("2026-12-03"))
    }

    @Test func calendarDaysCountAndNameWeekdays() {
        #expect(TestClock.day("2026-11-25").weekday == .wednesday)
        #expect(TestClock.day("1970-01-01").weekday == .thursday)
        #expect(TestClock.day("2026-12-31").adding(days: 1) == TestClock.day("2027-01-01"))
        #expect(TestClock.day("2028-02-28").adding(days: 1) == TestClock.day("2028-02-29"))
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDay(ordinal: ordinal).ordinal == ordinal)
        }
    }
}
