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

    /// The stored range; a row that no longer forms one is an error, never a silently missing morning.
    func range() throws -> LocalTimeRange {
        do { return try LocalTimeRange(startMinute: startMinute, endMinute: endMinute) } catch {
            throw UnreadableColumn(table: Self.schema, column: "start_minute", reason: String(describing: error))
        }
    }
}
