import Fluent
import SQLKit
import Vapor

/// A stored value that cannot be read back as the type a page needs (a damaged row, or one in an older shape).
///
/// The request fails and the log names the table and column — never the value — instead of the row quietly
/// dropping out of a list.
struct UnreadableColumn: Error, CustomStringConvertible {
    let table: String
    let column: String
    let reason: String

    var description: String { "The stored value \(table).\(column) could not be read: \(reason)" }
}

extension Database {
    /// This database as SQL, for the reads Fluent's query builder cannot say (unions, joins into plain values).
    /// Both drivers Rebalance runs on are SQL databases; anything else is a configuration error.
    var sql: any SQLDatabase {
        get throws {
            guard let sql = self as? any SQLDatabase else {
                throw Abort(.internalServerError, reason: "Rebalance runs on SQLite or PostgreSQL only.")
            }
            return sql
        }
    }
}

extension SQLRow {
    /// The value of `column`, read from `table`; a value of another type throws, naming both.
    func stored<T: Decodable>(_ column: String, of table: String, as type: T.Type = T.self) throws -> T {
        do {
            return try decode(column: column, as: T.self)
        } catch {
            throw UnreadableColumn(table: table, column: column, reason: String(describing: error))
        }
    }
}
