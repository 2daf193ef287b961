import Foundation
import RebalanceCore
import Testing

@Suite("Open slots: hours, buffers, notice, horizon, exceptions")
struct AvailabilityTests {
    let la = TestClock.losAngeles
    /// Tuesday 2026-12-01, 06:00 in Los Angeles.
    let now = TestClock.at("2026-12-01T06:00:00-08:00")
    let thursday = TestClock.day("2026-12-03")

    func availability(_ timing: SessionTiming = SessionTiming(durationMinutes: 60)) -> Availability {
        Availability(timing: timing, studioZone: la, now: now)
    }

    @Test func everyStepWhileTheSessionFits() {
        let slots = availability().openSlots(
            in: TestClock.window(thursday), trainers: [TestClock.everyDay("09:00-12:00")])
        #expect(TestClock.wallTimes(slots, in: la) == ["09:00", "09:30", "10:00", "10:30", "11:00"])
        #expect(slots.allSatisfy { $0.end.timeIntervalSince($0.start) == 3600 && $0.trainerID == "t1" })
    }

    @Test func severalRangesADay() {
        let slots = availability(SessionTiming(durationMinutes: 45, slotStepMinutes: 15))
            .openSlots(in: TestClock.window(thursday), trainers: [TestClock.everyDay("07:00-08:00, 17:00-18:30")])
        #expect(TestClock.wallTimes(slots, in: la) == ["07:00", "07:15", "17:00", "17:15", "17:30", "17:45"])
    }

    @Test func bookingsAndTheirBuffersBlockTime() {
        let timing = SessionTiming(durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 15)
        // A session 10:00–11:00 already blocks 10:00–11:15 (its own after-buffer).
        let booked = timing.blocked(startingAt: TestClock.at("2026-12-03T10:00:00-08:00"))
        let trainer = TestClock.everyDay("09:00-13:00", busy: [booked])
        let slots = availability(timing).openSlots(in: TestClock.window(thursday), trainers: [trainer])
        // 09:00 would run into the booking with its own buffer (ends 10:15); 11:30 is the first start after 11:15.
        #expect(TestClock.wallTimes(slots, in: la) == ["11:30", "12:00"])
    }

    @Test func theBufferBeforeKeepsRoomAfterAnEarlierSession() {
        let timing = SessionTiming(durationMinutes: 30, bufferBeforeMinutes: 30)
        let booked = TimeSpan(
            start: TestClock.at("2026-12-03T09:00:00-08:00"), end: TestClock.at("2026-12-03T09:30:00-08:00"))
        let slots = availability(timing).openSlots(
            in: TestClock.window(thursday), trainers: [TestClock.everyDay("09:00-11:00", busy: [booked])])
        #expect(TestClock.wallTimes(slots, in: la) == ["10:00", "10:30"])
    }

    @Test func minimumNoticeHidesTheNextHours() {
        // Now is Tuesday 06:00; 12 h notice leaves 18:00 onwards.
        let today = TestClock.day("2026-12-01")
        let slots = availability(SessionTiming(durationMinutes: 60, minimumNoticeMinutes: 720))
            .openSlots(in: TestClock.window(today), trainers: [TestClock.everyDay("09:00-20:00")])
        #expect(TestClock.wallTimes(slots, in: la) == ["18:00", "18:30", "19:00"])
    }

    @Test func nothingBeforeNowAndNothingBeyondTheHorizon() {
        let trainer = TestClock.everyDay("09:00-10:00")
        let timing = SessionTiming(durationMinutes: 60, horizonDays: 14)
        let wide = TimeSpan(start: TestClock.at("2026-11-01T00:00:00Z"), end: TestClock.at("2027-02-01T00:00:00Z"))
        let slots = availability(timing).openSlots(in: wide, trainers: [trainer])
        let days = slots.map { WallClock.day(of: $0.start, in: la) }
        #expect(days.first == TestClock.day("2026-12-01"))
        #expect(days.last == TestClock.day("2026-12-15"))
        #expect(days.count == 15)
    }

    @Test func datedExceptionsReplaceTheWeek() {
        let dayOff = TestClock.day("2026-12-24")
        let short = TestClock.day("2026-12-26")
        let trainer = TestClock.everyDay(
            "09:00-12:00", exceptions: [dayOff: [], short: TestClock.ranges("14:00-15:00")])
        let check = availability(SessionTiming(durationMinutes: 60, horizonDays: 60))
        #expect(check.openSlots(in: TestClock.window(dayOff), trainers: [trainer]).isEmpty)
        #expect(
            TestClock.wallTimes(check.openSlots(in: TestClock.window(short), trainers: [trainer]), in: la) == ["14:00"])
    }

    @Test func timeOffIsBusyTime() {
        let off = TimeSpan(
            start: TestClock.at("2026-12-03T00:00:00-08:00"), end: TestClock.at("2026-12-03T10:30:00-08:00"))
        let slots = availability().openSlots(
            in: TestClock.window(thursday), trainers: [TestClock.everyDay("09:00-12:00", busy: [off])])
        #expect(TestClock.wallTimes(slots, in: la) == ["10:30", "11:00"])
    }

    @Test func weeklyHoursFollowTheWeekday() {
        let trainer = TrainerSchedule(trainerID: "t1", weekly: [.thursday: TestClock.ranges("09:00-10:00")])
        let week = TimeSpan(
            start: TestClock.at("2026-11-30T00:00:00-08:00"), end: TestClock.at("2026-12-07T00:00:00-08:00"))
        let slots = availability().openSlots(in: week, trainers: [trainer])
        #expect(slots.map { WallClock.day(of: $0.start, in: la) } == [thursday])
    }

    @Test func severalTrainersAreMergedInTimeOrder() {
        let slots = availability().openSlots(
            in: TestClock.window(thursday),
            trainers: [TestClock.everyDay("10:00-11:00", id: "b"), TestClock.everyDay("09:30-10:30", id: "a")])
        #expect(slots.map(\.trainerID) == ["a", "b"])
        #expect(TestClock.wallTimes(slots, in: la) == ["09:30", "10:00"])
    }

    @Test func checkAgreesWithTheOfferedSlots() {
        let timing = SessionTiming(
            durationMinutes: 60, bufferAfterMinutes: 10, minimumNoticeMinutes: 120, horizonDays: 10)
        let booked = timing.blocked(startingAt: TestClock.at("2026-12-03T10:00:00-08:00"))
        let trainer = TestClock.everyDay("08:00-18:00", busy: [booked])
        let check = availability(timing)
        let window = TimeSpan(start: now.addingTimeInterval(-86_400), end: now.addingTimeInterval(20 * 86_400))
        let offered = Set(check.openSlots(in: window, trainers: [trainer]).map(\.start))
        #expect(!offered.isEmpty)
        // Every quarter hour in the window: bookable exactly when offered.
        for quarter in stride(from: window.start.timeIntervalSince1970, to: window.end.timeIntervalSince1970, by: 900) {
            let start = Date(timeIntervalSince1970: quarter)
            let bookable = (try? check.check(start: start, trainer: trainer).get()) != nil
            #expect(bookable == offered.contains(start), "\(OffsetTimestamp.format(start, in: la))")
        }
    }

    @Test func refusalsSayWhy() {
        let timing = SessionTiming(durationMinutes: 60, minimumNoticeMinutes: 240, horizonDays: 7)
        let booked = timing.blocked(startingAt: TestClock.at("2026-12-03T11:00:00-08:00"))
        let trainer = TestClock.everyDay("09:00-17:00", busy: [booked])
        let check = availability(timing)
        func refusal(_ text: String) -> Availability.Refusal? {
            if case .failure(let refusal) = check.check(start: TestClock.at(text), trainer: trainer) { return refusal }
            return nil
        }
        #expect(refusal("2026-11-30T09:00:00-08:00") == .inThePast)
        #expect(
            refusal("2026-12-01T09:00:00-08:00") == .insideNotice(earliest: TestClock.at("2026-12-01T10:00:00-08:00")))
        #expect(refusal("2026-12-09T09:00:00-08:00") == .beyondHorizon(lastDay: TestClock.day("2026-12-08")))
        #expect(refusal("2026-12-03T08:00:00-08:00") == .outsideAvailability)
        #expect(refusal("2026-12-03T09:10:00-08:00") == .outsideAvailability)
        #expect(refusal("2026-12-03T16:30:00-08:00") == .outsideAvailability)
        #expect(refusal("2026-12-03T10:30:00-08:00") == .taken)
        #expect(refusal("2026-12-03T12:00:00-08:00") == nil)
    }

    @Test func nearestSlotsSurroundTheRequest() {
        let slots = availability().openSlots(
            in: TestClock.window(thursday), trainers: [TestClock.everyDay("09:00-13:00")])
        let nearest = Availability.nearest(to: TestClock.at("2026-12-03T10:30:00-08:00"), among: slots, count: 3)
        #expect(TestClock.wallTimes(nearest, in: la) == ["10:00", "10:30", "11:00"])
    }

    @Test func timingLimitsNameTheField() {
        let timing = SessionTiming(durationMinutes: 0, bufferAfterMinutes: 500, horizonDays: 400)
        #expect(
            timing.problems().map(\.description) == [
                "durationMinutes: 0 min is outside 5…480.", "bufferAfterMinutes: 500 min is outside 0…240.",
                "horizonDays: 400 days is outside 1…365.",
            ])
        #expect(SessionTiming(durationMinutes: 60).problems().isEmpty)
    }

    @Test func busyTimelineMergesAndFindsOverlaps() {
        func span(_ a: Int, _ b: Int) -> TimeSpan {
            TimeSpan(start: Date(timeIntervalSince1970: Double(a)), end: Date(timeIntervalSince1970: Double(b)))
        }
        let timeline = BusyTimeline([span(50, 60), span(10, 20), span(15, 30), span(30, 40)])
        #expect(timeline.spans == [span(10, 40), span(50, 60)])
        #expect(timeline.isFree(span(0, 10)))
        #expect(timeline.isFree(span(40, 50)))
        #expect(!timeline.isFree(span(39, 41)))
        #expect(!timeline.isFree(span(0, 100)))
        #expect(timeline.isFree(span(60, 70)))
        #expect(BusyTimeline([]).isFree(span(0, 1)))
    }
}
