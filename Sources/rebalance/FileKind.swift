import Foundation

/// Which of Rebalance's JSON files a document looks like, so a file given in the wrong place is named as such
/// instead of failing on the first missing field.
enum FileKind: String {
    case caseFile = "a case (the input of assess and program)"
    case program = "a program (the output of program --format json)"
    case progressLog = "a progress log (phase, sessions and re-tests)"
    case assessment = "an assessment (the output of assess)"
    case posturePoints = "a posture points file (the input of posture angles)"

    /// The kind whose telltale top-level keys the document has; `nil` for anything else, including invalid JSON.
    static func of(_ data: Data) -> FileKind? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        let keys = Set(object.keys)
        if keys.isSuperset(of: ["phases", "knowledgeBaseVersion"]) { return .program }
        if keys.isSuperset(of: ["patterns", "observations"]) { return .assessment }
        if keys.isSuperset(of: ["sessions", "phase"]) { return .progressLog }
        if keys.contains("client") && (keys.contains("findings") || keys.contains("painAreas")) { return .caseFile }
        if keys.isSuperset(of: ["view", "points"]) { return .posturePoints }
        return nil
    }

    /// Stops with a clear message when `data` is recognisably another kind of file than `expected`.
    static func require(_ expected: FileKind, _ data: Data, path: String) {
        guard let found = of(data), found != expected else { return }
        Terminal.fail("\(path) looks like \(found.rawValue), not \(expected.rawValue)", status: .badInput)
    }
}
