import Foundation
import RebalanceCore
import Testing

/// Home-session reminders at the client's chosen time on their own clock, across daylight-saving changes.
@Suite("Home reminders")
struct HomeReminderPlanTests {
    static let losAngeles = TimeZone(identifier: "America/Los_Angeles")!

    static func instant(_ text: String) throws -> Date { try OffsetTimestamp.parse(text) }

    @Test func theReminderKeepsItsWallTimeAcrossDaylightSaving() throws {
        let plan = HomeReminderPlan(weekdays: Set(Weekday.allCases), minute: 18 * 60, zone: Self.losAngeles)
        // 6 pm is 01:00 UTC the next day in winter and 02:00 UTC in summer: the client's clock decides.
        #expect(
            plan.firstReminder(on: CalendarDay(year: 2026, month: 3, day: 7))
                == (try Self.instant("2026-03-07T18:00:00-08:00")))
        #expect(
            plan.firstReminder(on: CalendarDay(year: 2026, month: 3, day: 8))
                == (try Self.instant("2026-03-08T18:00:00-07:00")))
        #expect(
            plan.firstReminder(on: CalendarDay(year: 2026, month: 11, day: 1))
                == (try Self.instant("2026-11-01T18:00:00-08:00")))
        // 2:30 am does not exist on the spring-forward day: the reminder goes when the clock jumps to 3:00.
        let early = HomeReminderPlan(weekdays: [.sunday], minute: 150, zone: Self.losAngeles)
        #expect(
            early.firstReminder(on: CalendarDay(year: 2026, month: 3, day: 8))
                == (try Self.instant("2026-03-08T03:00:00-07:00")))
        // 1:30 am happens twice on the fall-back day: the first one.
        let night = HomeReminderPlan(weekdays: [.sunday], minute: 90, zone: Self.losAngeles)
        #expect(
            night.firstReminder(on: CalendarDay(year: 2026, month: 11, day: 1))
                == (try Self.instant("2026-11-01T01:30:00-07:00")))
    }

    @Test func onlyOnChosenDaysAndOnceMoreWhenNothingWasLogged() throws {
        let plan = HomeReminderPlan(weekdays: [.monday, .thursday], minute: 7 * 60, zone: Self.losAngeles)
        let monday = try Self.instant("2026-11-30T07:00:00-08:00")
        #expect(plan.due(at: monday.addingTimeInterval(-60), sent: 0, loggedToday: false) == nil)
        #expect(plan.due(at: monday, sent: 0, loggedToday: false)?.round == 1)
        #expect(plan.due(at: monday.addingTimeInterval(3600), sent: 1, loggedToday: false) == nil)
        #expect(plan.due(at: monday.addingTimeInterval(3 * 3600), sent: 1, loggedToday: false)?.round == 2)
        #expect(plan.due(at: monday.addingTimeInterval(3 * 3600), sent: 1, loggedToday: true) == nil)
        #expect(plan.due(at: monday.addingTimeInterval(4 * 3600), sent: 2, loggedToday: false) == nil)
        // Tuesday was not chosen.
        #expect(plan.due(at: monday.addingTimeInterval(86_400), sent: 0, loggedToday: false) == nil)
    }
}
