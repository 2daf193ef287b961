import Foundation

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
    /// One term of a phrase group, split into words, with the lookup key of its first word.
    struct Term: Sendable {
        let words: [String]
        let key: String
    }

    /// Each flag's phrases compiled once: flag → phrase → group → terms.
    private let compiled: [(id: RedFlagID, phrases: [[[Term]]])]

    public init(flags: [RedFlagDefinition]) {
        self.flags = flags
        compiled = flags.map { flag in
            (flag.id, flag.phrases.map { phrase in
                phrase.map { group in
                    group.map { term in
                        let words = term.split(separator: " ").map(String.init)
                        return Term(words: words, key: Self.key(words.first ?? ""))
                    }
                }
            })
        }
    }

    /// Words of four letters or more match by prefix, so they are looked up by their first four letters;
    /// shorter words match exactly, so they are their own key.
    static func key(_ word: String) -> String {
        word.utf8.count >= 4 ? String(decoding: word.utf8.prefix(4), as: UTF8.self) : word
    }

    /// A clause's tokens with the positions of each lookup key.
    struct Clause {
        let tokens: [String]
        let positions: [String: [Int]]

        init(_ tokens: [String]) {
            self.tokens = tokens
            var positions: [String: [Int]] = [:]
            for (index, token) in tokens.enumerated() where token != "," {
                positions[NoteScanner.key(token), default: []].append(index)
            }
            self.positions = positions
        }
    }

    /// Every red flag revealed by the text, at most one match per flag, in knowledge-base order.
    public func scan(_ text: String) -> [Match] {
        guard !text.isEmpty else { return [] }
        let clauses = Self.clauses(of: text).map(Clause.init)
        var matches: [Match] = []
        for flag in compiled {
            search: for clause in clauses {
                for phrase in flag.phrases {
                    if let span = Self.find(phrase, in: clause), !Self.isNegated(clause.tokens, before: span.lowerBound) {
                        let words = clause.tokens[span].filter { $0 != "," }
                        matches.append(Match(flag: flag.id, excerpt: words.joined(separator: " ")))
                        break search
                    }
                }
            }
        }
        return matches
    }

    /// Lower-cased word tokens per clause; commas stay as "," tokens because they end a negation's reach.
    ///
    /// Works on UTF-8 bytes: ASCII letters and digits form words, any non-ASCII byte stays inside its word
    /// (so accented words survive), and a curly apostrophe is folded to a straight one.
    static func clauses(of text: String) -> [[String]] {
        var clauses: [[String]] = []
        var current: [String] = []
        var word: [UInt8] = []
        func endWord() {
            guard !word.isEmpty else { return }
            var token = String(decoding: word, as: UTF8.self)
            if word.contains(where: { $0 >= 0x80 }) { token = token.replacingOccurrences(of: "\u{2019}", with: "'") }
            word.removeAll(keepingCapacity: true)
            if clauseBreakers.contains(token) {
                if !current.isEmpty { clauses.append(current) }
                current = []
            } else {
                current.append(token)
            }
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                word.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...0xFF:
                word.append(byte)
            case UInt8(ascii: "'"):
                if !word.isEmpty { word.append(byte) }
            case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\n"), UInt8(ascii: ":"):
                endWord()
                if !current.isEmpty { clauses.append(current) }
                current = []
            case UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"):
                endWord()
                current.append(",")
            default:
                endWord()
            }
        }
        endWord()
        if !current.isEmpty { clauses.append(current) }
        return clauses
    }

    /// The token span covering one occurrence of every group, if all occur within the window.
    static func find(_ phrase: [[Term]], in clause: Clause) -> ClosedRange<Int>? {
        var spans: [ClosedRange<Int>] = []
        spans.reserveCapacity(phrase.count)
        for group in phrase {
            // The earliest occurrence of any of the group's terms that does not reuse a matched word.
            var found: ClosedRange<Int>?
            for term in group {
                for start in clause.positions[term.key] ?? [] {
                    if let current = found, current.lowerBound <= start { break }
                    if let span = match(term.words, in: clause.tokens, at: start),
                        !spans.contains(where: { $0.overlaps(span) })
                    {
                        found = span
                        break
                    }
                }
            }
            guard let span = found else { return nil }
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
            let matches = word.utf8.count >= 4 ? token.hasPrefix(word) : token == word
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
