import Fluent
import Foundation
import RebalanceCore

/// The rows an availability request needs — weekly ranges, exceptions, time off, booked time — read natively:
/// a 90-day window of a busy studio has thousands of rows, and decoding them as models was most of the request.
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
        return try await NativeRows(db: db).select(
            "SELECT staff_id, weekday, start_minute, end_minute FROM availability_rules WHERE staff_id IN $1", [.uuids(trainers)]
        ) { row in
            guard let trainer = row.uuid(0), let weekday = row.text(1).flatMap(Weekday.init(rawValue:)),
                let start = row.int(2), let end = row.int(3), let range = try? LocalTimeRange(startMinute: start, endMinute: end)
            else { return nil }
            return Rule(trainer: trainer, weekday: weekday, range: range)
        }
    }

    func exceptions(_ trainers: [UUID], from first: CalendarDay, through last: CalendarDay) async throws -> [Exception] {
        guard !trainers.isEmpty else { return [] }
        return try await NativeRows(db: db).select(
            "SELECT staff_id, day, ranges FROM availability_exceptions WHERE staff_id IN $1 AND day >= $2 AND day <= $3",
            [.uuids(trainers), .text(first.description), .text(last.description)]
        ) { row in
            guard let trainer = row.uuid(0), let day = row.text(1).flatMap(CalendarDay.init), let ranges = row.text(2) else { return nil }
            return Exception(trainer: trainer, day: day, ranges: ranges)
        }
    }

    /// Live bookings (with their buffers) of `trainers` overlapping [from, until), optionally leaving one out.
    func bookings(_ trainers: [UUID], from: Date, until: Date, ignoring: UUID?) async throws -> [Span] {
        guard !trainers.isEmpty else { return [] }
        var sql = "SELECT trainer_id, blocked_from, blocked_until FROM bookings WHERE trainer_id IN $1 AND status <> 'cancelled'"
            + " AND blocked_until > $2 AND blocked_from < $3"
        var binds: [NativeRows.Bind] = [.uuids(trainers), .date(from), .date(until)]
        if let ignoring {
            sql += " AND id <> $4"
            binds.append(.uuid(ignoring))
        }
        return try await NativeRows(db: db).select(sql, binds, Self.span)
    }

    /// Time off of `trainers` overlapping [from, until).
    func timeOff(_ trainers: [UUID], from: Date, until: Date) async throws -> [Span] {
        guard !trainers.isEmpty else { return [] }
        return try await NativeRows(db: db).select(
            "SELECT staff_id, starts_at, ends_at FROM time_off WHERE staff_id IN $1 AND ends_at > $2 AND starts_at < $3",
            [.uuids(trainers), .date(from), .date(until)], Self.span)
    }

    private static func span(_ row: any NativeRows.Row) -> Span? {
        guard let trainer = row.uuid(0), let start = row.date(1), let end = row.date(2) else { return nil }
        return Span(trainer: trainer, span: TimeSpan(start: start, end: end))
    }
}
