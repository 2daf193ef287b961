import Fluent
import Foundation
import RebalanceCore

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
