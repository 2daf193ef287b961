/// Reading a remedy tried and failed across a sentence ("Ice, Advil, elevating it, pillow under it: zero
/// difference"), the construction a clause-sized phrase cannot hold (see `ReliefDenied`).
extension NoteScanner {
    /// A flag's `ReliefDenied` lists as terms.
    struct ReliefTerms: Sendable {
        let tried, relief, failed, pain, otherTroubles, eased, conditions: [Term]
    }

    /// A term found in a note: its sentence, where it stands there, the contrast ("but") part that holds it, and
    /// how many words into that part it opens.
    private struct Occurrence {
        let term: Term
        let sentence: Int
        let span: ClosedRange<Int>
        let part: Int
        let wordsIntoPart: Int
    }

    /// How far into the next part ("… but it changes nothing") or sentence ("Tried X, Y. Doesn't help one bit.") a
    /// failure may open and still answer what was tried.
    static let verdictOpensWithin = 3

    /// The words quoted for the first remedy the client tried for the pain that failed: the failure after it in the
    /// same part of the sentence, within a window, or opening the next part or sentence. Nil when there is none, or
    /// when the note affirms no pain of the client's ("tried melatonin, chamomile, nothing helps. not in any pain").
    /// The failure answers the night pain only where an affirmed `night` word stands in its sentences or beside an
    /// affirmed pain ("ankle sore in the day, ibuprofen doesn't touch it. Sleeps right through, no pain in bed" does
    /// not), where those sentences, or the one before, name no other trouble without the pain ("cough keeps me up,
    /// tried honey, an extra pillow, none of it works"), and where relief is not told after it ("but heat fixes it").
    func firstReliefDenied(
        _ terms: ReliefTerms, unless: [[[Term]]], night: [Term], in note: NoteText, voice: Voice,
        flag: RedFlagDefinition
    ) -> String? {
        let improvementCounts = flag.improvementCounts == true
        let affirmed = { (list: [Term], number: Int) in
            !self.occurrences(of: list, in: note, number, voice: voice, history: false, improvement: improvementCounts)
            { _, reading in reading(false) == .counts }.isEmpty
        }
        let sentences = note.sentences.indices
        let painIn = Set(sentences.filter { affirmed(terms.pain, $0) })
        guard !painIn.isEmpty else { return nil }
        // Night is read as present, not as affirmed: the pain's own denial ("a pain that does not go away in the
        // night") would deny it. Beside the pain, the pain itself must be affirmed.
        let nightIn = Set(sentences.filter { contains(night, in: note.sentences[$0]) })
        let explained = note.sentences.map { sentence in unless.contains { holds($0, in: sentence) } }
        for number in sentences where !explained[number] {
            // When it was tried does not matter ("tried ice last week"); that the client tried it, not as a plan, does.
            let tried = occurrences(of: terms.tried, in: note, number, voice: voice, history: true, improvement: true) {
                _, reading in reading(false) == .counts
            }.filter { !isConditional($0, terms, in: note) }
            guard !tried.isEmpty else { continue }
            var failures = failuresTold(terms, in: note, number, voice: voice, improvement: improvementCounts)
            if number + 1 < note.sentences.count, !explained[number + 1] {
                // The next sentence continues the tried one's last part: its first part is one part further on.
                let lastPart = parts(before: note.sentences[number].count, in: note.sentences[number])
                failures += failuresTold(terms, in: note, number + 1, voice: voice, improvement: improvementCounts)
                    .map {
                        Occurrence(
                            term: $0.term, sentence: $0.sentence, span: $0.span, part: lastPart + 1 + $0.part,
                            wordsIntoPart: $0.wordsIntoPart)
                    }
            }
            for failure in failures where !isConditional(failure, terms, in: note) {
                let told = [number, failure.sentence]
                // The pain is told with the remedies, in the two sentences before them ("Hip pain every night. Tried
                // heat. Nothing."), or after them as night pain ("… does it help? My hip still aches every night"); not
                // only elsewhere in the note ("Hubby's back is bad. Heat, ibuprofen, no difference. I'm a bit sore").
                let nightAfter = [failure.sentence + 1].filter { nightIn.contains($0) }
                if painIn.isDisjoint(with: [number - 2, number - 1] + told + nightAfter) { continue }
                // A pain the note denies ("cough keeps me up, no pain") cannot claim the failure from the trouble.
                let troubled = ([number - 1] + told).filter { $0 >= 0 }.contains { at in
                    contains(terms.otherTroubles, in: note.sentences[at]) && !painIn.contains(at)
                }
                if troubled, told.allSatisfy({ !painIn.contains($0) }) { continue }
                if !night.isEmpty, told.allSatisfy({ !nightIn.contains($0) }), nightIn.isDisjoint(with: painIn) {
                    continue
                }
                if isEased(after: failure, terms, in: note, voice: voice) { continue }
                let answers = { (remedy: Occurrence) in
                    if remedy.part == failure.part {
                        return remedy.sentence == failure.sentence && remedy.span.upperBound < failure.span.lowerBound
                            && Self.span(of: [remedy.span, failure.span]).count <= Self.window * 2
                    }
                    return failure.part == remedy.part + 1 && failure.wordsIntoPart <= Self.verdictOpensWithin
                }
                guard let remedy = tried.first(where: answers) else { continue }
                return [remedy, failure].map { found in
                    let words = note.sentences[found.sentence]
                    return note.quote(words[found.span], startingAt: found.span.lowerBound, inSentence: found.sentence)
                }.joined(separator: " … ")
            }
        }
        return nil
    }

    /// The contrast breaks ("but", "though") before `end` in the sentence, not counting one that opens it ("But
    /// nothing touches it").
    private func parts(before end: Int, in sentence: [String]) -> Int {
        sentence[min(1, end)..<end].filter { $0 == NoteText.clauseBreak }.count
    }

    /// Whether relief is told beside or after the failure, affirmed: in its part of the sentence ("ache eases with the
    /// heat pad, … no let-up at work"), a later part or the next sentence ("…, but switching to my back fixes it",
    /// "Physio sorted it"), or as easing in the improvement cues' words.
    private func isEased(after failure: Occurrence, _ terms: ReliefTerms, in note: NoteText, voice: Voice) -> Bool {
        let sentence = note.sentences[failure.sentence]
        let rest = Array(sentence[(failure.span.upperBound + 1)...])
        let later = rest.firstIndex(of: NoteText.clauseBreak).map { Array(rest[($0 + 1)...]) } ?? []
        if isImproving(later), !contains(cueTerms.still, in: later) { return true }
        let ownPart = parts(before: failure.span.lowerBound, in: sentence)
        let next = failure.sentence + 1 < note.sentences.count ? [failure.sentence + 1] : []
        return ([failure.sentence] + next).contains { number in
            occurrences(
                of: terms.eased + terms.relief, in: note, number, voice: voice, history: false, improvement: true
            ) { term, reading in
                // Whoever brought the relief ("Physio sorted it"), it came; a relief word must be the client's own.
                terms.eased.contains { $0.id == term.id } ? reading(false) != .denied : reading(false) == .counts
            }.contains { relief in
                // Beside the failure only the eased words count: its own words may hold a relief word ("nothing is
                // helping", "sod all difference").
                let isEasedWord = terms.eased.contains { $0.id == relief.term.id }
                return relief.sentence > failure.sentence || relief.part > ownPart
                    || (relief.part == ownPart && isEasedWord && !relief.span.overlaps(failure.span))
            }
        }
    }

    /// Whether the part of its sentence before the term makes it a plan or a condition ("Plan: ice and rest", "If
    /// ice and rest don't help").
    private func isConditional(_ term: Occurrence, _ terms: ReliefTerms, in note: NoteText) -> Bool {
        let sentence = note.sentences[term.sentence]
        let partStart = Self.contrastStart(before: term.span.lowerBound, in: sentence)
        return contains(terms.conditions, in: Array(sentence[partStart..<term.span.lowerBound]))
    }

    /// Where the sentence says a remedy failed: an outright failure affirmed ("useless"; one that opens with a denial,
    /// "no odds", as the statement it is), or a relief word denied within the few words before it ("doesn't help",
    /// "not touching it") and, read as the statement it then is, still the client's own and current. A relief word's
    /// span reaches back to its denial, so the quote gives both.
    private func failuresTold(
        _ terms: ReliefTerms, in note: NoteText, _ number: Int, voice: Voice, improvement: Bool
    ) -> [Occurrence] {
        let sentence = note.sentences[number]
        let outright = Set(terms.failed.map(\.id))
        let found = occurrences(
            of: terms.failed + terms.relief, in: note, number, voice: voice, history: false, improvement: improvement
        ) { term, reading in
            if outright.contains(term.id) {
                return reading(cueTerms.negations.contains { $0.words.first == term.words.first }) == .counts
            }
            return reading(false) == .denied && reading(true) == .counts
        }
        return found.compactMap { occurrence in
            let span = occurrence.span
            // "No difference in hip extension between sides", "no change in resting HR": a measurement compared.
            let next = span.upperBound + 1 < sentence.count ? sentence[span.upperBound + 1] : ""
            if cueTerms.measurementCompared.contains(next) { return nil }
            if outright.contains(occurrence.term.id) { return occurrence }
            let before = sentence[max(0, span.lowerBound - 4)..<span.lowerBound]
            let opens = before.lastIndex { Self.breaks.contains($0) }.map { $0 + 1 } ?? before.startIndex
            guard
                let denial = before[opens...].lastIndex(where: {
                    isNegation($0) || cueTerms.denialsOfTheNextWord.contains($0)
                })
            else { return nil }
            return Occurrence(
                term: occurrence.term, sentence: number, span: denial...span.upperBound, part: occurrence.part,
                wordsIntoPart: max(0, occurrence.wordsIntoPart - (span.lowerBound - denial)))
        }
    }

    /// Where `terms` occur in a sentence of the note and `accepts` each occurrence, given how it reads
    /// (`reading(true)`: as a statement of its own, which a denial before it does not cancel).
    private func occurrences(
        of terms: [Term], in note: NoteText, _ number: Int, voice: Voice, history: Bool, improvement: Bool,
        accepts: (_ term: Term, _ reading: (_ statesADenial: Bool) -> Verdict) -> Bool
    ) -> [Occurrence] {
        let sentence = note.sentences[number]
        var result: [Occurrence] = []
        for (start, clause) in Self.clauses(of: sentence) {
            let partStart = Self.contrastStart(before: start, in: sentence)
            for index in clause.indices {
                guard let term = terms.first(where: { matches($0.words, in: clause, at: index) }) else { continue }
                let span = index...(index + term.words.count - 1)
                let reading = { (statesADenial: Bool) in
                    self.counts(
                        [span], in: clause, clauseStart: start, sentence: sentence, historyCounts: history,
                        voice: voice, improvementCounts: improvement, statesADenial: statesADenial)
                }
                guard accepts(term, reading) else { continue }
                let inSentence = (start + span.lowerBound)...(start + span.upperBound)
                let wordsIntoPart = sentence[partStart..<inSentence.lowerBound].filter { !Self.breaks.contains($0) }
                    .count
                result.append(
                    Occurrence(
                        term: term, sentence: number, span: inSentence,
                        part: parts(before: inSentence.lowerBound, in: sentence), wordsIntoPart: wordsIntoPart))
            }
        }
        return result
    }
}
