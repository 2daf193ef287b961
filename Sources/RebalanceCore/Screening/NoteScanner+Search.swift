/// Looking for a flag's phrases, clause by clause, and reading the first occurrence that matters.
extension NoteScanner {
    /// How a flag's phrases read in a note: the first that counts, or else the first set aside.
    enum Finding: Equatable {
        case counts(excerpt: String)
        case setAside(excerpt: String, reason: DoubtReason)

        /// Whether the flag is the client's own, current sign.
        var affirms: Bool {
            if case .counts = self { return true }
            return false
        }
    }

    /// The first occurrence of any of `phrases` that counts, else the first set aside; nil when every occurrence
    /// is denied or explained away, or there is none. An `unless` explains away every occurrence in its part of the
    /// sentence; a `sharing` exception only one that shares words with its first group ("chills" in "this weather
    /// is giving me chills", not a fever told beside them). A phrase that counts while what the flag needs is set
    /// aside (`needsDoubt`) is set aside too; a denial stays one. Each of `withinThePhrase` (needs denied where they
    /// stand alone) must hold inside the occurrence itself (see `needHolds`).
    func first(
        _ phrases: [[[Term]]], unless: [[[Term]]], sharing: [[[Term]]], in note: NoteText, voice: Voice,
        flag: RedFlagDefinition, needsDoubt: DoubtReason?, withinThePhrase: [[Term]] = []
    ) -> Finding? {
        locate(
            phrases, unless: unless, sharing: sharing, in: note, voice: voice, flag: flag, needsDoubt: needsDoubt,
            withinThePhrase: withinThePhrase)?.finding
    }

    /// Where a clause starts: its sentence, and its first word's place in that sentence.
    struct Place: Comparable {
        let sentence, word: Int

        static func < (lhs: Place, rhs: Place) -> Bool { (lhs.sentence, lhs.word) < (rhs.sentence, rhs.word) }
    }

    /// As `first`, with the clause the finding was read in, looking only in clauses that start after `after`.
    func locate(
        _ phrases: [[[Term]]], unless: [[[Term]]], sharing: [[[Term]]], in note: NoteText, voice: Voice,
        flag: RedFlagDefinition, needsDoubt: DoubtReason?, withinThePhrase: [[Term]] = [], after: Place? = nil
    ) -> (finding: Finding, place: Place)? {
        var setAside: (finding: Finding, place: Place)?
        for (number, sentence) in note.sentences.enumerated() {
            for (start, clause) in Self.clauses(of: sentence) {
                let place = Place(sentence: number, word: start)
                if let after, place <= after { continue }
                // What can explain the clause away is the rest of its sentence from the contrast before it: an
                // explanation after "but" still answers what came before ("numb, but fine once I stand"), while one
                // before a contrast does not reach past it ("wee bit embarrassing, but I wet myself").
                let from = Self.contrastStart(before: start, in: sentence)
                let explaining = Array(sentence[from...])
                if unless.contains(where: { holds($0, in: explaining) }) { continue }
                // The words each sharing exception sets aside, as places in the clause.
                let explained = sharing.compactMap { occurrence(of: $0, in: explaining)?.first }.map {
                    ($0.lowerBound + from - start)...($0.upperBound + from - start)
                }
                for phrase in phrases {
                    guard let groups = firstOccurrence(of: phrase, in: clause, apartFrom: explained) else { continue }
                    let verdict = counts(
                        groups, in: clause, clauseStart: start, sentence: sentence,
                        historyCounts: flag.historyCounts == true, voice: voice,
                        improvementCounts: flag.improvementCounts == true)
                    let span = Self.span(of: groups)
                    if !withinThePhrase.allSatisfy({
                        needHolds(
                            $0, within: span, found: groups, in: clause, clauseStart: start, sentence: sentence,
                            voice: voice)
                    }) {
                        continue
                    }
                    let quoted = Self.quoted(span, in: clause)
                    let excerpt = note.quote(clause[quoted], startingAt: start + quoted.lowerBound, inSentence: number)
                    // A question the next part answers for the client ("Should I stop if I get chest pain on the
                    // stairs? I've had it since Friday") is the client's sign.
                    let claimed =
                        verdict == .setAside(.planOrQuestion)
                        && claimsTheLast(Self.nextPart(after: start + clause.count, of: number, in: note), voice: voice)
                    // The claim answers the question its needed words stand in too ("What if I get chest pain at
                    // rest? I had it last night").
                    let needs = claimed && needsDoubt == .planOrQuestion ? nil : needsDoubt
                    // A briefing or a list the client then says they have had none of ("Understood. Nothing like
                    // that so far", "read the list u sent - none of those here") is answered: nothing to ask.
                    if verdict == .setAside(.planOrQuestion) || verdict == .setAside(.notAboutTheClient), !claimed,
                        saysAllClear(after: start + clause.count, of: number, in: note)
                    {
                        continue
                    }
                    switch (claimed || verdict == .counts ? needs.map(Verdict.setAside) : nil)
                        ?? (claimed ? .counts : verdict)
                    {
                    case .counts:
                        return (.counts(excerpt: excerpt), place)
                    case .setAside(let reason):
                        if setAside == nil { setAside = (.setAside(excerpt: excerpt, reason: reason), place) }
                    case .denied:
                        break
                    }
                }
            }
        }
        return setAside
    }

    /// The first occurrence of `phrase` in `clause` none of whose words are among `explained`: one that shares a word
    /// with an exception is passed over, and the phrase is looked for again with those words left out.
    func firstOccurrence(
        of phrase: [[Term]], in clause: [String], apartFrom explained: [ClosedRange<Int>]
    ) -> [ClosedRange<Int>]? {
        var searched = clause
        while let groups = findGroups(phrase, in: searched, window: Self.window) {
            let shared = groups.filter { group in explained.contains { $0.overlaps(group) } }
            if shared.isEmpty { return groups }
            searched = Self.blanking(shared, in: searched)
        }
        return nil
    }

    /// Whether one of `needed` occurs inside `span`, the words of a phrase found at `groups`, and is not denied there
    /// once the phrase's own terms are blanked: "pain with no relief at night" has its night ("no" belongs to "no
    /// relief"), "constant ache, nights fine, nothing eases it on the stairs" does not.
    func needHolds(
        _ needed: [Term], within span: ClosedRange<Int>, found groups: [ClosedRange<Int>], in clause: [String],
        clauseStart start: Int, sentence: [String], voice: Voice
    ) -> Bool {
        span.contains { index in
            guard let term = needed.first(where: { matches($0.words, in: clause, at: index) }) else { return false }
            let own = index...(index + term.words.count - 1)
            guard own.upperBound <= span.upperBound else { return false }
            let others = groups.filter { !$0.overlaps(own) }
            let verdict = counts(
                [own], in: Self.blanking(others, in: clause), clauseStart: start,
                sentence: Self.blanking(others.map { ($0.lowerBound + start)...($0.upperBound + start) }, in: sentence),
                historyCounts: true, voice: voice, improvementCounts: true)
            return verdict != .denied
        }
    }

    /// The words to quote for a phrase found at `span`: the phrase, and for a number alone ("38.6") the few words
    /// of its list item that say what it measures ("temp of 38.6").
    static func quoted(_ span: ClosedRange<Int>, in clause: [String]) -> ClosedRange<Int> {
        guard span.count == 1, MarkedWords.isMarker(clause[span.lowerBound]) else {
            return span
        }
        var start = span.lowerBound
        while start > 0, span.lowerBound - start < 3, clause[start - 1] != NoteText.comma,
            clause[start - 1] != NoteText.scopeBreak
        {
            start -= 1
        }
        return start...span.upperBound
    }

    /// Whether the part opens by claiming what was just asked about as the client's own, current sign ("I've had it
    /// since Friday"), without denying it ("never happened"), giving it to someone else ("it happened to my dad") or
    /// putting it in the past ("that's me, but it cleared up years ago").
    private func claimsTheLast(_ part: [String], voice: Voice) -> Bool {
        let opening = Array(part.prefix(6))
        let claim = opening.indices.first { index in
            cueTerms.claimsTheLast.contains { matches($0.words, in: opening, at: index) }
        }
        guard let claim else { return false }
        let denied = opening[..<claim].contains(where: isNegation)
        return !denied && someoneElse(in: part, voice: voice) == nil
            && !isHistoric(part, times: true) && !isHistoric(part, times: false)
    }

    /// Whether what follows a plan's clause, or a list's ("the list u sent"), in the rest of its sentence and then
    /// the note's later sentences, says the client has had none of it, with no "but" after those words in their
    /// sentence ("nothing like that at rest, but …") and no claim of a sign anywhere after the plan ("I did get it
    /// on the stairs").
    private func saysAllClear(after end: Int, of number: Int, in note: NoteText) -> Bool {
        let sentence = note.sentences[number]
        let later = [Array(sentence[min(end, sentence.count)...])] + note.sentences[(number + 1)...]
        if later.contains(where: { contains(cueTerms.claimsTheLast, in: $0) }) { return false }
        return later.contains { part in
            guard
                let clear = part.indices.first(where: { index in
                    cueTerms.allClearAfterPlan.contains { matches($0.words, in: part, at: index) }
                })
            else { return false }
            // "Nothing like that yet": a contrast word that ends the sentence takes nothing back.
            let rest = part[clear...].reversed().drop { $0 == NoteText.clauseBreak || $0 == NoteText.comma }
            return !rest.contains(NoteText.clauseBreak)
        }
    }

    /// What comes after a question: the rest of its sentence past the next "?" or dash ("chest pain on the stairs?
    /// that's me"), else the next sentence, up to its own first break.
    static func nextPart(after end: Int, of number: Int, in note: NoteText) -> [String] {
        let sentence = note.sentences[number]
        let rest: ArraySlice<String>
        if let mark = sentence[min(end, sentence.count)...].firstIndex(of: NoteText.segmentBreak) {
            rest = sentence[(mark + 1)...]
        } else if number + 1 < note.sentences.count {
            rest = note.sentences[number + 1][...]
        } else {
            return []
        }
        // "?? ive had it": a run of marks is one break.
        return Array(rest.drop { $0 == NoteText.segmentBreak }.prefix { $0 != NoteText.segmentBreak })
    }
}

extension NoteScanner {
    /// A sign told after its cause, in a later clause or sentence, that counts where the cause counts too: both
    /// excerpts, cause first. A sign told first came before the knock (a bug, a hard finisher); the flag's exceptions
    /// apply to each ("banging my head on the desk" is no knock). `toldApart.phrases` are those that can occur in the
    /// note.
    func firstToldApart(
        _ toldApart: (cause: [Term], phrases: [[[Term]]]), unless: [[[Term]]], sharing: [[[Term]]],
        present: PossibleTerms, in note: NoteText, voice: Voice, flag: RedFlagDefinition
    ) -> Finding? {
        let phrases = toldApart.phrases
        guard !phrases.isEmpty, let cause = present.possible([toldApart.cause]),
            let (causeFinding, causePlace) = locate(
                [cause], unless: unless, sharing: sharing, in: note, voice: voice, flag: flag, needsDoubt: nil),
            case .counts(let causeExcerpt) = causeFinding,
            case .counts(let signExcerpt)? = locate(
                phrases, unless: unless, sharing: sharing, in: note, voice: voice, flag: flag, needsDoubt: nil,
                after: causePlace)?.finding
        else { return nil }
        return .counts(excerpt: causeExcerpt == signExcerpt ? signExcerpt : "\(causeExcerpt) … \(signExcerpt)")
    }
}
