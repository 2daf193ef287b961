import Fluent
import Foundation
import SQLKit
import Vapor

/// One table's row count and a checksum of every row, independent of the order rows are stored in: two databases
/// with equal digests hold the same data. Used to check a backup against the database it came from and a restore
/// against its backup.
public struct TableDigest: Sendable, Equatable, CustomStringConvertible {
    public let table: String
    public let rows: Int
    public let checksum: String

    public var description: String { "\(table): \(rows) rows, \(checksum.prefix(12))" }

    /// Every table of a SQLite database (`schema` "main", or the name a file was attached under).
    static func sqlite(_ sql: any SQLDatabase, schema: String = "main") async throws -> [TableDigest] {
        let quotedSchema = quoted(schema)
        let tables = try await sql.raw(
            """
            SELECT name FROM \(unsafeRaw: quotedSchema).sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
            """
        ).all().map { try $0.decode(column: "name", as: String.self) }
        var digests: [TableDigest] = []
        for table in tables {
            let columns = try await sql.raw("PRAGMA \(unsafeRaw: quotedSchema).table_info(\(unsafeRaw: quoted(table)))")
                .all().map { try $0.decode(column: "name", as: String.self) }
            // quote() writes every value, blobs included, as SQL text: one line per row, sorted, then hashed.
            let row = columns.map { "quote(\(quoted($0)))" }.joined(separator: " || ',' || ")
            let lines = try await sql.raw(
                """
                SELECT \(unsafeRaw: row) AS line FROM \(unsafeRaw: quotedSchema).\(unsafeRaw: quoted(table)) \
                ORDER BY line
                """
            ).all().map { try $0.decode(column: "line", as: String.self) }
            digests.append(TableDigest(table: table, rows: lines.count, checksum: checksum(of: lines)))
        }
        return digests
    }

    /// Every table in PostgreSQL's public schema.
    static func postgres(_ sql: any SQLDatabase) async throws -> [TableDigest] {
        let tables = try await sql.raw(
            """
            SELECT table_name::text AS name FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name
            """
        ).all().map { try $0.decode(column: "name", as: String.self) }
        var digests: [TableDigest] = []
        for table in tables {
            // A row's text form holds every column; sorted, the checksum does not depend on storage order.
            let row = try await sql.raw(
                """
                SELECT count(*)::bigint AS rows,
                       md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum
                FROM \(unsafeRaw: quoted(table)) t
                """
            ).first()
            guard let row else { continue }
            digests.append(
                TableDigest(
                    table: table, rows: Int(try row.decode(column: "rows", as: Int64.self)),
                    checksum: try row.decode(column: "checksum", as: String.self)))
        }
        return digests
    }

    private static func checksum(of lines: [String]) -> String {
        var hash = SHA256()
        for line in lines { hash.update(data: Data((line + "\n").utf8)) }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// An identifier in double quotes, quotes inside doubled.
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
