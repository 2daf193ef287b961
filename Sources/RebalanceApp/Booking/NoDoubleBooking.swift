import SQLKit

/// The rule that one trainer is never booked twice at once, kept by the database itself so that no two
/// instances, requests or commands can break it between a check and a write.
///
/// Two live bookings (any status but cancelled) of the same trainer may not overlap, buffers included
/// (`blocked_from`..`blocked_until`, end exclusive). On PostgreSQL this is an exclusion constraint; on SQLite,
/// which runs one writer at a time, triggers check before every insert and update. `BookingDesk` turns the
/// refusal into "that time was just taken" (`isOverlap`). Installed by the `CreateBookings` migration.
enum NoDoubleBooking {
    /// The message SQLite's trigger raises.
    static let marker = "booking_overlap"

    /// Whether `error` is the database refusing an overlapping booking, whichever database raised it.
    static func isOverlap(_ error: any Error) -> Bool {
        let text = String(reflecting: error)
        // PostgreSQL reports an exclusion violation as SQLSTATE 23P01, naming the constraint.
        return text.contains(marker) || text.contains("bookings_no_overlap") || text.contains("23P01")
    }

    /// Creates the constraint (PostgreSQL) or the triggers (SQLite) on the `bookings` table.
    static func install(on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            // btree_gist lets one GiST index combine "same trainer" (=) with "overlapping time" (&&).
            try await sql.raw("CREATE EXTENSION IF NOT EXISTS btree_gist").run()
            try await sql.raw(
                """
                ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist
                (trainer_id WITH =, tstzrange(blocked_from, blocked_until, '[)') WITH &&) WHERE (status <> 'cancelled')
                """
            ).run()
            return
        }
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
                      SELECT 1 FROM bookings b WHERE \(unsafeRaw: sameRow)b.trainer_id = NEW.trainer_id
                      AND b.status <> 'cancelled' AND b.blocked_from < NEW.blocked_until
                      AND NEW.blocked_from < b.blocked_until)
                    BEGIN SELECT RAISE(ABORT, '\(unsafeRaw: marker)'); END
                    """)
            ).run()
        }
    }
}
