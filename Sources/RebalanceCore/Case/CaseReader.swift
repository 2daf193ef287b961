import Foundation

/// Reads a case from JSON bytes: size limit, decoding with field paths, then validation against the knowledge base.
public struct CaseReader: Sendable {
    /// A case is a few kilobytes; anything past this is not a case.
    public static let maximumBytes = 1_048_576

    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) { self.knowledge = knowledge }

    public func read(_ data: Data) throws(CaseError) -> Case {
        let decoded = try Self.decode(data)
        try CaseValidator(knowledge: knowledge).validate(decoded)
        return decoded
    }

    /// Decodes without knowledge-base checks (shape and types only).
    public static func decode(_ data: Data) throws(CaseError) -> Case {
        try decode(Case.self, from: data, what: "case")
    }

    /// Decodes any JSON input of at most `maximumBytes`, with field paths in the errors.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, what: String) throws(CaseError) -> T {
        guard data.count <= maximumBytes else {
            throw CaseError(
                "(file)", "the \(what) is larger than the \(ByteText.format(maximumBytes)) limit for a \(what)")
        }
        guard data.contains(where: { !Self.isWhitespace($0) }) else {
            throw CaseError("(file)", "the \(what) is empty; expected a JSON object")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            var (path, message) = DecodingErrorText.pathAndMessage(error)
            if path == "(top level)", case .typeMismatch = error { message = "expected a JSON object" }
            throw CaseError(path, message)
        } catch {
            throw CaseError("(file)", "is not valid JSON")
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}

/// Human-readable byte sizes for messages.
enum ByteText {
    static func format(_ bytes: Int) -> String {
        if bytes >= 1_048_576 { return "\(NumberText.format(Double(bytes) / 1_048_576)) MB" }
        if bytes >= 1024 { return "\(NumberText.format(Double(bytes) / 1024)) KB" }
        return "\(bytes) bytes"
    }
}
