import Foundation
import RebalanceCore

/// A month calendar of days with free times and the times of the chosen day, in the viewer's zone: what
/// the public booking page, the client's "move" page and the trainer's booking form show.
struct SlotPicker: Encodable {
    /// One cell of the month grid.
    struct Day: Encodable {
        let number: Int
        /// "Thursday, December 3, 2026: 5 times".
        let label: String
        let href: String?
        let current: Bool
        /// A cell before the 1st or after the last day of the month.
        let blank: Bool
    }

    struct Week: Encodable {
        let days: [Day]
    }

    /// One time to choose.
    struct Time: Encodable {
        let label: String
        let href: String
        /// The trainer, when several could take the time ("with Maya").
        let trainer: String?
    }

    let monthLabel: String
    let previousHref: String?
    let nextHref: String?
    let weekdays: [String]
    let weeks: [Week]
    let dayLabel: String?
    let times: [Time]
    let hasTimes: Bool
    let monthHasTimes: Bool

    /// - Parameters:
    ///   - slots: the open slots of the whole month, in time order.
    ///   - dayHref: the link that selects a day (`YYYY-MM-DD`) or a month (`YYYY-MM`).
    ///   - timeHref: the link for choosing a slot.
    ///   - trainerNames: names by trainer id, to say who takes each time when several could.
    init(
        slots: [Slot], month: CalendarDay, selected: CalendarDay?, zone: TimeZone, today: CalendarDay,
        lastMonth: CalendarDay,
        dayHref: (String) -> String, timeHref: (Slot) -> String, trainerNames: [String: String]? = nil
    ) {
        let byDay = Dictionary(grouping: slots) { WallClock.day(of: $0.start, in: zone) }
        let chosen = selected.flatMap { byDay[$0] == nil ? nil : $0 } ?? byDay.keys.min()
        monthLabel = BookingTimeText.month(month)
        previousHref =
            month.firstOfMonth > today.firstOfMonth ? dayHref(Self.monthID(month.firstOfMonth.adding(days: -1))) : nil
        nextHref =
            month.firstOfMonth < lastMonth.firstOfMonth
            ? dayHref(Self.monthID(month.firstOfMonth.adding(days: month.daysInMonth))) : nil
        weekdays = Weekday.allCases.map(\.shortName)
        var cells: [Day] = Array(
            repeating: Day(number: 0, label: "", href: nil, current: false, blank: true),
            count: Weekday.allCases.firstIndex(of: month.firstOfMonth.weekday) ?? 0)
        for offset in 0..<month.daysInMonth {
            let day = month.firstOfMonth.adding(days: offset)
            let count = byDay[day]?.count ?? 0
            let label =
                BookingTimeText.day(day)
                + (count == 0 ? ": no free times" : ": \(count) free time\(count == 1 ? "" : "s")")
            cells.append(
                Day(
                    number: offset + 1, label: label, href: count == 0 ? nil : dayHref(day.description),
                    current: day == chosen, blank: false))
        }
        while cells.count % 7 != 0 { cells.append(Day(number: 0, label: "", href: nil, current: false, blank: true)) }
        weeks = stride(from: 0, to: cells.count, by: 7).map { Week(days: Array(cells[$0..<$0 + 7])) }
        let daySlots = chosen.flatMap { byDay[$0] } ?? []
        let showZone = chosen.map { BookingTimeText.offsetChanges(on: $0, in: zone) } ?? false
        // With several trainers one start can appear more than once: offer it once, with the first trainer.
        var seen = Set<Date>()
        let several = Set(slots.map(\.trainerID)).count > 1
        times = daySlots.filter { seen.insert($0.start).inserted }.map { slot in
            Time(
                label: BookingTimeText.time(slot.start, in: zone, showZone: showZone), href: timeHref(slot),
                trainer: several ? trainerNames?[slot.trainerID] : nil)
        }
        dayLabel = chosen.map(BookingTimeText.day)
        hasTimes = !times.isEmpty
        monthHasTimes = !slots.isEmpty
    }

    /// "2026-12".
    static func monthID(_ day: CalendarDay) -> String { String(day.description.prefix(7)) }

    /// Reads "2026-12" as the first of that month.
    static func month(_ text: String?) -> CalendarDay? {
        guard let text, text.count == 7 else { return nil }
        return CalendarDay(text + "-01")
    }
}
