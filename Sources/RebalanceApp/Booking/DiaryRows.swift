import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import NIOConcurrencyHelpers
import RebalanceCore

/// The rows an availability request needs — weekly ranges, exceptions, time off, booked time — read through each
/// driver's own row API. Fluent models and SQLKit's Codable rows cost several microseconds a row in reflection
/// and generic decoding; a 90-day window of a busy studio has thousands of rows, and that decoding was most of
/// an availability request's time.
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
        try await select("SELECT staff_id, weekday, start_minute, end_minute FROM availability_rules WHERE staff_id IN $T", trainers, []) { row in
            guard let trainer = row.trainer(0), let weekday = row.text(1).flatMap(Weekday.init(rawValue:)),
                let start = row.int(2), let end = row.int(3), let range = try? LocalTimeRange(startMinute: start, endMinute: end)
            else { return nil }
            return Rule(trainer: trainer, weekday: weekday, range: range)
        }
    }

    func exceptions(_ trainers: [UUID], from first: CalendarDay, through last: CalendarDay) async throws -> [Exception] {
        try await select("SELECT staff_id, day, ranges FROM availability_exceptions WHERE staff_id IN $T AND day >= $1 AND day <= $2",
                         trainers, [.text(first.description), .text(last.description)]) { row in
            guard let trainer = row.trainer(0), let day = row.text(1).flatMap(CalendarDay.init), let ranges = row.text(2) else { return nil }
            return Exception(trainer: trainer, day: day, ranges: ranges)
        }
    }

    /// Live bookings (with their buffers) of `trainers` overlapping [from, until), optionally leaving one out.
    func bookings(_ trainers: [UUID], from: Date, until: Date, ignoring: UUID?) async throws -> [Span] {
        var sql = "SELECT trainer_id, blocked_from, blocked_until FROM bookings WHERE trainer_id IN $T AND status <> 'cancelled'"
            + " AND blocked_until > $1 AND blocked_from < $2"
        var binds: [Bind] = [.date(from), .date(until)]
        if let ignoring {
            sql += " AND id <> $3"
            binds.append(.uuid(ignoring))
        }
        return try await select(sql, trainers, binds, Self.span)
    }

    /// Time off of `trainers` overlapping [from, until).
    func timeOff(_ trainers: [UUID], from: Date, until: Date) async throws -> [Span] {
        try await select("SELECT staff_id, starts_at, ends_at FROM time_off WHERE staff_id IN $T AND ends_at > $1 AND starts_at < $2",
                         trainers, [.date(from), .date(until)], Self.span)
    }

    private static func span(_ row: any Row) -> Span? {
        guard let trainer = row.trainer(0), let start = row.date(1), let end = row.date(2) else { return nil }
        return Span(trainer: trainer, span: TimeSpan(start: start, end: end))
    }

    // MARK: - Drivers

    /// A value bound into a query.
    enum Bind: Sendable {
        case text(String), date(Date), uuid(UUID)
    }

    /// Columns by position, typed the way each driver stores them.
    protocol Row {
        func trainer(_ index: Int) -> UUID?
        func text(_ index: Int) -> String?
        func int(_ index: Int) -> Int?
        func date(_ index: Int) -> Date?
    }

    /// Runs `sql` where `$T` is the trainer list and `$1`, `$2`, … are `binds`, handing each row to `read`.
    private func select<T: Sendable>(_ sql: String, _ trainers: [UUID], _ binds: [Bind], _ read: @escaping @Sendable (any Row) -> T?) async throws -> [T] {
        guard !trainers.isEmpty else { return [] }
        if let sqlite = db as? any SQLiteDatabase {
            // Fluent keeps UUIDs as upper-case text and dates as seconds since 1970 in SQLite.
            var text = sql.replacingOccurrences(of: "$T", with: "(" + trainers.map { _ in "?" }.joined(separator: ",") + ")")
            for index in (1...max(1, binds.count)).reversed() { text = text.replacingOccurrences(of: "$\(index)", with: "?") }
            let values = trainers.map { SQLiteData.text($0.uuidString) } + binds.map { bind -> SQLiteData in
                switch bind {
                case .text(let value): .text(value)
                case .date(let value): .float(value.timeIntervalSince1970)
                case .uuid(let value): .text(value.uuidString)
                }
            }
            let byText = Dictionary(uniqueKeysWithValues: trainers.map { ($0.uuidString, $0) })
            let names = Self.columnNames(sql)
            let results = NIOLockedValueBox<[T]>([])
            try await sqlite.query(text, values) { row in
                guard let value = read(SQLiteDiaryRow(row: row, names: names, trainers: byText)) else { return }
                results.withLockedValue { $0.append(value) }
            }
            return results.withLockedValue { $0 }
        }
        guard let postgres = db as? any PostgresDatabase else { return [] }
        var text = sql.replacingOccurrences(of: "IN $T", with: "= ANY($\(binds.count + 1))")
        var bindings = PostgresBindings()
        for bind in binds {
            switch bind {
            case .text(let value): bindings.append(value)
            case .date(let value): bindings.append(value)
            case .uuid(let value): bindings.append(value)
            }
        }
        bindings.append(trainers)
        text = text.replacingOccurrences(of: "$T", with: "$\(binds.count + 1)")
        let query = PostgresQuery(unsafeSQL: text, binds: bindings)
        let logger = postgres.logger
        return try await postgres.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                var values: [T] = []
                for try await row in try await connection.query(query, logger: logger) {
                    if let value = read(PostgresDiaryRow(row: row.makeRandomAccess())) { values.append(value) }
                }
                return values
            }
        }.get()
    }
}

extension DiaryRows {
    /// "SELECT a, b FROM …" → ["a", "b"].
    static func columnNames(_ sql: String) -> [String] {
        guard let select = sql.range(of: "SELECT "), let from = sql.range(of: " FROM ") else { return [] }
        return sql[select.upperBound..<from.lowerBound].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }
}

/// A SQLite row: UUIDs as upper-case text (matched against the asked-for trainers), dates as seconds.
private struct SQLiteDiaryRow: DiaryRows.Row {
    let row: SQLiteRow
    let names: [String]
    let trainers: [String: UUID]

    func trainer(_ index: Int) -> UUID? { text(index).flatMap { trainers[$0.uppercased()] } }
    func text(_ index: Int) -> String? { row.column(names[index])?.string }
    func int(_ index: Int) -> Int? { row.column(names[index])?.integer.map { Int($0) } }
    func date(_ index: Int) -> Date? { row.column(names[index])?.double.map(Date.init(timeIntervalSince1970:)) }
}

/// A PostgreSQL row decoded cell by cell.
private struct PostgresDiaryRow: DiaryRows.Row {
    let row: PostgresRandomAccessRow

    func trainer(_ index: Int) -> UUID? { try? row[index].decode(UUID.self) }
    func text(_ index: Int) -> String? { try? row[index].decode(String.self) }
    func int(_ index: Int) -> Int? { try? row[index].decode(Int.self) }
    func date(_ index: Int) -> Date? { try? row[index].decode(Date.self) }
}
