import Fluent
import Foundation
import RebalanceCore

/// One weekly range a trainer can be booked in ("Tuesdays 09:00–12:00"), on the studio's clock.
final class AvailabilityRule: Model, @unchecked Sendable {
    static let schema = "availability_rules"

    @ID(key: .id) var id: UUID?
    @Parent(key: "staff_id") var trainer: StaffMember
    @Field(key: "weekday") var weekday: Weekday
    @Field(key: "start_minute") var startMinute: Int
    @Field(key: "end_minute") var endMinute: Int

    init() {}

    init(trainerID: UUID, weekday: Weekday, range: LocalTimeRange) {
        $trainer.id = trainerID
        self.weekday = weekday
        startMinute = range.startMinute
        endMinute = range.endMinute
    }

    var range: LocalTimeRange? { try? LocalTimeRange(startMinute: startMinute, endMinute: endMinute) }
}

/// A dated exception: on this day the trainer works these ranges instead of the weekly ones (none = day off).
final class AvailabilityException: Model, @unchecked Sendable {
    static let schema = "availability_exceptions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "staff_id") var trainer: StaffMember
    /// `YYYY-MM-DD` on the studio's calendar.
    @Field(key: "day") var day: String
    /// "09:00-12:00, 13:00-15:00", or empty for a day off.
    @Field(key: "ranges") var ranges: String
    @Field(key: "note") var note: String

    init() {}

    init(trainerID: UUID, day: CalendarDay, ranges: [LocalTimeRange], note: String) {
        $trainer.id = trainerID
        self.day = day.description
        self.ranges = ranges.map(\.editableText).joined(separator: ", ")
        self.note = note
    }
}

/// Time off: a stretch of real time (holiday, course, appointment) when a trainer cannot be booked.
final class TimeOff: Model, @unchecked Sendable {
    static let schema = "time_off"

    @ID(key: .id) var id: UUID?
    @Parent(key: "staff_id") var trainer: StaffMember
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "ends_at") var endsAt: Date
    @Field(key: "note") var note: String

    init() {}

    init(trainerID: UUID, span: TimeSpan, note: String) {
        $trainer.id = trainerID
        startsAt = span.start
        endsAt = span.end
        self.note = note
    }
}
