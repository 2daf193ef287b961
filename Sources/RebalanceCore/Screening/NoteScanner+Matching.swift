import Foundation

/// Finding a phrase's terms in a clause: clauses, term groups within a window, and prefix matching.
extension NoteScanner {
    /// The clauses of a sentence (split at segment and clause breaks) with the index each starts at.
    static func clauses(of sentence: [String]) -> [(Int, [String])] {
        var result: [(Int, [String])] = []
        var start = 0
        for (index, token) in sentence.enumerated()
        where token == NoteText.segmentBreak || token == NoteText.clauseBreak {
            if index > start { result.append((start, Array(sentence[start..<index]))) }
            start = index + 1
        }
        if start < sentence.count { result.append((start, Array(sentence[start...]))) }
        return result
    }

    /// Where the part of a sentence that holds `start` begins: just after the last contrast ("but", "and now")
    /// before it, or the sentence's start.
    static func contrastStart(before start: Int, in sentence: [String]) -> Int {
        sentence[..<start].lastIndex(of: NoteText.clauseBreak).map { $0 + 1 } ?? 0
    }

    /// Whether one of `cues` is in `tokens`; with `limit`, whether one starts before it, wherever it ends.
    func contains(_ cues: [Term], in tokens: [String], startingBefore limit: Int? = nil) -> Bool {
        for index in 0..<min(limit ?? tokens.count, tokens.count) {
            for cue in cues where matches(cue.words, in: tokens, at: index) { return true }
        }
        return false
    }

    /// `tokens` with every word of each occurrence of `cues` blanked out, so that no other cue is found inside them.
    func blanking(_ cues: [Term], in tokens: [String]) -> [String] {
        var blanked = tokens
        for index in tokens.indices {
            for cue in cues where matches(cue.words, in: tokens, at: index) {
                let end = min(tokens.count, index + cue.words.count)
                blanked.replaceSubrange(index..<end, with: repeatElement(NoteText.blank, count: end - index))
            }
        }
        return blanked
    }

    /// Whether an exception is stated in `tokens` and none of its parts is itself denied: "not back to normal",
    /// "it's not the new shoes" and "hasn't worn off even though I got off" are no exception. A part denied by "no"
    /// is read past, so "no plaster on the blister" still has its blister.
    func holds(_ exception: [[Term]], in tokens: [String]) -> Bool {
        occurrence(of: exception, in: tokens) != nil
    }

    /// Where `exception` holds in `tokens` (its groups' places), as `holds` reads it.
    func occurrence(of exception: [[Term]], in tokens: [String]) -> [ClosedRange<Int>]? {
        var tokens = tokens
        while let groups = findGroups(exception, in: tokens, window: Self.window * 2) {
            let denials = groups.compactMap { group in
                denial(before: group.lowerBound, in: tokens).map { (group: group, word: $0) }
            }
            if denials.isEmpty { return groups }
            if denials.contains(where: { !cueTerms.thingDenials.contains($0.word) }) { return nil }
            tokens = Self.blanking(denials.map(\.group), in: tokens)
        }
        return nil
    }

    /// `tokens` with the words at `places` blanked out.
    static func blanking(_ places: [ClosedRange<Int>], in tokens: [String]) -> [String] {
        var blanked = tokens
        for place in places {
            for index in place { blanked[index] = NoteText.blank }
        }
        return blanked
    }

    /// The negation before an exception's part, within its item: "not the new shoes", "wasn't even doing squats",
    /// "can't be the new boots", "nothing to do with leg day"; "no swelling and walking fine" is two items.
    private func denial(before start: Int, in tokens: [String]) -> String? {
        let leadingUp = tokens[..<start]
        if cueTerms.notTheCause.contains(where: { leadingUp.suffix($0.count).elementsEqual($0) }) { return "not" }
        for index in stride(from: start - 1, through: 0, by: -1) {
            let token = tokens[index]
            if Self.breaks.contains(token) || token == NoteText.blank || cueTerms.itemStarts.contains(token) {
                return nil
            }
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            if cueTerms.sayingsAfterNegation.contains(next) { continue }
            if token == "be", index > 0, cueTerms.cannotBe.contains(tokens[index - 1]) { return tokens[index - 1] }
            let denies = cueTerms.denialsOfTheNextWord.contains(token) || isNegation(token)
            // "No" reaches three words ("no pain, just the new shoes" is two things); a denied verb reaches the whole
            // item ("didn't go away when I got off").
            if denies, start - index <= 3 || !cueTerms.thingDenials.contains(token) { return token }
        }
        return nil
    }

    /// The token span from the first group's start to the last group's end (the words a found phrase covers).
    static func span(of groups: [ClosedRange<Int>]) -> ClosedRange<Int> {
        (groups.map(\.lowerBound).min() ?? 0)...(groups.map(\.upperBound).max() ?? 0)
    }

    /// Where each group of the phrase occurs, if all occur within `window` tokens: for each occurrence of the
    /// first group, every other group's nearest free occurrence ("stairs … tight band across his chest" finds the
    /// "stairs" next to the chest, not an earlier "climbs").
    func findGroups(_ phrase: [[Term]], in tokens: [String], window: Int) -> [ClosedRange<Int>]? {
        let occurrences = phrase.map { group in
            tokens.indices.compactMap { index -> ClosedRange<Int>? in
                guard tokens[index] != NoteText.comma,
                    let term = group.first(where: { matches($0.words, in: tokens, at: index) })
                else { return nil }
                return index...(index + term.words.count - 1)
            }
        }
        guard let anchors = occurrences.first else { return nil }
        for anchor in anchors {
            var spans = [anchor]
            for candidates in occurrences.dropFirst() {
                let free = candidates.filter { candidate in !spans.contains { $0.overlaps(candidate) } }
                guard
                    let nearest = free.min(by: {
                        abs($0.lowerBound - anchor.lowerBound) < abs($1.lowerBound - anchor.lowerBound)
                    })
                else { return nil }
                spans.append(nearest)
            }
            let covered = Self.span(of: spans)
            if window == Int.max || covered.upperBound - covered.lowerBound <= window { return spans }
        }
        return nil
    }

    /// A (possibly multi-word) term at `start`; words of four letters or more match as prefixes, shorter ones
    /// only exactly ("red" must not match "reduced"), and a whole word only itself ("numb" is not "number").
    func matches(_ words: [String], in tokens: [String], at start: Int) -> Bool {
        guard !words.isEmpty, start >= 0, start + words.count <= tokens.count else { return false }
        // This loop is the scanner's hot path: a plain index and the cheapest test first (a prefix is rare), since
        // iterators and counting characters cost much in the unoptimized build the tests run.
        var offset = 0
        while offset < words.count {
            let word = words[offset]
            let token = tokens[start + offset]
            offset += 1
            if token == word { continue }
            guard token.hasPrefix(word), word.count >= 4, !cueTerms.wholeWords.contains(token) else { return false }
        }
        return true
    }
}
