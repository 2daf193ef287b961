import Foundation

/// Finds red flags in free text the way a clinician reads a note: clause by clause, asking of every warning
/// phrase whether it is denied (before or after it, or for a whole list), someone else's, over and done with,
/// getting better, only a plan or a question, or explained away by its context.
///
/// A phrase is a list of term groups that must all occur within a short window of one clause; a term of four
/// letters or more matches words that start with it ("numb" → "numbness", "numbess"), except the knowledge base's
/// whole words ("number"). The cue words come from the knowledge base (`noteReading` in safety.yaml).
public struct NoteScanner: Sendable {
    /// A phrase found in the text and the words that matched.
    public struct Match: Sendable, Equatable {
        public let flag: RedFlagID
        public let excerpt: String
    }

    /// A warning phrase found in the text but set aside for a reason a reader could be wrong about: someone
    /// else's, over and done with, getting better, only a plan, or about something other than the client.
    /// An explicit denial ("saddle numbness – no") is not a doubt.
    public struct Doubt: Sendable, Equatable {
        public let flag: RedFlagID
        public let excerpt: String
        public let reason: DoubtReason
    }

    /// What a note says about the warning signs: those it affirms, and those it mentions but sets aside.
    public struct Reading: Sendable, Equatable {
        public let matches: [Match]
        /// At most one per flag, and none for a flag that is also matched.
        public let doubts: [Doubt]
    }

    /// How one occurrence of a phrase reads.
    enum Verdict: Equatable {
        case counts, denied
        case setAside(DoubtReason)
    }

    static let window = 20
    /// Words (not counting commas) a negation reaches back over: far enough for a list of five or so terms.
    static let negationReach = 10

    public let flags: [RedFlagDefinition]
    let cues: NoteReadingCues
    private let compiled: [(flag: RedFlagDefinition, phrases: [[[Term]]], unless: [[[Term]]], alsoNeeds: [[Term]])]
    private let cueTerms: CueTerms

    /// One term of a phrase group, split into words.
    struct Term: Sendable {
        let words: [String]

        init(_ text: String) { words = text.lowercased().split(separator: " ").map(String.init) }
    }

    /// The cue lists as terms.
    struct CueTerms: Sendable {
        let negations, listNegations, negationsAfter, others, elsewhere, historic, settlesWith, improving, still,
            hypothetical, onBehalf, writerIsClient: [Term]
        let hedges, wholeWords, greetings: Set<String>
    }

    public init(flags: [RedFlagDefinition], cues: NoteReadingCues) {
        self.flags = flags
        self.cues = cues
        func terms(_ phrase: [[String]]) -> [[Term]] { phrase.map { $0.map(Term.init) } }
        compiled = flags.map { flag in
            (flag, flag.phrases.map(terms), (flag.unless ?? []).map(terms), terms(flag.alsoNeeds ?? []))
        }
        cueTerms = CueTerms(
            negations: cues.negations.map(Term.init), listNegations: cues.listNegations.map(Term.init),
            negationsAfter: cues.negationsAfter.map(Term.init),
            others: cues.otherPeople.map(Term.init), elsewhere: cues.elsewhere.map(Term.init),
            historic: cues.historic.map(Term.init), settlesWith: cues.settlesWith.map(Term.init),
            improving: cues.improving.map(Term.init), still: cues.stillCurrent.map(Term.init),
            hypothetical: cues.hypothetical.map(Term.init), onBehalf: cues.onBehalf.map(Term.init),
            writerIsClient: cues.writerIsClient.map(Term.init),
            hedges: Set(cues.hedges), wholeWords: Set(cues.wholeWords), greetings: Set(cues.greetings))
    }

    /// Every red flag revealed by the text, at most one match per flag, in knowledge-base order.
    /// `pregnant` is what the screen says; a note that says so counts too, unless the client is male (a man's
    /// note about his pregnant wife is about her). `age` lets older age stand in as a risk factor.
    public func scan(_ text: String, pregnant: Bool = false, sex: Sex? = nil, age: Int? = nil) -> [Match] {
        read(NoteText(text, cues: cues), pregnant: pregnant, sex: sex, age: age).matches
    }

    /// The flags the text affirms and those it mentions but sets aside (see `Doubt`).
    public func read(_ text: String, pregnant: Bool = false, sex: Sex? = nil, age: Int? = nil) -> Reading {
        read(NoteText(text, cues: cues), pregnant: pregnant, sex: sex, age: age)
    }

    func read(_ note: NoteText, pregnant: Bool, sex: Sex?, age: Int?) -> Reading {
        let pregnant = pregnant || (sex != .male && note.mentionsPregnancy)
        var matches: [Match] = []
        var doubts: [Doubt] = []
        let voice = Voice(onBehalf: isWrittenForTheClient(note), notTheClient: Self.pronouns(notOf: sex))
        for (flag, phrases, unless, alsoNeeds) in compiled {
            if flag.pregnancyOnly == true, !pregnant { continue }
            let olderThanRisk = flag.riskAgeFrom.map { (age ?? 0) >= $0 } ?? false
            if !olderThanRisk, !alsoNeeds.allSatisfy({ affirmsAny($0, in: note, voice: voice) }) {
                continue
            }
            var doubt: Doubt?
            search: for sentence in note.sentences {
                if unless.contains(where: { find($0, in: sentence, window: Self.window * 2) != nil }) { continue }
                for (start, clause) in Self.clauses(of: sentence) {
                    for phrase in phrases {
                        guard let groups = findGroups(phrase, in: clause, window: Self.window) else { continue }
                        let verdict = counts(
                            groups, in: clause, clauseStart: start, sentence: sentence,
                            historyCounts: flag.historyCounts == true, voice: voice,
                            improvementCounts: flag.improvementCounts == true)
                        let span = (groups.map(\.lowerBound).min() ?? 0)...(groups.map(\.upperBound).max() ?? 0)
                        let excerpt = clause[span].filter { $0 != NoteText.comma && $0 != NoteText.scopeBreak }.joined(
                            separator: " ")
                        switch verdict {
                        case .counts:
                            matches.append(Match(flag: flag.id, excerpt: excerpt))
                            doubt = nil
                            break search
                        case .setAside(let reason):
                            if doubt == nil { doubt = Doubt(flag: flag.id, excerpt: excerpt, reason: reason) }
                        case .denied:
                            break
                        }
                    }
                }
            }
            if let doubt { doubts.append(doubt) }
        }
        return Reading(matches: matches, doubts: doubts)
    }

    /// Whether any of `terms` occurs as the client's own, current word somewhere in the note ("no pain" does not
    /// give a past cancer the new pain it needs).
    private func affirmsAny(_ terms: [Term], in note: NoteText, voice: Voice) -> Bool {
        for sentence in note.sentences {
            for (start, clause) in Self.clauses(of: sentence) {
                for index in clause.indices {
                    guard let term = terms.first(where: { matches($0.words, in: clause, at: index) }) else {
                        continue
                    }
                    let span = index...(index + term.words.count - 1)
                    if counts(
                        [span], in: clause, clauseStart: start, sentence: sentence, historyCounts: true,
                        voice: voice,
                        improvementCounts: false) == .counts
                    {
                        return true
                    }
                }
            }
        }
        return false
    }

    /// "Mum's lost 10 kg …": a note that opens with Mum or Dad, or says it is written for someone, is a son or
    /// daughter writing about the client, so "her" and "his" there are the client's, unless the writer speaks as
    /// the client ("my son is having fever … I am fine").
    private func isWrittenForTheClient(_ note: NoteText) -> Bool {
        let allWords = Array(note.sentences.joined())
        if contains(cueTerms.writerIsClient, in: allWords) { return false }
        return contains(cueTerms.onBehalf, in: allWords)
            || ["mum", "mom", "dad", "mum's", "mom's", "dad's", "mother", "father"].contains(allWords.first ?? "")
    }

    /// Whether the written token (a blood pressure's marker, say) is the client's own, current reading.
    func affirms(_ token: String, in note: NoteText, sex: Sex?) -> Bool {
        let voice = Voice(onBehalf: isWrittenForTheClient(note), notTheClient: Self.pronouns(notOf: sex))
        for sentence in note.sentences {
            for (start, clause) in Self.clauses(of: sentence) {
                if let index = clause.firstIndex(of: token) {
                    return counts(
                        [index...index], in: clause, clauseStart: start, sentence: sentence, historyCounts: false,
                        voice: voice, improvementCounts: false) == .counts
                }
            }
        }
        return false
    }

    /// Whether the phrase whose term groups stand at `groups` is the client's own, current, affirmed symptom, and
    /// if not, why not.
    private func counts(
        _ groups: [ClosedRange<Int>], in clause: [String], clauseStart: Int, sentence: [String],
        historyCounts: Bool, voice: Voice, improvementCounts: Bool
    ) -> Verdict {
        let start = groups.map(\.lowerBound).min() ?? 0
        let end = groups.map(\.upperBound).max() ?? 0
        let before = Array(clause[..<start])
        let after = Array(clause[(end + 1)...])
        let listed = clause.contains("or") || clause.contains("nor")
        // A denial before any of the phrase's terms counts ("chiropractor … never any dizziness"); the phrase's own
        // words ("can't feel") are not read as denials of it.
        let ordered = groups.sorted { $0.lowerBound < $1.lowerBound }
        if isNegatedBefore(before, listed: listed) { return .denied }
        for group in ordered.dropFirst() {
            // A later term is denied only right before it ("chiropractor … never any dizziness"), so a denial of
            // something else in between ("paracetamol hasn't touched it") does not cancel the phrase.
            let context = Array(clause[max(start, group.lowerBound - 3)..<group.lowerBound])
            let contextStart = max(start, group.lowerBound - 3)
            // A denial that is or comes before an earlier term of the phrase is that term's own ("can't lie flat"); one
            // after it denies this term ("fine at rest and no breathlessness").
            let denied = context.indices.contains { offset in
                cueTerms.negations.contains { $0.words == [context[offset]] }
                    && !Self.isDoubleNegative(clause, at: contextStart + offset)
                    && !ordered.contains { $0.upperBound >= contextStart + offset && $0.upperBound < group.lowerBound }
            }
            if denied { return .denied }
        }
        if isNegatedAfter(after) { return .denied }
        if isAnsweredNo(sentence, clauseEnd: clauseStart + clause.count) { return .denied }
        // Whose it is reaches back over a dash or colon ("Dad had a heart attack – chest pain at rest") but not
        // over "but" or "and now" ("Dad had a heart attack and now I get chest pain on hills").
        let sinceClauseBreak = sentence[..<clauseStart].lastIndex(of: NoteText.clauseBreak).map { $0 + 1 } ?? 0
        let ownScope = before.lastIndex(of: NoteText.scopeBreak).map { Array(before[($0 + 1)...]) }
        let whose = ownScope ?? (Array(sentence[sinceClauseBreak..<clauseStart]) + before)
        if !voice.onBehalf, let named = lastOtherPerson(in: whose, voice: voice),
            !whose[(named + 1)...].contains(where: Self.firstPerson.contains)
        {
            return .setAside(.someoneElse)
        }
        if contains(cueTerms.elsewhere, in: sentence) { return .setAside(.notAboutTheClient) }
        // Plans and questions reach over the whole sentence ("Advised re DVT signs – calf pain, swelling"), and
        // over a label's colon ("Told him: if the ankle swells …").
        let leadingUp = (Array(sentence[..<clauseStart]) + before).filter { $0 != NoteText.segmentBreak }
        if contains(cueTerms.hypothetical, in: leadingUp) {
            return .setAside(.planOrQuestion)
        }
        // When it happened is read from the last "… and now …" before the phrase's last word: "a coughing fit years
        // ago and now a pain in my ribs" is a pain now.
        let lastStart = ordered.last?.lowerBound ?? start
        let scopeStart = clause[..<lastStart].lastIndex(of: NoteText.scopeBreak).map { $0 + 1 } ?? 0
        let temporal = Array(clause[scopeStart...])
        if !historyCounts, isHistoric(temporal) || Self.mentionsPastYear(temporal) {
            return .setAside(.inThePast)
        }
        if !improvementCounts, isImproving(temporal), !contains(cueTerms.still, in: sentence) {
            return .setAside(.gettingBetter)
        }
        return .counts
    }

    /// Where `words` last name someone other than the client ("my son", "her father had", "he" in a note about a
    /// woman), except in a greeting ("Hello my friend, I had …").
    private func lastOtherPerson(in words: [String], voice: Voice) -> Int? {
        words.indices.last { index in
            voice.notTheClient.contains(words[index])
                || (cueTerms.others.contains { matches($0.words, in: words, at: index) }
                    && !(index > 0 && cueTerms.greetings.contains(words[index - 1])))
        }
    }

    /// After someone else is named, the writer speaking of themselves ("My wife says I walk strange").
    static let firstPerson: Set = ["i", "i've", "ive", "i'm", "im"]

    /// Who a note speaks of, as far as it tells.
    struct Voice {
        /// Written for the client by someone else (a son, the front desk), so "her" and "his" are the client's.
        let onBehalf: Bool
        /// Subject pronouns that cannot be the client's: "he" in a note about a woman is someone else.
        let notTheClient: Set<String>
    }

    /// The subject pronouns, and the partner nouns, of the other sex when the client's sex is known: in a woman's
    /// note "he" and "my husband's" are someone else.
    static func pronouns(notOf sex: Sex?) -> Set<String> {
        switch sex {
        case .female: ["he", "he's", "hes", "husband's", "boyfriend's"]
        case .male: ["she", "she's", "shes", "wife's", "girlfriend's"]
        case .other, nil: []
        }
    }

    /// A negation shortly before the phrase. A list negation ("denies A, B, C") reaches over commas; a plain one
    /// ("no") only when the terms form an "A, B or C" list.
    private func isNegatedBefore(_ before: [String], listed: Bool) -> Bool {
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

    /// "Without" after "can't", "cannot" or "hardly" a few words earlier ("can't walk far without the pain"): not a
    /// denial but the opposite.
    static func isDoubleNegative(_ words: [String], at index: Int) -> Bool {
        guard words.indices.contains(index), words[index] == "without" else { return false }
        let cannot: Set = ["can't", "cant", "cannot", "couldn't", "couldnt", "cannae", "cyaan", "hardly", "barely"]
        return words[max(0, index - 6)..<index].contains { cannot.contains($0) }
    }

    /// "Saddle numbness none", "B&B nil": a denial right after the phrase that ends its clause or list item.
    private func isNegatedAfter(_ after: [String]) -> Bool {
        // A list answered as a whole: "dizziness, diplopia, dysphagia all neg" (but "got the all clear" is news).
        let answeredAsAList =
            ["all", "both"].contains(after.dropLast().last ?? "")
            && !["the", "told", "got", "given", "an"].contains(after.dropLast(2).last ?? "")
        if after.count >= 2, after.contains(NoteText.comma), answeredAsAList,
            cueTerms.negationsAfter.contains(where: { $0.words == [after[after.count - 1]] })
        {
            return true
        }
        let item = Array(after.prefix { $0 != NoteText.comma && $0 != NoteText.scopeBreak })
        // "Moving much less than normal" compares; it does not answer.
        if ["than", "as", "like"].contains(item.first ?? "") { return false }
        // "Bladder and bowels normal as ever": a status word right after the phrase (or after one more item joined
        // by "and") answers a short item. "No" and "never" are not statuses there ("numbness no better").
        let status = item.count >= 3 && ["and", "or", "&"].contains(item[0]) ? Array(item.dropFirst(2)) : item
        if let first = status.first, status.count <= 3, !["no", "never", "n", "ve"].contains(first),
            cueTerms.negationsAfter.contains(where: { $0.words == [first] })
        {
            return true
        }
        let words = Array(item.prefix(3))
        guard let last = words.last, words.count <= 2 else { return false }
        return cueTerms.negationsAfter.contains { $0.words.count == 1 && $0.words[0] == last }
    }

    /// "Saddle numbness – no", "Fever: nil": the segment after the phrase's own opens with a denial.
    private func isAnsweredNo(_ sentence: [String], clauseEnd: Int) -> Bool {
        guard clauseEnd < sentence.count, sentence[clauseEnd] == NoteText.segmentBreak else { return false }
        let answer = sentence[(clauseEnd + 1)...].prefix { $0 != NoteText.segmentBreak }.filter {
            $0 != "all" && $0 != "both"
        }
        guard let first = answer.first else { return false }
        let endsThere = answer.count == 1 || answer.dropFirst().first == NoteText.comma
        return endsThere && cueTerms.negationsAfter.contains { $0.words.count == 1 && $0.words[0] == first }
    }

    /// Over and done with, unless that is denied ("never used to be like this" is new).
    private func isHistoric(_ clause: [String]) -> Bool {
        clause.indices.contains { index in
            // "Never used to be like this" is new; "started when I was sitting" tells when it began.
            guard let cue = cueTerms.historic.first(where: { matches($0.words, in: clause, at: index) }),
                !(index > 0
                    && ["never", "not", "didn't", "didnt", "started", "began", "begun", "came", "comes"].contains(
                        clause[index - 1]))
            else { return false }
            // "Resolved within 2 min of stopping" says how it behaves, not that it is over.
            let after = index + cue.words.count
            return !(after..<min(clause.count, after + 5)).contains { at in
                cueTerms.settlesWith.contains { matches($0.words, in: clause, at: at) }
            }
        }
    }

    /// Getting better, unless the improvement itself is denied ("no better", "not improving").
    private func isImproving(_ clause: [String]) -> Bool {
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
    private static func mentionsPastYear(_ clause: [String]) -> Bool {
        clause.indices.contains { index in
            let word = clause[index]
            guard word.count == 4, let year = Int(word), (1950...2100).contains(year) else { return false }
            return index == 0 || clause[index - 1] != "since"
        }
    }

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

    func contains(_ cues: [Term], in tokens: [String]) -> Bool {
        tokens.indices.contains { index in cues.contains { matches($0.words, in: tokens, at: index) } }
    }

    /// The token span covering one occurrence of every group, if all occur within `window` tokens.
    func find(_ phrase: [[Term]], in tokens: [String], window: Int) -> ClosedRange<Int>? {
        guard let groups = findGroups(phrase, in: tokens, window: window) else { return nil }
        return (groups.map(\.lowerBound).min() ?? 0)...(groups.map(\.upperBound).max() ?? 0)
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
            let low = spans.map(\.lowerBound).min() ?? 0
            let high = spans.map(\.upperBound).max() ?? 0
            if window == Int.max || high - low <= window { return spans }
        }
        return nil
    }

    /// A (possibly multi-word) term at `start`; words of four letters or more match as prefixes, shorter ones
    /// only exactly ("red" must not match "reduced"), and a whole word only itself ("numb" is not "number").
    func matches(_ words: [String], in tokens: [String], at start: Int) -> Bool {
        guard !words.isEmpty, start >= 0, start + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() {
            let token = tokens[start + offset]
            if token == word { continue }
            // The whole-word check runs only on a prefix match, which is rare: this loop is the scanner's hot path.
            guard word.count >= 4, token.hasPrefix(word), !cueTerms.wholeWords.contains(token) else { return false }
        }
        return true
    }
}
