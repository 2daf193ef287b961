import Foundation
import RebalanceCore
import Testing

/// The two 2026 transitions in Los Angeles (March 8 and November 1) and in London, and a whole year.
@Suite("Slots across daylight-saving changes")
struct DaylightSavingSlotTests {
    let la = TestClock.losAngeles
    let timing = SessionTiming(durationMinutes: 60, horizonDays: 365)

    func slots(on text: String, hours: String, zone: TimeZone? = nil) -> [Slot] {
        let zone = zone ?? la
        let day = TestClock.day(text)
        let availability = Availability(timing: timing, studioZone: zone, now: TestClock.at("2026-01-01T00:00:00Z"))
        return availability.openSlots(in: TestClock.window(day, in: zone), trainers: [TestClock.everyDay(hours)])
    }

    @Test func springForwardSkipsTheMissingHour() {
        // 00:00 PST to 06:00 PDT is five real hours.
        let slots = slots(on: "2026-03-08", hours: "00:00-06:00")
        #expect(
            TestClock.wallTimes(slots, in: la) == [
                "00:00", "00:30", "01:00", "01:30", "03:00", "03:30", "04:00", "04:30", "05:00",
            ])
        #expect(Set(slots.map(\.start)).count == slots.count)
        #expect(slots.allSatisfy { $0.end.timeIntervalSince($0.start) == 3600 })
    }

    @Test func aRangeStartingInsideTheMissingHourStartsWhenTheClockJumps() {
        let slots = slots(on: "2026-03-08", hours: "02:30-05:00")
        #expect(TestClock.wallTimes(slots, in: la) == ["03:00", "03:30", "04:00"])
    }

    @Test func fallBackOffersTheRepeatedHourOnceInEachOffset() {
        // 00:00 PDT to 06:00 PST is seven real hours; 01:00 and 01:30 exist twice, as different instants.
        let slots = slots(on: "2026-11-01", hours: "00:00-06:00")
        #expect(
            TestClock.wallTimes(slots, in: la) == [
                "00:00", "00:30", "01:00", "01:30", "01:00", "01:30", "02:00", "02:30", "03:00", "03:30", "04:00",
                "04:30", "05:00",
            ])
        #expect(Set(slots.map(\.start)).count == slots.count)
        let repeated = slots.filter { WallClock.minuteOfDay(of: $0.start, in: la) == 60 }
        #expect(
            repeated.map { BookingTimeText.time($0.start, in: la, showZone: true) } == ["1:00 AM PDT", "1:00 AM PST"])
        #expect(BookingTimeText.offsetChanges(on: TestClock.day("2026-11-01"), in: la))
        #expect(!BookingTimeText.offsetChanges(on: TestClock.day("2026-11-02"), in: la))
    }

    @Test func officeHoursAreUntouchedOnTransitionDays() {
        for day in ["2026-03-07", "2026-03-08", "2026-03-09", "2026-10-31", "2026-11-01", "2026-11-02"] {
            #expect(
                TestClock.wallTimes(slots(on: day, hours: "09:00-11:00"), in: la) == ["09:00", "09:30", "10:00"],
                "\(day)")
        }
    }

    @Test func londonTransitions() {
        let london = TestClock.london
        #expect(
            TestClock.wallTimes(slots(on: "2026-03-29", hours: "00:00-03:00", zone: london), in: london)
                == ["00:00", "00:30", "02:00"])
        #expect(
            TestClock.wallTimes(slots(on: "2026-10-25", hours: "00:00-03:00", zone: london), in: london)
                == ["00:00", "00:30", "01:00", "01:30", "01:00", "01:30", "02:00"])
    }

    @Test func aWholeYearHasNoMissingOrDuplicatedSlot() {
        let availability = Availability(timing: timing, studioZone: la, now: TestClock.at("2026-01-01T07:00:00Z"))
        let weekdays: [Weekday: [LocalTimeRange]] = Dictionary(
            uniqueKeysWithValues: Weekday.allCases.filter { $0 != .sunday }.map {
                ($0, TestClock.ranges("00:00-03:00, 06:00-21:00"))
            })
        let trainer = TrainerSchedule(trainerID: "t1", weekly: weekdays)
        let year = TimeSpan(
            start: TestClock.at("2026-01-01T00:00:00-08:00"), end: TestClock.at("2027-01-01T00:00:00-08:00"))
        let slots = availability.openSlots(in: year, trainers: [trainer])
        #expect(Set(slots.map(\.start)).count == slots.count)
        let byDay = Dictionary(grouping: slots) { WallClock.day(of: $0.start, in: la) }
        for ordinal in TestClock.day("2026-01-01").ordinal...TestClock.day("2026-12-31").ordinal {
            let day = CalendarDay(ordinal: ordinal)
            let count = byDay[day]?.count ?? 0
            switch (day.weekday, day.description) {
            case (.sunday, _): #expect(count == 0)
            // 00:00–03:00 is 2 real hours on March 8 and 4 on November 1 (both Sundays in 2026: no work then).
            default: #expect(count == 5 + 29, "\(day)")
            }
            for slot in byDay[day] ?? [] {
                let minute = WallClock.minuteOfDay(of: slot.start, in: la)
                #expect(minute % 30 == 0)
                #expect((0..<180).contains(minute) || (360..<1260).contains(minute))
                #expect(slot.end.timeIntervalSince(slot.start) == 3600)
            }
        }
    }

    @Test func aYearIncludingTransitionSundays() {
        let availability = Availability(timing: timing, studioZone: la, now: TestClock.at("2026-01-01T07:00:00Z"))
        let trainer = TestClock.everyDay("00:00-04:00")
        let year = TimeSpan(
            start: TestClock.at("2026-01-01T00:00:00-08:00"), end: TestClock.at("2027-01-01T00:00:00-08:00"))
        let byDay = Dictionary(grouping: availability.openSlots(in: year, trainers: [trainer])) {
            WallClock.day(of: $0.start, in: la)
        }
        #expect(byDay.count == 365)
        for (day, slots) in byDay {
            let expected =
                switch day.description {
                case "2026-03-08": 5  // three real hours: 00:00 PST to 04:00 PDT
                case "2026-11-01": 9  // five real hours: 00:00 PDT to 04:00 PST
                default: 7
                }
            #expect(slots.count == expected, "\(day)")
            #expect(Set(slots.map(\.start)).count == slots.count)
        }
    }

    @Test func clientsElsewhereSeeTheSameInstantsInTheirZone() throws {
        let slots = slots(on: "2026-12-03", hours: "09:00-10:00")
        let slot = try #require(slots.first)
        #expect(OffsetTimestamp.format(slot.start, in: la) == "2026-12-03T09:00:00-08:00")
        #expect(OffsetTimestamp.format(slot.start, in: TestClock.london) == "2026-12-03T17:00:00+00:00")
        #expect(OffsetTimestamp.format(slot.start, in: TestClock.tokyo) == "2026-12-04T02:00:00+09:00")
        #expect(BookingTimeText.time(slot.start, in: TestClock.tokyo) == "2:00 AM")
        #expect(BookingTimeText.zoneName(TestClock.tokyo).contains("Asia/Tokyo"))
        #expect(BookingTimeText.zoneName(la).hasPrefix("Pacific"))
    }
}
