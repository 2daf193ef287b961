import Fluent
import Foundation
import RebalanceCore

/// A session booked with a trainer at the studio.
///
/// `blocked_from` / `blocked_until` (the session plus its buffers) are what the database guards: on PostgreSQL
/// an exclusion constraint, on SQLite a trigger, refuse two live bookings of one trainer whose blocked times
/// overlap — whatever the application did before.
final class Booking: Model, @unchecked Sendable {
    static let schema = "bookings"

    /// Where a booking stands. Every status but `cancelled` holds the trainer's time.
    enum Status: String, Codable, CaseIterable, Sendable {
        case confirmed, cancelled, completed, noShow

        var label: String {
            switch self {
            case .confirmed: "Confirmed"
            case .cancelled: "Cancelled"
            case .completed: "Completed"
            case .noShow: "No-show"
            }
        }
    }

    /// Who made or changed a booking.
    enum Actor: String, Codable, Sendable {
        case client, staff
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "studio_id") var studio: Studio
    @Parent(key: "session_type_id") var sessionType: SessionType
    @Parent(key: "trainer_id") var trainer: StaffMember
    @Field(key: "status") var status: Status
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "ends_at") var endsAt: Date
    @Field(key: "blocked_from") var blockedFrom: Date
    @Field(key: "blocked_until") var blockedUntil: Date
    @Field(key: "client_name") var clientName: String
    @Field(key: "client_email") var clientEmail: String
    @OptionalField(key: "client_phone") var clientPhone: String?
    /// The client's own time zone when they booked, for the times in their emails.
    @Field(key: "client_time_zone") var clientTimeZone: String
    @OptionalParent(key: "lead_id") var lead: Lead?
    @OptionalParent(key: "self_screen_id") var selfCheck: SelfCheckRecord?
    /// Health answers given while booking (no self-check), as JSON; empty when none were asked.
    @Field(key: "health_answers") var healthAnswers: String
    /// The calendar UID: stable for the booking's life, so calendars update instead of duplicating.
    @Field(key: "calendar_uid") var calendarUID: String
    /// Goes up by one with every change (RFC 5545 SEQUENCE).
    @Field(key: "sequence") var sequence: Int
    @Field(key: "made_by") var madeBy: Actor
    @OptionalField(key: "cancelled_at") var cancelledAt: Date?
    @OptionalField(key: "cancelled_by") var cancelledBy: Actor?
    /// Cancelled inside the studio's policy window.
    @Field(key: "late_cancellation") var lateCancellation: Bool
    @OptionalField(key: "reminder_queued_at") var reminderQueuedAt: Date?
    @Field(key: "staff_notes") var staffNotes: String
    /// When it was booked, by the desk's time source (not Fluent's clock): the reminder rule compares it with "now".
    @OptionalField(key: "created_at") var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(
        studioID: UUID, sessionType: SessionType, trainerID: UUID, start: Date, client: BookingClient, madeBy: Actor,
        bookedAt: Date, healthAnswers: String = "", leadID: UUID? = nil, selfCheckID: UUID? = nil
    ) throws {
        let id = UUID()
        self.id = id
        $studio.id = studioID
        $sessionType.id = try sessionType.requireID()
        $trainer.id = trainerID
        status = .confirmed
        clientName = client.name
        clientEmail = client.email
        clientPhone = client.phone
        clientTimeZone = client.timeZone
        $lead.id = leadID
        $selfCheck.id = selfCheckID
        self.healthAnswers = healthAnswers
        calendarUID = "\(id.uuidString.lowercased())@rebalance"
        sequence = 0
        self.madeBy = madeBy
        lateCancellation = false
        staffNotes = ""
        createdAt = bookedAt
        move(to: start, timing: sessionType.timing)
    }

    /// Sets the session's times and the blocked span from a start and the type's timing.
    func move(to start: Date, timing: SessionTiming) {
        let session = timing.session(startingAt: start)
        let blocked = timing.blocked(startingAt: start)
        startsAt = session.start
        endsAt = session.end
        blockedFrom = blocked.start
        blockedUntil = blocked.end
    }

    var holdsTime: Bool { status != .cancelled }
}

/// The client details a booking carries.
struct BookingClient: Sendable, Equatable {
    var name: String
    var email: String
    var phone: String?
    /// An IANA zone identifier; the studio's when the client did not say.
    var timeZone: String
}
