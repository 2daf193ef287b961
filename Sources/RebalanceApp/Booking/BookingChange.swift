import Fluent
import Foundation
import RebalanceCore

/// One line of a booking's history: made, moved, cancelled, marked.
final class BookingChange: Model, @unchecked Sendable {
    static let schema = "booking_changes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "booking_id") var booking: Booking
    @Field(key: "actor") var actor: Booking.Actor
    /// The staff member's name, or the client's, as it was at the time.
    @Field(key: "actor_name") var actorName: String
    @Field(key: "summary") var summary: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(bookingID: UUID, actor: Booking.Actor, actorName: String, summary: String) {
        $booking.id = bookingID
        self.actor = actor
        self.actorName = actorName
        self.summary = summary
    }
}
