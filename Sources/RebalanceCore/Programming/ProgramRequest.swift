import Foundation

/// The body of a program request: a case and the client's program options.
public struct ProgramRequest: Codable, Sendable, Equatable {
    public var `case`: Case
    public var options: ProgramOptions

    public init(case input: Case, options: ProgramOptions = ProgramOptions()) {
        self.case = input
        self.options = options
    }

    private enum CodingKeys: String, CodingKey { case `case`, options }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.case = try container.decode(Case.self, forKey: .case)
        options = try container.decodeIfPresent(ProgramOptions.self, forKey: .options) ?? ProgramOptions()
    }

    /// Decodes and validates a request, with every problem reported by its field path (`case.findings[2].value`).
    public static func read(_ data: Data, knowledge: KnowledgeBase) throws(CaseError) -> ProgramRequest {
        let request = try CaseReader.decode(ProgramRequest.self, from: data, what: "request")
        var issues = request.options.issues(pathPrefix: "options.")
        do {
            try CaseValidator(knowledge: knowledge).validate(request.case)
        } catch {
            issues = error.issues.map { CaseIssue("case." + $0.path, $0.message) } + issues
        }
        if !issues.isEmpty { throw CaseError(issues) }
        return request
    }
}
