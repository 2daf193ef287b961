import Fluent
import Foundation
import RebalanceCore

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
