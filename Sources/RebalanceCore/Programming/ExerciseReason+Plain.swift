extension ExerciseReason {
    /// The reason in the client's words, for the handout and the client's pages: everyday muscle names, the side
    /// in words, and the plain names of the patterns behind it ("releases your outer-hip muscle on the right, which
    /// tends to overwork with knees that cave inward"). `text` stays the trainer's version.
    public func plainWords(_ knowledge: KnowledgeBase) -> String {
        let parts = plainParts(knowledge)
        return parts.tail.isEmpty ? parts.action : "\(parts.action), \(parts.tail)"
    }

    /// What it does ("releases your outer-hip muscle on the right") and why ("which tends to overwork with …").
    func plainParts(_ knowledge: KnowledgeBase) -> (action: String, tail: String) {
        guard let muscle, let named = knowledge.musclesByID[muscle] else { return (text, "") }
        let verb = role.map(\.plainVerb) ?? "works"
        let side = side.map { $0 == .both ? "" : " on the \($0.rawValue)" } ?? ""
        let tendency =
            switch role {
            case .release, .lengthen: "which tends to overwork"
            default: "which tends to do too little"
            }
        let patterns = because.map { id -> String in
            if let pattern = knowledge.patternsByID[PatternID(rawValue: id)] {
                return Self.lowercasedStart(pattern.plainName)
            }
            if id.hasPrefix("overheadSquat."),
                let compensation = OverheadSquatCompensation(rawValue: String(id.dropFirst("overheadSquat.".count))),
                let definition = knowledge.compensationsByID[compensation]
            {
                return "the squat check (\(definition.name.lowercased()))"
            }
            return id
        }
        let with = patterns.isEmpty ? "" : " with " + patterns.joinedAsList
        return ("\(verb) your \(named.plainName)\(side)", "\(tendency)\(with)")
    }

    /// "Knees that cave inward" → "knees that cave inward", leaving a leading abbreviation ("SI joint") as it is.
    private static func lowercasedStart(_ text: String) -> String {
        guard let first = text.first, text.dropFirst().first?.isLowercase ?? true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

extension ExerciseDefinition.Role {
    /// What the exercise does to the muscle, in a client's words.
    var plainVerb: String {
        switch self {
        case .release: "releases"
        case .lengthen: "lengthens"
        case .activate: "wakes up"
        case .strengthen: "strengthens"
        case .integrate: "trains"
        }
    }
}

extension [ExerciseReason] {
    /// All the reasons in the client's words, each "why" said once: reasons that share it are joined ("releases your
    /// calf and wakes up your shin muscle, which …"), and at most two are named, so the line stays short.
    public func plainWords(_ knowledge: KnowledgeBase) -> String {
        var groups: [(actions: [String], tail: String)] = []
        for reason in self {
            let (action, tail) = reason.plainParts(knowledge)
            if let index = groups.firstIndex(where: { $0.tail == tail }) {
                if !groups[index].actions.contains(action) { groups[index].actions.append(action) }
            } else {
                groups.append(([action], tail))
            }
        }
        let said = groups.prefix(2).map { group -> String in
            let tail =
                group.actions.count > 1
                ? group.tail.replacingOccurrences(of: "which tends", with: "which tend")
                : group.tail
            return tail.isEmpty ? group.actions.joinedAsList : "\(group.actions.joinedAsList), \(tail)"
        }
        return said.joined(separator: "; ")
    }
}
