import Fluent
import SQLKit

/// Creates session types, trainers' availability, time off, bookings and their history — and the database
/// guard against double booking: an exclusion constraint on PostgreSQL, triggers on SQLite.
struct CreateBookings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SessionType.schema)
            .id()
            .field("studio_id", .uuid, .required, .references(Studio.schema, "id", onDelete: .cascade))
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("description", .string, .required)
            .field("kind", .string, .required)
            .field("duration_minutes", .int, .required)
            .field("buffer_before_minutes", .int, .required)
            .field("buffer_after_minutes", .int, .required)
            .field("notice_minutes", .int, .required)
            .field("horizon_days", .int, .required)
            .field("step_minutes", .int, .required)
            .field("price_text", .string, .required)
            .field("all_trainers", .bool, .required)
            .field("active", .bool, .required)
            .field("position", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "studio_id", "slug")
            .create()
        try await database.schema(SessionTypeTrainer.schema)
            .id()
            .field("session_type_id", .uuid, .required, .references(SessionType.schema, "id", onDelete: .cascade))
            .field("staff_id", .uuid, .required, .references(StaffMember.schema, "id", onDelete: .cascade))
            .unique(on: "session_type_id", "staff_id")
            .create()
        try await database.schema(AvailabilityRule.schema)
            .id()
            .field("staff_id", .uuid, .required, .references(StaffMember.schema, "id", onDelete: .cascade))
            .field("weekday", .string, .required)
            .field("start_minute", .int, .required)
            .field("end_minute", .int, .required)
            .create()
        try await database.schema(AvailabilityException.schema)
            .id()
            .field("staff_id", .uuid, .required, .references(StaffMember.schema, "id", onDelete: .cascade))
            .field("day", .string, .required)
            .field("ranges", .string, .required)
            .field("note", .string, .required)
            .unique(on: "staff_id", "day")
            .create()
        try await database.schema(TimeOff.schema)
            .id()
            .field("staff_id", .uuid, .required, .references(StaffMember.schema, "id", onDelete: .cascade))
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("note", .string, .required)
            .create()
        try await database.schema(Booking.schema)
            .id()
            .field("studio_id", .uuid, .required, .references(Studio.schema, "id", onDelete: .cascade))
            .field("session_type_id", .uuid, .required, .references(SessionType.schema, "id", onDelete: .restrict))
            .field("trainer_id", .uuid, .required, .references(StaffMember.schema, "id", onDelete: .restrict))
            .field("status", .string, .required)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("blocked_from", .datetime, .required)
            .field("blocked_until", .datetime, .required)
            .field("client_name", .string, .required)
            .field("client_email", .string, .required)
            .field("client_phone", .string)
            .field("client_time_zone", .string, .required)
            .field("lead_id", .uuid, .references(Lead.schema, "id", onDelete: .setNull))
            .field("self_screen_id", .uuid, .references(SelfScreenRecord.schema, "id", onDelete: .setNull))
            .field("health_answers", .string, .required)
            .field("calendar_uid", .string, .required)
            .field("sequence", .int, .required)
            .field("made_by", .string, .required)
            .field("cancelled_at", .datetime)
            .field("cancelled_by", .string)
            .field("late_cancellation", .bool, .required)
            .field("reminder_queued_at", .datetime)
            .field("staff_notes", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "calendar_uid")
            .create()
        try await database.schema(BookingChange.schema)
            .id()
            .field("booking_id", .uuid, .required, .references(Booking.schema, "id", onDelete: .cascade))
            .field("actor", .string, .required)
            .field("actor_name", .string, .required)
            .field("summary", .string, .required)
            .field("created_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX bookings_studio_start ON bookings (studio_id, starts_at)").run()
        try await sql.raw("CREATE INDEX booking_changes_booking ON booking_changes (booking_id)").run()
        try await sql.raw("CREATE INDEX time_off_staff ON time_off (staff_id, ends_at)").run()
        try await sql.raw("CREATE INDEX availability_rules_staff ON availability_rules (staff_id)").run()
        if sql.dialect.name == "postgresql" {
            // btree_gist lets one GiST index combine "same trainer" (=) with "overlapping time" (&&).
            try await sql.raw("CREATE EXTENSION IF NOT EXISTS btree_gist").run()
            try await sql.raw(
                """
                ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist
                (trainer_id WITH =, tstzrange(blocked_from, blocked_until, '[)') WITH &&) WHERE (status <> 'cancelled')
                """
            ).run()
        } else {
            try await sql.raw("CREATE INDEX bookings_trainer_time ON bookings (trainer_id, blocked_from)").run()
            // SQLite runs one writer at a time, so a check inside a trigger cannot race another insert.
            for (name, event, sameRow) in [
                ("insert", "INSERT", ""),
                ("update", "UPDATE OF trainer_id, blocked_from, blocked_until, status", "b.id <> NEW.id AND "),
            ] {
                try await sql.raw(
                    SQLQueryString(
                        """
                        CREATE TRIGGER bookings_no_overlap_\(unsafeRaw: name) BEFORE \(unsafeRaw: event) ON bookings
                        WHEN NEW.status <> 'cancelled' AND EXISTS (
                          SELECT 1 FROM bookings b WHERE \(unsafeRaw: sameRow)b.trainer_id = NEW.trainer_id AND b.status <> 'cancelled'
                          AND b.blocked_from < NEW.blocked_until AND NEW.blocked_from < b.blocked_until)
                        BEGIN SELECT RAISE(ABORT, '\(unsafeRaw: BookingOverlap.marker)'); END
                        """)
                ).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(BookingChange.schema).delete()
        try await database.schema(Booking.schema).delete()
        try await database.schema(TimeOff.schema).delete()
        try await database.schema(AvailabilityException.schema).delete()
        try await database.schema(AvailabilityRule.schema).delete()
        try await database.schema(SessionTypeTrainer.schema).delete()
        try await database.schema(SessionType.schema).delete()
    }
}

/// Recognises the database's refusal of an overlapping booking, whichever database raised it.
enum BookingOverlap {
    /// The message SQLite's trigger raises.
    static let marker = "booking_overlap"

    static func isOverlap(_ error: any Error) -> Bool {
        let text = String(reflecting: error)
        // PostgreSQL reports an exclusion violation as SQLSTATE 23P01, naming the constraint.
        return text.contains(marker) || text.contains("bookings_no_overlap") || text.contains("23P01")
    }
}
