import Foundation

/// Values kept as JSON text in one column (answers, findings, programs, logs): a new question or field never
/// needs a migration, and the text reads the same on SQLite and PostgreSQL.
enum JSONColumn {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The stored value; `empty` when nothing was stored yet. Text that no longer decodes (a record in an older
    /// shape, a damaged row) throws: a client's record must never quietly show as empty.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String, empty: T) throws -> T {
        guard !text.isEmpty else { return empty }
        return try decode(type, text)
    }

    /// The stored value, which must be there; throws `UnreadableRecord` when the text does not decode.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw UnreadableRecord(kind: String(describing: T.self), reason: String(describing: error))
        }
    }
}

/// A value stored as JSON that can no longer be read. The request fails (a 500, logged) instead of showing the
/// record as empty; the message names the kind of value, never its content.
struct UnreadableRecord: Error, CustomStringConvertible {
    let kind: String
    let reason: String

    var description: String { "A stored \(kind) could not be read: \(reason)" }
}
