/// Finds clear red-flag phrases in free text, ignoring negated mentions ("no numbness", "denies bladder change").
///
/// Text is split into clauses at sentence ends and contrast words ("but", "however"); a phrase matches when
/// every one of its term groups occurs within a short window of one clause. A negation word shortly before the
/// match (with no comma in between) cancels it, unless it is a hedge such as "not sure".
public struct NoteScanner: Sendable {
    /// A phrase found in the text and the words that matched.
    public struct Match: Sendable, Equatable {
        public let flag: RedFlagID
        public let excerpt: String
    }

    static let window = 12
    static let negationReach = 5
    static let negations: Set<String> = [
        "no", "not", "never", "denies", "denied", "deny", "denying", "without", "negative", "none", "nor",
        "don't", "doesn't", "didn't", "haven't", "hasn't", "isn't", "wasn't", "aren't", "hadn't", "nil",
    ]
    /// Words after a negation that make it a hedge, not a denial ("not sure if …", "not only …").
    static let hedges: Set<String> = ["sure", "only", "certain", "just", "clear"]
    static let clauseBreakers: Set<String> = ["but", "however", "although", "though", "except", "yet"]

    public let flags: [RedFlagDefinition]

    public init(flags: [RedFlagDefinition]) { self.flags = flags }

    /// Every red flag revealed by the text, at most one match per flag, in knowledge-base order.
    public func scan(_ text: String) -> [Match] {
        let clauses = Self.clauses(of: text)
        var matches: [Match] = []
        for flag in flags {
            search: for clause in clauses {
                for phrase in flag.phrases {
                    if let span = Self.find(phrase, in: clause), !Self.isNegated(clause, before: span.lowerBound) {
                        let words = clause[span].filter { $0 != "," }
                        matches.append(Match(flag: flag.id, excerpt: words.joined(separator: " ")))
                        break search
                    }
                }
            }
        }
        return matches
    }

    /// Lower-cased word tokens per clause; commas stay as "," tokens because they end a negation's reach.
    static func clauses(of text: String) -> [[String]] {
        var clauses: [[String]] = []
        var current: [String] = []
        var word = ""
        func endWord() {
            guard !word.isEmpty else { return }
            if clauseBreakers.contains(word) {
                if !current.isEmpty { clauses.append(current) }
                current = []
            } else {
                current.append(word)
            }
            word = ""
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character == "'" || character == "’" {
                if !word.isEmpty { word.append("'") }
            } else {
                endWord()
                if ".;!?\n:".contains(character) {
                    if !current.isEmpty { clauses.append(current) }
                    current = []
                } else if character == "," || character == "(" || character == ")" {
                    current.append(",")
                }
            }
        }
        endWord()
        if !current.isEmpty { clauses.append(current) }
        return clauses
    }

    /// The token span covering one occurrence of every group, if all occur within the window.
    static func find(_ phrase: [[String]], in clause: [String]) -> ClosedRange<Int>? {
        var spans: [ClosedRange<Int>] = []
        for group in phrase {
            let terms = group.map { $0.split(separator: " ").map(String.init) }
            guard let span = clause.indices.lazy.compactMap({ start in
                terms.lazy.compactMap { words in match(words, in: clause, at: start) }.first
            }).first(where: { candidate in !spans.contains { $0.overlaps(candidate) } })
            else { return nil }
            spans.append(span)
        }
        guard let low = spans.map(\.lowerBound).min(), let high = spans.map(\.upperBound).max(),
            high - low <= window
        else { return nil }
        return low...high
    }

    /// A (possibly multi-word) term starting at `start`; words of four letters or more match as prefixes
    /// ("numb" → "numbness"), shorter ones only exactly ("red" must not match "reduced").
    private static func match(_ words: [String], in clause: [String], at start: Int) -> ClosedRange<Int>? {
        guard !words.isEmpty, start + words.count <= clause.count else { return nil }
        for (offset, word) in words.enumerated() {
            let token = clause[start + offset]
            let matches = word.count >= 4 ? token.hasPrefix(word) : token == word
            if !matches { return nil }
        }
        return start...(start + words.count - 1)
    }

    static func isNegated(_ clause: [String], before start: Int) -> Bool {
        var index = start - 1
        var reach = 0
        while index >= 0 && reach < negationReach {
            let token = clause[index]
            if token == "," { return false }
            if negations.contains(token) {
                let next = index + 1 < clause.count ? clause[index + 1] : ""
                return !hedges.contains(next)
            }
            index -= 1
            reach += 1
        }
        return false
    }
}
