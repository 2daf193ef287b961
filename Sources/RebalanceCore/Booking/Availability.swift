import Foundation

/// The open slots of one session type, worked out from the trainers' schedules at a given moment.
///
/// Pure and deterministic: the same schedules, timing, zone and `now` always give the same slots. The booking
/// path checks a requested start with `check(start:trainer:)`, which applies exactly the rules that produced
/// the offered slots, so a slot that was offered can be booked unless someone else took it first.
public struct Availability: Sendable {
    public let timing: SessionTiming
    /// The studio's zone: availability ranges are on its wall clock.
    public let studioZone: TimeZone
    public let now: Date

    public init(timing: SessionTiming, studioZone: TimeZone, now: Date) {
        self.timing = timing
        self.studioZone = studioZone
        self.now = now
    }

    /// Why a requested start cannot be booked.
    public enum Refusal: Error, Sendable, Equatable {
        case inThePast
        case insideNotice(earliest: Date)
        case beyondHorizon(lastDay: CalendarDay)
        case outsideAvailability
        case taken
    }

    /// The earliest start that respects the minimum notice.
    public var earliestStart: Date { now.addingTimeInterval(TimeInterval(timing.minimumNoticeMinutes * 60)) }

    /// The last studio day that can be booked (today plus the horizon).
    public var lastBookableDay: CalendarDay {
        WallClock.day(of: now, in: studioZone).adding(days: timing.horizonDays)
    }

    /// Every open slot starting inside `window`, for each of `trainers`, sorted by start and then trainer.
    public func openSlots(in window: TimeSpan, trainers: [TrainerSchedule]) -> [Slot] {
        let first = max(
            WallClock.day(of: max(window.start, earliestStart), in: studioZone), WallClock.day(of: now, in: studioZone))
        let last = min(WallClock.day(of: window.end, in: studioZone), lastBookableDay)
        guard first <= last else { return [] }
        let lowerBound = max(window.start, earliestStart)
        var slots: [Slot] = []
        for trainer in trainers {
            for ordinal in first.ordinal...last.ordinal {
                let day = CalendarDay(ordinal: ordinal)
                for start in starts(on: day, ranges: trainer.ranges(on: day))
                where start >= lowerBound && start < window.end
                    && trainer.busy.isFree(timing.blocked(startingAt: start))
                {
                    slots.append(
                        Slot(start: start, end: start.addingTimeInterval(timing.duration), trainerID: trainer.trainerID)
                    )
                }
            }
        }
        return slots.sorted()
    }

    /// Whether a session can start at `start` with `trainer`, by the same rules `openSlots` uses. The studio's
    /// own staff may book inside the notice and beyond the horizon (`enforcingNotice: false`), never in the past.
    public func check(start: Date, trainer: TrainerSchedule, enforcingNotice: Bool = true) -> Result<Slot, Refusal> {
        guard start > now else { return .failure(.inThePast) }
        let day = WallClock.day(of: start, in: studioZone)
        if enforcingNotice {
            guard start >= earliestStart else { return .failure(.insideNotice(earliest: earliestStart)) }
            guard day <= lastBookableDay else { return .failure(.beyondHorizon(lastDay: lastBookableDay)) }
        }
        guard starts(on: day, ranges: trainer.ranges(on: day)).contains(start) else {
            return .failure(.outsideAvailability)
        }
        guard trainer.busy.isFree(timing.blocked(startingAt: start)) else { return .failure(.taken) }
        return .success(
            Slot(start: start, end: start.addingTimeInterval(timing.duration), trainerID: trainer.trainerID))
    }

    /// The `count` slots closest in time to `requested` (earlier or later), in time order.
    public static func nearest(to requested: Date, among slots: [Slot], count: Int = 3) -> [Slot] {
        let closest = slots.sorted {
            let (a, b) = (abs($0.start.timeIntervalSince(requested)), abs($1.start.timeIntervalSince(requested)))
            return a != b ? a < b : $0 < $1
        }
        return Array(closest.prefix(count)).sorted()
    }

    /// Candidate starts inside `ranges` on `day`, before bookings are considered: every step from each range's
    /// start while the whole session still fits. Stepping in real time keeps every start a distinct instant,
    /// including on the daylight-saving days.
    func starts(on day: CalendarDay, ranges: [LocalTimeRange]) -> [Date] {
        var starts: [Date] = []
        let step = TimeInterval(timing.slotStepMinutes * 60)
        for range in ranges {
            let rangeStart = WallClock.instant(
                of: day, minute: range.startMinute, in: studioZone, occurrence: .earliest)
            let rangeEnd = WallClock.instant(of: day, minute: range.endMinute, in: studioZone, occurrence: .latest)
            var start = rangeStart
            while start.addingTimeInterval(timing.duration) <= rangeEnd {
                starts.append(start)
                start = start.addingTimeInterval(step)
            }
        }
        return starts
    }
}
