import Foundation

extension NoteScanner {
    /// A cue list indexed by its first word, so a note's word is compared only with the cues that can start there:
    /// those whose first word is that word, and those whose first word of four letters or more begins it (as
    /// `matches` compares them). A long list looked for at every word of a note is the scanner's costliest search.
    struct CueIndex: Sendable {
        private let byFirstWord: [String: [Term]]

        init(_ terms: [Term]) {
            byFirstWord = Dictionary(grouping: terms.filter { !$0.words.isEmpty }, by: { $0.words[0] })
        }

        /// The cues that may start at `word`, in the list's order for each first word; `matches` still decides.
        func cues(startingAt word: String) -> [Term] {
            var found = byFirstWord[word] ?? []
            let characters = word.count
            var length = 4
            while length < characters {
                found += byFirstWord[String(word.prefix(length))] ?? []
                length += 1
            }
            return found
        }
    }
}

extension NoteScanner {
    /// Whether one of the indexed cues that passes `test` is in `tokens`.
    func contains(_ cues: CueIndex, in tokens: [String], where test: (Term) -> Bool = { _ in true }) -> Bool {
        for index in tokens.indices {
            for cue in cues.cues(startingAt: tokens[index])
            where matches(cue.words, in: tokens, at: index) && test(cue) {
                return true
            }
        }
        return false
    }
}
