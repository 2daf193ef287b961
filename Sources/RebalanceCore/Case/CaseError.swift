/// One problem with a case, named by its field path (`findings[3].value`).
public struct CaseIssue: Sendable, Equatable, Codable, CustomStringConvertible {
    public let path: String
    public let message: String

    public init(_ path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// Why a case was rejected: every problem found, each with its field path.
public struct CaseError: Error, Sendable, Equatable, CustomStringConvertible {
    public let issues: [CaseIssue]

    public init(_ issues: [CaseIssue]) { self.issues = issues }
    public init(_ path: String, _ message: String) { self.issues = [CaseIssue(path, message)] }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
