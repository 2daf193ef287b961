import Fluent
import Foundation
import RebalanceCore
import SQLKit

/// The rows an availability request needs — weekly ranges, exceptions, time off, booked time — read with SQL:
/// a 90-day window of a busy studio has thousands of rows, read as plain values rather than whole models.
struct DiaryRows {
    let db: any Database

    /// One trainer's busy time (a booking with its buffers, or time off).
    struct Span: Sendable {
        let trainer: UUID
        let span: TimeSpan
    }

    /// One weekly range.
    struct Rule: Sendable {
        let trainer: UUID
        let weekday: Weekday
        let range: LocalTimeRange
    }

    /// One dated exception, its ranges still as text.
    struct Exception: Sendable {
        let trainer: UUID
        let day: CalendarDay
        let ranges: String
    }

    func rules(_ trainers: [UUID]) async throws -> [Rule] {
        guard !trainers.isEmpty else { return [] }
        let rows = try await db.sql.raw(
            """
            SELECT staff_id, weekday, start_minute, end_minute FROM availability_rules \
            WHERE staff_id IN (\(binds: trainers))
            """
        ).all()
        return try rows.map { row in
            let table = "availability_rules"
            let range = try LocalTimeRange(
                startMinute: try row.stored("start_minute", of: table),
                endMinute: try row.stored("end_minute", of: table))
            return Rule(
                trainer: try row.stored("staff_id", of: table), weekday: try row.stored("weekday", of: table),
                range: range)
        }
    }

    func exceptions(_ trainers: [UUID], from first: CalendarDay, through last: CalendarDay) async throws -> [Exception]
    {
        guard !trainers.isEmpty else { return [] }
        let rows = try await db.sql.raw(
            """
            SELECT staff_id, day, ranges FROM availability_exceptions WHERE staff_id IN (\(binds: trainers))
            AND day >= \(bind: first.description) AND day <= \(bind: last.description)
            """
        ).all()
        return try rows.map { row in
            let table = "availability_exceptions"
            return Exception(
                trainer: try row.stored("staff_id", of: table), day: try row.stored("day", of: table),
                ranges: try row.stored("ranges", of: table))
        }
    }

    /// Live bookings (with their buffers) of `trainers` overlapping [from, until), optionally leaving one out.
    func bookings(_ trainers: [UUID], from: Date, until: Date, ignoring: UUID?) async throws -> [Span] {
        guard !trainers.isEmpty else { return [] }
        var query = SQLQueryString(
            """
            SELECT trainer_id, blocked_from, blocked_until FROM bookings WHERE trainer_id IN (\(binds: trainers))
            AND status <> 'cancelled' AND blocked_until > \(bind: from) AND blocked_from < \(bind: until)
            """)
        if let ignoring { query += " AND id <> \(bind: ignoring)" }
        return try await db.sql.raw(query).all().map { row in
            try Self.span(row, "bookings", trainer: "trainer_id", from: "blocked_from", until: "blocked_until")
        }
    }

    /// Time off of `trainers` overlapping [from, until).
    func timeOff(_ trainers: [UUID], from: Date, until: Date) async throws -> [Span] {
        guard !trainers.isEmpty else { return [] }
        let rows = try await db.sql.raw(
            """
            SELECT staff_id, starts_at, ends_at FROM time_off WHERE staff_id IN (\(binds: trainers))
            AND ends_at > \(bind: from) AND starts_at < \(bind: until)
            """
        ).all()
        return try rows.map { row in
            try Self.span(row, "time_off", trainer: "staff_id", from: "starts_at", until: "ends_at")
        }
    }

    private static func span(_ row: any SQLRow, _ table: String, trainer: String, from: String, until: String) throws
        -> Span
    {
        Span(
            trainer: try row.stored(trainer, of: table),
            span: TimeSpan(start: try row.stored(from, of: table), end: try row.stored(until, of: table)))
    }
}
