import Foundation

/// Which of the knowledge base's terms a note may hold, worked out once per note from its words, so the scanner
/// looks clause by clause only for those: most of a flag's hundreds of terms are not in a given note, and a phrase
/// with a group none of whose terms can occur is never found.
extension NoteScanner {
    /// Every term the scanner knows, once each, indexed by its first word.
    struct TermTable: Sendable {
        /// Each term's words, by its id.
        private(set) var words: [[String]] = []
        private var ids: [[String]: Int] = [:]
        /// The ids of the terms that start with each word.
        private(set) var byFirstWord: [String: [Int]] = [:]

        /// The term for a knowledge-base text, the same one each time the text comes again.
        mutating func term(_ text: String) -> Term {
            let split = Term.split(text)
            if let id = ids[split] { return Term(words: split, id: id) }
            let id = words.count
            words.append(split)
            ids[split] = id
            if let first = split.first { byFirstWord[first, default: []].append(id) }
            return Term(words: split, id: id)
        }
    }

    /// The terms a note may hold: every word of the term matches some word of the note, as `matches` compares them
    /// (exactly, or as a prefix for words of four letters or more). The whole-word exceptions are left to
    /// `matches`: this only rules terms out, never in.
    struct PossibleTerms {
        private var holds: [Bool]

        init(_ note: NoteText, terms: TermTable) {
            holds = Array(repeating: false, count: terms.words.count)
            let noteWords = Set(note.sentences.joined())
            // A word of four letters or more in a term also matches the note's longer words that start with it.
            var matched = noteWords
            for word in noteWords where word.count > 4 {
                for length in 4..<word.count { matched.insert(String(word.prefix(length))) }
            }
            for word in matched {
                for id in terms.byFirstWord[word] ?? [] {
                    // Only words of four letters or more were added as prefixes, so a shorter one found here is one
                    // of the note's own words.
                    holds[id] = terms.words[id].dropFirst().allSatisfy(matched.contains)
                }
            }
        }

        /// Whether the term may be in the note. Only the note's own words were indexed, so this holds for the terms
        /// matched against them, as the flags' are; a term looked for in other words must not be ruled out here.
        func mayHold(_ term: Term) -> Bool { holds[term.id] }

        /// Whether the term with this id in the table may be in the note (for the test that none is wrongly ruled
        /// out).
        func mayHold(id: Int) -> Bool { holds[id] }

        /// The terms of each group that may be in the note, or nil when a group has none (the phrase cannot occur).
        func possible(_ phrase: [[Term]]) -> [[Term]]? {
            var groups: [[Term]] = []
            for group in phrase {
                let present = group.filter(mayHold)
                if present.isEmpty { return nil }
                groups.append(present)
            }
            return groups
        }
    }
}

extension NoteScanner.PossibleTerms {
    /// A flag's remedy lists with only the terms that may be in the note, or nil when nothing tried, no failure or no
    /// pain can occur.
    func possible(_ terms: NoteScanner.ReliefTerms) -> NoteScanner.ReliefTerms? {
        let tried = terms.tried.filter(mayHold)
        let relief = terms.relief.filter(mayHold)
        let failed = terms.failed.filter(mayHold)
        let pain = terms.pain.filter(mayHold)
        guard !tried.isEmpty, !(relief.isEmpty && failed.isEmpty), !pain.isEmpty else { return nil }
        return NoteScanner.ReliefTerms(
            tried: tried, relief: relief, failed: failed, pain: pain,
            otherTroubles: terms.otherTroubles.filter(mayHold),
            eased: terms.eased.filter(mayHold), conditions: terms.conditions.filter(mayHold))
    }
}
