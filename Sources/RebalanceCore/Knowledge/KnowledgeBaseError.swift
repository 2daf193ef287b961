/// One problem found while loading the knowledge base, naming the file and the entry.
public struct KnowledgeIssue: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let entry: String?
    public let message: String

    public init(file: String, entry: String?, message: String) {
        self.file = file
        self.entry = entry
        self.message = message
    }

    public var description: String {
        if let entry { return "\(file) [\(entry)]: \(message)" }
        return "\(file): \(message)"
    }
}

/// Why the knowledge base could not be loaded; the product refuses to run on a broken one.
public enum KnowledgeBaseError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingResources
    case unreadable(file: String, reason: String)
    case invalid([KnowledgeIssue])

    public var description: String {
        switch self {
        case .missingResources:
            "The knowledge base files were not found beside the program (Resources/knowledge)."
        case .unreadable(let file, let reason):
            "The knowledge-base file \(file) could not be read: \(reason)"
        case .invalid(let issues):
            "The knowledge base has \(issues.count) problem(s):\n"
                + issues.map { "  - \($0)" }.joined(separator: "\n")
        }
    }
}
