import Foundation

/// Values kept as JSON text in one column (answers, findings, programs, logs): a new question or field never
/// needs a migration, and the text reads the same on SQLite and PostgreSQL.
enum JSONColumn {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The stored value, or `fallback` when the text is empty or was written by an older shape.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String, fallback: T) -> T {
        guard !text.isEmpty else { return fallback }
        return (try? JSONDecoder().decode(T.self, from: Data(text.utf8))) ?? fallback
    }
}
