import Foundation

/// How one occurrence of a warning phrase reads in its sentence: denied, someone else's, over, getting better, only a
/// plan, or the client's own current symptom (NegEx and ConText, with the cue words from the knowledge base).
extension NoteScanner {
    /// Whether the phrase whose term groups stand at `groups` is the client's own, current, affirmed symptom, and
    /// if not, why not. `statesADenial`: the phrase is itself a denial, so a denial before it does not cancel it.
    func counts(
        _ groups: [ClosedRange<Int>], in clause: [String], clauseStart: Int, sentence: [String],
        historyCounts: Bool, voice: Voice, improvementCounts: Bool, statesADenial: Bool = false
    ) -> Verdict {
        let covered = Self.span(of: groups)
        let (start, end) = (covered.lowerBound, covered.upperBound)
        let before = Array(clause[..<start])
        let after = Array(clause[(end + 1)...])
        let listed = clause.indices.contains { index in
            clause[index] == "nor"
                || (clause[index] == "or" && !cueTerms.notLists.contains { matches($0.words, in: clause, at: index) })
        }
        // A denial before any of the phrase's terms counts ("chiropractor … never any dizziness"); the phrase's own
        // words ("can't feel") are not read as denials of it.
        let ordered = groups.sorted { $0.lowerBound < $1.lowerBound }
        // A term that is itself a denial ("not dieting") keeps the run-on denials before it ("haven't done anything
        // different not dieting") as one statement.
        if !statesADenial, isNegatedBefore(before, listed: listed) { return .denied }
        if !statesADenial, isDeniedByLabel(sentence, clauseStart: clauseStart) { return .denied }
        for group in ordered.dropFirst() {
            // A later term is denied only right before it ("chiropractor … never any dizziness"), so a denial of
            // something else in between ("paracetamol hasn't touched it") does not cancel the phrase.
            let context = Array(clause[max(start, group.lowerBound - 3)..<group.lowerBound])
            let contextStart = max(start, group.lowerBound - 3)
            // A denial that is or comes before an earlier term of the phrase is that term's own ("can't lie flat"); one
            // after it denies this term ("fine at rest and no breathlessness").
            let denied = context.indices.contains { offset in
                isNegation(context[offset])
                    && !Self.isDoubleNegative(clause, at: contextStart + offset)
                    && !ordered.contains { $0.upperBound >= contextStart + offset && $0.upperBound < group.lowerBound }
            }
            if denied { return .denied }
        }
        // Where the history itself is the warning sign, "breast cancer 2017, all clear" is its outcome, not a "no";
        // after something only looked for ("tested for bowel cancer, all clear") it is the answer.
        let outcomeOfHistory =
            historyCounts && after.last(where: { $0 != NoteText.comma }) == "clear"
            && !contains(cueTerms.lookedFor, in: Array(before.filter { $0 != NoteText.comma }.suffix(4)))
        if isNegatedAfter(after), !outcomeOfHistory { return .denied }
        if isAnsweredNo(sentence, clauseEnd: clauseStart + clause.count) { return .denied }
        // Whose it is reaches back over a dash or colon ("Dad had a heart attack – chest pain at rest") but not
        // over "but" or "and now" ("Dad had a heart attack and now I get chest pain on hills").
        let sinceClauseBreak = Self.contrastStart(before: clauseStart, in: sentence)
        let ownScope = before.lastIndex(of: NoteText.scopeBreak).map { Array(before[($0 + 1)...]) }
        let sinceContrast = Array(sentence[sinceClauseBreak..<clauseStart]) + before
        let whose = ownScope ?? sinceContrast
        // The client speaks after the name, not within it ("the kid I take care of has a fever").
        if let named = someoneElse(in: whose, voice: voice),
            !clientSpeaks(in: whose[named.upperBound...], after: whose[named], voice: voice)
        {
            return .setAside(.someoneElse)
        }
        // "My training partner … passed out": a phrase whose first word opens a name for someone else is about them,
        // unless the client joins in within it ("my training partner n I both almost blacked out").
        if let named = otherPerson(in: clause, at: start, voice: voice), named.count > 1,
            staysSomeoneElse(named, in: clause, voice: voice),
            !clientSpeaks(in: clause[min(named.upperBound, end + 1)..<(end + 1)], after: clause[named], voice: voice)
        {
            return .setAside(.someoneElse)
        }
        // Not over a "but" or a question after which the client speaks ("I volunteer at the hospice, but I had
        // breast cancer …", "is anyone with a car going my way? I've had no feeling …"), but over one that goes on
        // with the story ("long shift, but the last job was a man with chest pain").
        let sinceBreak = max(
            sinceClauseBreak, sentence[..<clauseStart].lastIndex(of: NoteText.segmentBreak).map { $0 + 1 } ?? 0)
        let clientSpeaksSince =
            sinceBreak > 0
            && (Array(sentence[sinceBreak..<clauseStart]) + before).contains(where: cueTerms.firstPerson.contains)
        // A list's or a plan's words reach no further than an exception singled out of it ("none of it except …").
        let exception = exceptionEnd(before: clauseStart + start, in: sentence)
        let elsewhereFrom = max(clientSpeaksSince ? sinceBreak : 0, exception)
        if contains(cueTerms.elsewhere, in: Array(sentence[elsewhereFrom...])) {
            return .setAside(.notAboutTheClient)
        }
        // Plans and questions reach over the whole sentence ("Advised re DVT signs – calf pain, swelling"), and
        // over a label's colon ("Told him: if the ankle swells …"), back to an exception singled out of a list.
        let leadingUp = sentence[exception..<(clauseStart + start)].filter { $0 != NoteText.segmentBreak }
        // … including a cue that ends on the phrase's first word ("If chest pain / dizziness → stop, sit, report") or
        // starts on it ("the 'call your midwife if' list: bleeding …", "red flags (CP, calf swelling)"), but not one
        // that starts later in the phrase ("had to stop immediately, chest tight"), and a consequence named after it
        // ("dizziness or double vision would mean we stop").
        let firstTerm = ordered.first ?? start...start
        let lastStart = ordered.last?.lowerBound ?? start
        let planWords = blanking(
            cueTerms.notAPlan, in: leadingUp + clause[start..<max(lastStart, firstTerm.upperBound + 1)])
        if contains(cueTerms.hypothetical, in: planWords, startingBefore: leadingUp.count + 1)
            || contains(cueTerms.hypotheticalAfter, in: after)
        {
            return .setAside(.planOrQuestion)
        }
        // "Is chest pain on the stairs a bad sign?" asks in general; "I get chest pain on the stairs, is that a bad
        // sign?" and "numb between my legs since Tuesday, is that actually serious?" ask about the writer's own.
        if contains(cueTerms.generalQuestions, in: after),
            !(leadingUp + clause[start...end]).contains(where: {
                cueTerms.firstPerson.contains($0) || cueTerms.ownSignWords.contains($0)
            })
        {
            return .setAside(.planOrQuestion)
        }
        // When it happened is read from the last "… and now …" before the phrase's last word: "a coughing fit years
        // ago and now a pain in my ribs" is a pain now.
        let scopeStart = clause[..<lastStart].lastIndex(of: NoteText.scopeBreak).map { $0 + 1 } ?? 0
        let temporal = Array(clause[scopeStart...])
        // A time after the phrase ("… two years ago") dates the phrase only within its own list item; past a comma
        // it dates the next thing named ("pain in the ribs, and the doctor said osteoporosis two years ago").
        // Before it, a time dates the phrase unless its own item starts a new event.
        let itemEnd = clause[end...].firstIndex(of: NoteText.comma) ?? clause.count
        let dated = Array(clause[datedFrom(start, in: clause, scopeStart: scopeStart, itemEnd: itemEnd)..<itemEnd])
        if !historyCounts,
            isHistoric(temporal, times: false) || isHistoric(dated, times: true) || Self.mentionsPastYear(dated)
        {
            return .setAside(.inThePast)
        }
        if !improvementCounts, isImproving(temporal), !contains(cueTerms.still, in: sentence) {
            return .setAside(.gettingBetter)
        }
        return .counts
    }

    /// Where `words` last name someone other than the client ("my son", "her father had", "he" in a note about a
    /// woman), except in a greeting ("Hello my friend, I had …") or as the owner of a thing the client uses.
    func lastOtherPerson(in words: [String], voice: Voice) -> Range<Int>? {
        for index in words.indices.reversed() {
            let previous = index > 0 ? words[index - 1] : ""
            let name: Range<Int>
            if voice.notTheClient.contains(words[index]) {
                name = index..<(index + 1)
            } else if let other = otherPerson(in: words, at: index, voice: voice),
                // "Hiked with my buddy and got chest tightness": a companion is not the one it happened to.
                !cueTerms.greetings.contains(previous), !cueTerms.companions.contains(previous),
                // "Tripped over the dog … my back hurts": what the client fell over is not who it happened to.
                !cueTerms.fellOver.contains(where: { matches($0.words, in: words, at: index - $0.words.count) }),
                // "Shaking like a chihuahua at the vet": a simile names no one.
                !Self.inASimile(words, before: index)
            {
                name = other
            } else {
                continue
            }
            // "On my wife's old walker", "my brothers crutches": their thing, the client's leg.
            let end = name.upperBound
            let ownsABelonging =
                Self.namesAnOwner(words[end - 1])
                && words[end..<min(words.count, end + 2)].contains(where: cueTerms.belongings.contains)
            if !ownsABelonging { return name }
        }
        return nil
    }

    /// The words of the longest name for someone else that starts at `index` ("the kid I take care of", not just
    /// "the kid"), so that the client's "I" inside it is not read as the client speaking.
    func otherPerson(in words: [String], at index: Int, voice: Voice) -> Range<Int>? {
        guard words.indices.contains(index) else { return nil }
        var longest = 0
        for cue in cueTerms.others.cues(startingAt: words[index])
        where cue.words.count > longest && namesSomeoneElse(cue, in: words, at: index, voice: voice) {
            longest = cue.words.count
        }
        return longest > 0 ? index..<(index + longest) : nil
    }

    /// Whether the other-person cue stands at `index` and is not, for the flag being read, the client's own sign
    /// ("the baby's movements").
    func namesSomeoneElse(_ cue: Term, in words: [String], at index: Int, voice: Voice) -> Bool {
        matches(cue.words, in: words, at: index) && !voice.clientsOwn.contains(cue.words)
    }

    /// Whether "like a" or "like an" stands within the four words before `index`.
    static func inASimile(_ words: [String], before index: Int) -> Bool {
        let leadingUp = Array(words[max(0, index - 4)..<index])
        return leadingUp.indices.dropLast().contains {
            leadingUp[$0] == "like" && ["a", "an"].contains(leadingUp[$0 + 1])
        }
    }

    /// "Wife's", "brothers": a word that can own the thing after it ("has", "his" and "was" cannot, nor "she's",
    /// which is "she is": "she's on crutches").
    static func namesAnOwner(_ word: String) -> Bool {
        !notOwners.contains(word) && word.hasSuffix("s")
    }

    /// Words ending in "s" that own nothing.
    static let notOwners: Set = ["has", "his", "was", "is", "this", "hers", "she's", "he's", "it's", "that's", "who's"]

    /// A negation shortly before the phrase. A list negation ("denies A, B, C") reaches over commas; a plain one
    /// ("no") only when the terms form an "A, B or C" list.
    func isNegatedBefore(_ before: [String], listed: Bool) -> Bool {
        // "Nothing hurts now" opens its clause; "paracetamol doing nothing, headache" and "felt nothing" deny nothing.
        if let last = before.last, cueTerms.denialsOfTheNextWord.contains(last),
            before.count == 1 || Self.breaks.contains(before[before.count - 2])
        {
            return true
        }
        var words = 0
        var crossedComma = false
        for index in stride(from: before.count - 1, through: 0, by: -1) {
            if before[index] == NoteText.scopeBreak { break }
            if before[index] == NoteText.comma { crossedComma = true } else { words += 1 }
            // A list negation covers a long screen line; a plain one only a few words.
            if words > Self.negationReach * 2 { break }
            let withinPlainReach = words <= Self.negationReach
            // "Can't talk without getting puffed": the two denials make one statement that the phrase happens.
            if Self.isDoubleNegative(before, at: index) { return false }
            if let cue = cueTerms.listNegations.first(where: { matches($0.words, in: before, at: index) }) {
                let next = index + cue.words.count < before.count ? before[index + cue.words.count] : ""
                return !cueTerms.hedges.contains(next)
            }
            if (crossedComma && !listed) || !withinPlainReach { continue }
            for cue in cueTerms.negations where matches(cue.words, in: before, at: index) {
                let next = index + cue.words.count < before.count ? before[index + cue.words.count] : ""
                return !cueTerms.hedges.contains(next)
            }
        }
        return false
    }

    /// The tokens that end a clause, a list item or a segment.
    static let breaks: Set = [NoteText.comma, NoteText.segmentBreak, NoteText.clauseBreak, NoteText.scopeBreak]

    /// Whether `word` is a one-word denial ("no", "never", "denies").
    func isNegation(_ word: String) -> Bool {
        cueTerms.negations.contains { $0.words == [word] }
    }

    /// "Without" after "can't", "cannot" or "hardly" a few words earlier ("can't walk far without the pain"): not a
    /// denial but the opposite.
    static func isDoubleNegative(_ words: [String], at index: Int) -> Bool {
        guard words.indices.contains(index), words[index] == "without" else { return false }
        let cannot: Set = ["can't", "cant", "cannot", "couldn't", "couldnt", "cannae", "cyaan", "hardly", "barely"]
        return words[max(0, index - 6)..<index].contains { cannot.contains($0) }
    }

    /// "Saddle numbness none", "B&B nil": a denial right after the phrase that ends its clause or list item.
    func isNegatedAfter(_ after: [String]) -> Bool {
        // A list answered as a whole: "dizziness, diplopia, dysphagia all neg" (but "got the all clear" is news).
        let answeredAsAList =
            cueTerms.answersForAll.contains(after.dropLast().last ?? "")
            && !cueTerms.newsBeforeAnswerForAll.contains(after.dropLast(2).last ?? "")
        if after.count >= 2, after.contains(NoteText.comma), answeredAsAList,
            cueTerms.negationsAfter.contains(where: { $0.words == [after[after.count - 1]] })
        {
            return true
        }
        // "Bladder or bowel changes, N.": a form's one-letter "N" (or "nil") as the next list item answers it; a
        // spoken "no" there starts a new thought ("getting weaker, no, I haven't changed anything").
        if after.first == NoteText.comma {
            let next = after.dropFirst().prefix { $0 != NoteText.comma && $0 != NoteText.scopeBreak }
            if next.count == 1, let answer = next.first, ["n", "nil"].contains(answer) { return true }
        }
        let item = Array(after.prefix { $0 != NoteText.comma && $0 != NoteText.scopeBreak })
        // "Moving much less than normal" compares; it does not answer.
        if ["than", "as", "like"].contains(item.first ?? "") { return false }
        // "Bladder and bowels normal as ever": a status word right after the phrase (or after one more item joined
        // by "and") answers a short item. "No" and "never" are not statuses there ("numbness no better").
        let status = item.count >= 3 && ["and", "or", "&"].contains(item[0]) ? Array(item.dropFirst(2)) : item
        if let first = status.first, status.count <= 3, !cueTerms.notAStatus.contains(first),
            cueTerms.negationsAfter.contains(where: { $0.words == [first] })
        {
            return true
        }
        let words = Array(item.prefix(3))
        guard let last = words.last, words.count <= 2 else { return false }
        return cueTerms.negationsAfter.contains { $0.words.count == 1 && $0.words[0] == last }
    }

    /// Over and done with, unless that is denied ("never used to be like this" is new).
    /// `times` chooses the cues that date something ("years ago", "last summer") or those that say it is over
    /// ("fully recovered").
    func isHistoric(_ clause: [String], times: Bool) -> Bool {
        clause.indices.contains { index in
            // "Never used to be like this" is new; "started when I was sitting" tells when it began.
            guard
                let cue = cueTerms.historic.first(where: {
                    matches($0.words, in: clause, at: index) && Self.isTime($0) == times
                }),
                !(index > 0 && cueTerms.notOverBefore.contains(clause[index - 1]))
            else { return false }
            // "Need 3 pillows now, used to be 1" compares with now; it does not end the sign.
            if cue.words == ["used", "to"], clause[..<index].contains("now") { return false }
            // "Pain in my back in March" names the back, not a time back then.
            if cue.words.first == "back", index > 0,
                ["my", "her", "his", "the", "lower", "low", "upper", "mid", "your"].contains(clause[index - 1])
            {
                return false
            }
            let after = index + cue.words.count
            // "When I was reversing the car" tells what they were doing, not a time of life ("when I was a kid").
            if after < clause.count, clause[after].hasSuffix("ing") { return false }
            // "Resolved within 2 min of stopping" says how it behaves, not that it is over.
            return !(after..<min(clause.count, after + 5)).contains { at in
                cueTerms.settlesWith.contains { matches($0.words, in: clause, at: at) }
            }
        }
    }

    /// Where the words that can date a phrase starting at `start` begin: the whole story so far ("fell off a ladder
    /// Aug 2023, couldn't weight bear"), unless the phrase's own list item opens a new event ("broke my wrist 3 years
    /// ago, sudden back pain lifting shopping"), which a time before it does not date.
    func datedFrom(_ start: Int, in clause: [String], scopeStart: Int, itemEnd: Int) -> Int {
        guard scopeStart < start, let comma = clause[scopeStart..<start].lastIndex(of: NoteText.comma) else {
            return scopeStart
        }
        let item = Array(clause[(comma + 1)..<itemEnd])
        return contains(cueTerms.freshOnset, in: item) ? comma + 1 : scopeStart
    }

    /// A cue that dates an event ("years ago", "last winter") rather than saying it is over.
    static func isTime(_ cue: Term) -> Bool {
        // "Back in March" is a time; "back to normal" is an outcome.
        cue.words.last == "ago" || cue.words.first == "last" || cue.words.starts(with: ["back", "in"])
    }

    /// Getting better, unless the improvement itself is denied ("no better", "not improving").
    func isImproving(_ clause: [String]) -> Bool {
        for index in clause.indices {
            for cue in cueTerms.improving where matches(cue.words, in: clause, at: index) {
                let previous = index > 0 ? clause[index - 1] : ""
                let denials = [
                    "no", "not", "isn't", "never", "nothing", "hasn't", "hasnt", "hadn't", "didn't", "didnt", "won't",
                    "doesn't",
                ]
                if !denials.contains(previous) { return true }
            }
        }
        return false
    }

    /// A year written in the clause ("in 2015"), except as the start of something ongoing ("since 2019").
    static func mentionsPastYear(_ clause: [String]) -> Bool {
        clause.indices.contains { index in
            let word = clause[index]
            guard word.count == 4, let year = Int(word), (1950...2100).contains(year) else { return false }
            // "2025-02-11 | Delgado, M | both legs heavy": a full date stamp heads a record; it does not date the
            // event written after it.
            let month = index + 1 < clause.count ? Int(clause[index + 1]) : nil
            let day = index + 2 < clause.count ? Int(clause[index + 2]) : nil
            if let month, let day, (1...12).contains(month), (1...31).contains(day) { return false }
            return index == 0 || clause[index - 1] != "since"
        }
    }

    /// Where the words after the last contrast before `end` begin when the few words before that contrast deny a
    /// list ("says none of it / he gets …"), or 0.
    func exceptionEnd(before end: Int, in sentence: [String]) -> Int {
        for index in sentence[..<end].indices.reversed() where sentence[index] == NoteText.clauseBreak {
            let denial = Array(sentence[max(0, index - 4)..<index])
            if contains(cueTerms.exceptionsToAList, in: denial) { return index + 1 }
        }
        return 0
    }
}
