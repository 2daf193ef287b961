import Foundation
import Testing

@testable import RebalanceCore

/// The hand-rolled day and time text must read exactly as the platform's own US-English formatter would.
struct BookingTimeTextTests {
    private func formatted(_ instant: Date, _ zone: TimeZone, _ format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US")
        formatter.timeZone = zone
        formatter.dateFormat = format
        return formatter.string(from: instant)
    }

    @Test func daysReadAsTheFormatterWouldAcrossYearsAndLeapDays() {
        var day = CalendarDay(year: 2023, month: 12, day: 25)
        while day < CalendarDay(year: 2028, month: 3, day: 5) {
            let noon = WallClock.instant(of: day, minute: 720, in: .gmt, occurrence: .earliest)
            #expect(BookingTimeText.day(day) == formatted(noon, .gmt, "EEEE, MMMM d, yyyy"))
            #expect(BookingTimeText.month(day) == formatted(noon, .gmt, "MMMM yyyy"))
            day = day.adding(days: 3)
        }
    }

    @Test(arguments: [TestClock.losAngeles, TestClock.tokyo])
    func timesReadAsTheFormatterWouldThroughDaylightSavingChanges(_ zone: TimeZone) {
        // Every 37 minutes over both 2026 clock changes in Los Angeles,
        // so each minute of the hour and both sides show up.
        let first = WallClock.startOfDay(CalendarDay(year: 2026, month: 3, day: 7), in: zone)
        let steps = 60 * 24 * 3 / 37
        let fallBack: TimeInterval = 238 * 86_400
        for step in 0..<steps {
            for offset in [0, fallBack] {
                let instant = first.addingTimeInterval(TimeInterval(step * 37 * 60) + offset)
                #expect(BookingTimeText.time(instant, in: zone) == formatted(instant, zone, "h:mm a"))
                #expect(
                    BookingTimeText.dayAndTime(instant, in: zone) == formatted(instant, zone, "EEE, MMM d") + " · "
                        + formatted(instant, zone, "h:mm a zzz"))
                #expect(
                    BookingTimeText.dateAndTime(instant, in: zone) == formatted(instant, zone, "MMM d, yyyy, h:mm a"))
            }
        }
    }
}
