import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import NIOConcurrencyHelpers
import RebalanceCore

/// Reads rows through each driver's own row API, for the few queries on every page or over many rows.
///
/// A Fluent model costs tens of microseconds a row in reflection, and building the query as much again; on a
/// page that lists fifty clients or two years of session logs that was most of the request. SQL here is written
/// once for both databases: `$1`, `$2`, … are binds, and `IN $n` takes a list.
struct NativeRows {
    let db: any Database

    /// A value bound into a query.
    enum Bind: Sendable {
        case text(String), int(Int), date(Date), uuid(UUID), bool(Bool)
        /// Only after `IN`.
        case uuids([UUID])
    }

    /// Columns by position, typed the way each driver stores them.
    protocol Row {
        func uuid(_ index: Int) -> UUID?
        func text(_ index: Int) -> String?
        func int(_ index: Int) -> Int?
        func double(_ index: Int) -> Double?
        func date(_ index: Int) -> Date?
        func bool(_ index: Int) -> Bool?
    }

    /// Runs a SELECT and hands each row to `read`; rows it returns `nil` for are skipped. A cell that holds a value
    /// but cannot be read as the type asked for is an error naming the column, never a silently skipped row.
    func select<T: Sendable>(_ sql: String, _ binds: [Bind] = [], _ read: @escaping @Sendable (any Row) -> T?) async throws -> [T] {
        // The same message SQLKit logs, so LOG_LEVEL=debug (and the tests' query counts) see every statement.
        db.logger.debug("Executing query", metadata: ["sql": .string(sql)])
        let unreadable = NIOLockedValueBox<[String]>([])
        if let sqlite = db as? any SQLiteDatabase {
            let (text, values) = Self.sqlite(sql, binds)
            let results = NIOLockedValueBox<[T]>([])
            try await sqlite.query(text, values) { row in
                guard let value = read(SQLiteNativeRow(row, unreadable: unreadable)) else { return }
                results.withLockedValue { $0.append(value) }
            }
            if let first = unreadable.withLockedValue({ $0.first }) { throw NativeRowsError.unreadable(first, sql: sql) }
            return results.withLockedValue { $0 }
        }
        guard let postgres = db as? any PostgresDatabase else { throw NativeRowsError.unsupportedDatabase }
        let query = Self.postgres(sql, binds)
        let logger = postgres.logger
        return try await postgres.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                var values: [T] = []
                for try await row in try await connection.query(query, logger: logger) {
                    if let value = read(PostgresNativeRow(row: row.makeRandomAccess(), unreadable: unreadable)) {
                        values.append(value)
                    }
                }
                if let first = unreadable.withLockedValue({ $0.first }) { throw NativeRowsError.unreadable(first, sql: sql) }
                return values
            }
        }.get()
    }

    /// Runs a statement that returns no rows (an INSERT or UPDATE).
    func execute(_ sql: String, _ binds: [Bind] = []) async throws {
        guard db is any SQLiteDatabase else {
            let _: [Bool] = try await select(sql, binds) { _ in nil }
            return
        }
        try await SQLiteWriteGate.inTurn {
            let _: [Bool] = try await select(sql, binds) { _ in nil }
        }
    }

    // MARK: - Dialects

    /// SQLite numbers its parameters `?1`, `?2`, … ; a list becomes `(?4, ?5, …)` appended after the others.
    static func sqlite(_ sql: String, _ binds: [Bind]) -> (String, [SQLiteData]) {
        var text = sql
        var values: [SQLiteData] = []
        var lists: [(Int, [UUID])] = []
        for (offset, bind) in binds.enumerated() {
            switch bind {
            // Fluent keeps UUIDs as upper-case text, dates as seconds since 1970 and booleans as 0 or 1 in SQLite.
            case .text(let value): values.append(.text(value))
            case .int(let value): values.append(.integer(value))
            case .date(let value): values.append(.float(value.timeIntervalSince1970))
            case .uuid(let value): values.append(.text(value.uuidString))
            case .bool(let value): values.append(.integer(value ? 1 : 0))
            case .uuids(let ids):
                values.append(.null)  // keeps the numbering; the list itself goes at the end
                lists.append((offset + 1, ids))
            }
        }
        for (number, ids) in lists {
            let first = values.count + 1
            values += ids.map { .text($0.uuidString) }
            // An empty list matches nothing: `IN (NULL)` through the list's own (null) placeholder.
            let placeholders = ids.isEmpty ? "?\(number)" : ids.indices.map { "?\(first + $0)" }.joined(separator: ", ")
            text = text.replacingOccurrences(of: "IN $\(number)", with: "IN (\(placeholders))")
        }
        // Without lists the text depends only on the statement, so it is rewritten once.
        let key = lists.isEmpty ? sql : nil
        if let key, let cached = sqliteTextBySQL.withLock({ $0[key] }) { return (cached, values) }
        for number in stride(from: binds.count, through: 1, by: -1) {
            text = text.replacingOccurrences(of: "$\(number)", with: "?\(number)")
        }
        if let key {
            sqliteTextBySQL.withLock { cache in
                if cache.count < 1_000 { cache[key] = text }
            }
        }
        return (text, values)
    }

    private static let sqliteTextBySQL = Guarded<[String: String]>([:])

    static func postgres(_ sql: String, _ binds: [Bind]) -> PostgresQuery {
        var text = sql
        var bindings = PostgresBindings()
        for (offset, bind) in binds.enumerated() {
            switch bind {
            case .text(let value): bindings.append(value)
            case .int(let value): bindings.append(value)
            case .date(let value): bindings.append(value)
            case .uuid(let value): bindings.append(value)
            case .bool(let value): bindings.append(value)
            case .uuids(let ids):
                bindings.append(ids)
                text = text.replacingOccurrences(of: "IN $\(offset + 1)", with: "= ANY($\(offset + 1))")
            }
        }
        return PostgresQuery(unsafeSQL: text, binds: bindings)
    }
}

/// Why a native query could not run.
enum NativeRowsError: Error, CustomStringConvertible {
    case unsupportedDatabase
    /// A stored value that is not of the type the page reads it as (a damaged or older record).
    case unreadable(String, sql: String)

    var description: String {
        switch self {
        case .unsupportedDatabase: "native rows need SQLite or PostgreSQL"
        case .unreadable(let cell, let sql): "unreadable value: \(cell), in \(sql.prefix(120))"
        }
    }
}

/// A SQLite row, read by position (names can repeat in a join, and need not be simple).
private struct SQLiteNativeRow: NativeRows.Row {
    let cells: [SQLiteData]
    let names: [String]
    let unreadable: NIOLockedValueBox<[String]>

    init(_ row: SQLiteRow, unreadable: NIOLockedValueBox<[String]>) {
        cells = row.columns.map(\.data)
        names = row.columns.map(\.name)
        self.unreadable = unreadable
    }

    /// The cell read by `convert`; `nil` for NULL, and a recorded failure for a value that does not convert.
    private func read<T>(_ index: Int, _ type: String, _ convert: (SQLiteData) -> T?) -> T? {
        guard index < cells.count, cells[index] != .null else { return nil }
        guard let value = convert(cells[index]) else {
            unreadable.withLockedValue { $0.append("column \(names[index]) as \(type)") }
            return nil
        }
        return value
    }

    func uuid(_ index: Int) -> UUID? { read(index, "UUID") { $0.string.flatMap(UUID.init(uuidString:)) } }
    func text(_ index: Int) -> String? { read(index, "text") { $0.string } }
    func int(_ index: Int) -> Int? { read(index, "integer") { $0.integer } }
    func double(_ index: Int) -> Double? { read(index, "number") { $0.double } }
    func date(_ index: Int) -> Date? { double(index).map(Date.init(timeIntervalSince1970:)) }
    func bool(_ index: Int) -> Bool? { read(index, "boolean") { $0.bool } }
}

/// A PostgreSQL row decoded cell by cell.
private struct PostgresNativeRow: NativeRows.Row {
    let row: PostgresRandomAccessRow
    let unreadable: NIOLockedValueBox<[String]>

    /// The cell read by `body`; `nil` for NULL, and a recorded failure for a value of another type.
    private func decode<T>(_ index: Int, _ type: String, _ body: (PostgresCell) throws -> T?) -> T? {
        do {
            return try body(row[index])
        } catch {
            unreadable.withLockedValue { $0.append("column \(row[index].columnName) as \(type)") }
            return nil
        }
    }

    func uuid(_ index: Int) -> UUID? { decode(index, "UUID") { try $0.decode(UUID?.self) } }
    func text(_ index: Int) -> String? { decode(index, "text") { try $0.decode(String?.self) } }
    func int(_ index: Int) -> Int? { decode(index, "integer") { try $0.decode(Int?.self) } }
    func double(_ index: Int) -> Double? { decode(index, "number") { try $0.decode(Double?.self) } }
    func date(_ index: Int) -> Date? { decode(index, "date") { try $0.decode(Date?.self) } }
    func bool(_ index: Int) -> Bool? { decode(index, "boolean") { try $0.decode(Bool?.self) } }
}
