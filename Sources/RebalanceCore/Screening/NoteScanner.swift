import Foundation

/// Finds red flags in free text the way a clinician reads a note: clause by clause, asking of every warning
/// phrase whether it is denied (before or after it, or for a whole list), someone else's, over and done with,
/// getting better, only a plan or a question, or explained away by its context.
///
/// A phrase is a list of term groups that must all occur within a short window of one clause; a term of four
/// letters or more matches words that start with it ("numb" → "numbness", "numbess"), except the knowledge base's
/// whole words ("number"). The cue words come from the knowledge base (`noteReading` in safety.yaml).
public final class NoteScanner: Sendable {
    /// A phrase found in the text and the words that matched.
    public struct Match: Sendable, Equatable {
        public let flag: RedFlagID
        public let excerpt: String
    }

    /// A warning phrase found in the text but set aside for a reason a reader could be wrong about: someone
    /// else's, over and done with, getting better, only a plan, or about something other than the client.
    /// A bare mention that does not say when it comes ("chest pain") is one too. An explicit denial ("saddle
    /// numbness – no") is not a doubt.
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
        /// The blood pressures written in the note that are the client's own, current readings (not "used to be
        /// 170/100", nor a husband's).
        public let pressures: [WrittenPressure]
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
    /// Reads a note's text, with the knowledge base's sayings and shorthand compiled once.
    let reader: NoteReader
    var cues: NoteReadingCues { reader.cues }
    private let compiled: [CompiledFlag]
    let cueTerms: CueTerms
    /// Every term above, once, indexed by its first word.
    let terms: TermTable

    /// One term of a phrase group, split into words, and its place in the scanner's `TermTable`.
    struct Term: Sendable {
        let words: [String]
        let id: Int

        /// A knowledge-base text split as a note's words are ("push-ups" is "push ups", "pins & needles" is "pins
        /// needles"), so a term is written the way people write it.
        static func split(_ text: String) -> [String] { NoteText.tokenize(text, contrasts: []).flatMap { $0 } }
    }

    /// A red flag's term lists as terms.
    private struct CompiledFlag: Sendable {
        let flag: RedFlagDefinition
        let phrases, unless, unlessSharing: [[[Term]]]
        let alsoNeeds: [[Term]]
        let explainedBy: [Term]
        /// Phrases that count only from this week of pregnancy, or when the week is not known.
        let fromWeek: (week: Int, phrases: [[[Term]]])?
        /// Phrases that name the sign but not when it comes: asked about, never a referral on their own.
        let unsaidTiming: [[[Term]]]
        /// Other-person cues that are this flag's own sign (the unborn baby's), as their words.
        let clientsOwn: Set<[String]>
        /// Remedies tried and failed, read across a sentence (`ReliefDenied`).
        let reliefDenied: ReliefTerms?
        /// Signs that count apart from their cause, and the cause (`ToldApart`).
        let toldApart: (cause: [Term], phrases: [[[Term]]])?

        /// The phrases that count at this week of pregnancy.
        func phrases(atWeek week: Int?) -> [[[Term]]] {
            guard let fromWeek, (week ?? fromWeek.week) >= fromWeek.week else { return phrases }
            return phrases + fromWeek.phrases
        }
    }

    /// The cue lists as terms.
    struct CueTerms: Sendable {
        let negations, listNegations, negationsAfter, elsewhere, historic, lookedFor, freshOnset, settlesWith,
            improving, still, hypothetical, hypotheticalAfter, notAPlan, generalQuestions, claimsTheLast,
            allClearAfterPlan,
            exceptionsToAList, notLists, fellOver: [Term]
        /// Who else a note may be about ("my husband", "the courier"), and who writes for whom ("for my dad", "I'm
        /// the client"): long lists, looked for at every word.
        let others, onBehalf, writerIsClient: CueIndex
        let hedges, denialsOfTheNextWord, wholeWords, greetings, firstPerson, ownSignWords, companions, belongings,
            notOverBefore, thingDenials, sayingsAfterNegation, cannotBe, itemStarts, openingRelations,
            relativesNamedWithAge, objectPronouns: Set<String>
        /// One-word cues for who writes and how a question or a status is answered ("asked", "says", "no to all",
        /// not "no better").
        let writersRelations, greetingFollowers, writerAfterOpening, writerIntroductions, questionAskers,
            answerReporters, answerRetractions, denialExceptions, answersForAll, newsBeforeAnswerForAll, answerTails,
            notAStatus, measurementCompared: Set<String>
        /// Word sequences that say an exception is not the cause ("nothing to do with").
        let notTheCause: [[String]]
        /// Per client sex (its raw value), the words that name someone of the other sex.
        let otherSex: [String: Set<String>]
        /// Per client sex (its raw value), the pronouns and relatives ("my son") of the other sex.
        let otherSexRelations: [String: [Term]]
    }

    public init(flags: [RedFlagDefinition], cues: NoteReadingCues) {
        self.flags = flags
        self.reader = NoteReader(cues: cues)
        var table = TermTable()
        func list(_ texts: [String]) -> [Term] { texts.map { table.term($0) } }
        compiled = flags.map { flag in
            CompiledFlag(
                flag: flag, phrases: flag.phrases.map { $0.map(list) },
                unless: (flag.unless ?? []).map { $0.map(list) },
                unlessSharing: (flag.unlessSharing ?? []).map { $0.map(list) },
                alsoNeeds: (flag.alsoNeeds ?? []).map(list), explainedBy: list(flag.explainedBy ?? []),
                fromWeek: flag.fromWeek.map { ($0.week, $0.phrases.map { $0.map(list) }) },
                unsaidTiming: (flag.askWhenUnsaid?.phrases ?? []).map { $0.map(list) },
                clientsOwn: Set((flag.clientsOwn ?? []).map(Term.split)),
                reliefDenied: flag.reliefDenied.map {
                    ReliefTerms(
                        tried: list($0.tried), relief: list($0.relief), failed: list($0.failed), pain: list($0.pain),
                        otherTroubles: list($0.otherTroubles), eased: list($0.eased), conditions: list($0.conditions))
                },
                toldApart: flag.toldApart.map { (list($0.cause), $0.phrases.map { $0.map(list) }) })
        }
        cueTerms = CueTerms(
            negations: list(cues.negations), listNegations: list(cues.listNegations),
            negationsAfter: list(cues.negationsAfter),
            elsewhere: list(cues.elsewhere), historic: list(cues.historic), lookedFor: list(cues.lookedFor),
            freshOnset: list(cues.freshOnset), settlesWith: list(cues.settlesWith), improving: list(cues.improving),
            still: list(cues.stillCurrent), hypothetical: list(cues.hypothetical),
            hypotheticalAfter: list(cues.hypotheticalAfter), notAPlan: list(cues.notAPlan),
            generalQuestions: list(cues.generalQuestions), claimsTheLast: list(cues.claimsTheLast),
            allClearAfterPlan: list(cues.allClearAfterPlan), exceptionsToAList: list(cues.exceptionsToAList),
            notLists: list(cues.notLists),
            fellOver: list(cues.fellOver),
            others: CueIndex(list(cues.otherPeople)), onBehalf: CueIndex(list(cues.onBehalf)),
            writerIsClient: CueIndex(list(cues.writerIsClient)),
            hedges: Set(cues.hedges), denialsOfTheNextWord: Set(cues.denialsOfTheNextWord),
            wholeWords: Set(cues.wholeWords), greetings: Set(cues.greetings),
            firstPerson: Set(cues.firstPerson), ownSignWords: Set(cues.ownSignWords), companions: Set(cues.companions),
            belongings: Set(cues.belongings),
            notOverBefore: Set(cues.notOverBefore), thingDenials: Set(cues.thingDenials),
            sayingsAfterNegation: Set(cues.sayingsAfterNegation), cannotBe: Set(cues.cannotBe),
            itemStarts: Set(cues.itemStarts), openingRelations: Set(cues.openingRelations),
            relativesNamedWithAge: Set(cues.relativesNamedWithAge), objectPronouns: Set(cues.objectPronouns),
            writersRelations: Set(cues.writersRelations), greetingFollowers: Set(cues.greetingFollowers),
            writerAfterOpening: Set(cues.writerAfterOpening), writerIntroductions: Set(cues.writerIntroductions),
            questionAskers: Set(cues.questionAskers),
            answerReporters: Set(cues.answerReporters), answerRetractions: Set(cues.answerRetractions),
            denialExceptions: Set(cues.denialExceptions), answersForAll: Set(cues.answersForAll),
            newsBeforeAnswerForAll: Set(cues.newsBeforeAnswerForAll),
            answerTails: Set(cues.answerTails), notAStatus: Set(cues.notAStatus),
            measurementCompared: Set(cues.measurementCompared),
            notTheCause: cues.notTheCause.map(Term.split),
            otherSex: cues.otherSexWords.mapValues(Set.init),
            otherSexRelations: cues.otherSexRelations.mapValues(list))
        terms = table
    }

    /// Every red flag revealed by the text, at most one match per flag, in knowledge-base order.
    /// `pregnant` is what the screen says; a note that says so counts too, unless the client is male (a man's
    /// note about his pregnant wife is about her). `pregnancyWeeks` is the screen's week of pregnancy; the note's
    /// ("26/40") counts too when it is later. `age` lets older age stand in as a risk factor.
    public func scan(
        _ text: String, pregnant: Bool = false, pregnancyWeeks: Int? = nil, sex: Sex? = nil, age: Int? = nil
    ) -> [Match] {
        read(reader.read(text), pregnant: pregnant, pregnancyWeeks: pregnancyWeeks, sex: sex, age: age).matches
    }

    /// The flags the text affirms and those it mentions but sets aside (see `Doubt`).
    public func read(
        _ text: String, pregnant: Bool = false, pregnancyWeeks: Int? = nil, sex: Sex? = nil, age: Int? = nil
    ) -> Reading {
        read(reader.read(text), pregnant: pregnant, pregnancyWeeks: pregnancyWeeks, sex: sex, age: age)
    }

    func read(_ note: NoteText, pregnant: Bool, pregnancyWeeks: Int? = nil, sex: Sex?, age: Int?) -> Reading {
        let pregnant = pregnant || (sex != .male && note.mentionsPregnancy)
        // The later of the screen's week and the note's: a week given at intake grows stale; a 0 is no week.
        let week = [pregnancyWeeks.flatMap { $0 > 0 ? $0 : nil }, note.pregnancyWeeks].compactMap { $0 }.max()
        var matches: [Match] = []
        var doubts: [Doubt] = []
        var unsaid: [(doubt: Doubt, unlessFound: [RedFlagID])] = []
        let noteVoice = voice(of: note, sex: sex, age: age)
        let present = PossibleTerms(note, terms: terms)
        flags: for compiledFlag in compiled {
            let flag = compiledFlag.flag
            if flag.pregnancyOnly == true, !pregnant { continue }
            var voice = noteVoice
            voice.clientsOwn = compiledFlag.clientsOwn
            // Only what can occur in this note is looked for; a flag none of whose phrases can is neither found
            // nor doubted.
            let phrases = compiledFlag.phrases(atWeek: week).compactMap(present.possible)
            let bare = compiledFlag.unsaidTiming.compactMap(present.possible)
            let reliefDenied = compiledFlag.reliefDenied.flatMap(present.possible)
            // A sign told apart from its cause need not be among the phrases ("everything's gone double").
            let apart = compiledFlag.toldApart.map {
                (cause: $0.cause, phrases: $0.phrases.compactMap(present.possible))
            }
            if phrases.isEmpty, bare.isEmpty, reliefDenied == nil, apart?.phrases.isEmpty ?? true { continue }
            let unless = compiledFlag.unless.compactMap(present.possible)
            let sharing = compiledFlag.unlessSharing.compactMap(present.possible)
            let alsoNeeds = compiledFlag.alsoNeeds.map { $0.filter(present.mayHold) }
            let explainedBy = compiledFlag.explainedBy.filter(present.mayHold)
            let olderThanRisk = flag.riskAgeFrom.map { (age ?? 0) >= $0 } ?? false
            // What the flag needs is read as its phrase is: where easing does not set the phrase aside, it does not set
            // aside what the phrase needs either ("heavy chest sat in the car … eased a bit now"). A need that is only
            // set aside ("… but crushing chest pain last night" after a reminder) leaves the flag a question, not
            // nothing.
            var needsDoubt: DoubtReason?
            var withinThePhrase: [[Term]] = []
            if !olderThanRisk {
                for needed in alsoNeeds {
                    let verdict = reading(
                        needed, in: note, voice: voice, improvementCounts: flag.improvementCounts == true)
                    // A need that is missing rules the flag out; the rest need not be read.
                    guard let verdict else { continue flags }
                    // One denied on its own may be the phrase's own denial ("pain with no relief at night" denies
                    // the relief, not the night): it then holds only inside a phrase that counts.
                    if verdict == .denied { withinThePhrase.append(needed) }
                    if needsDoubt == nil, case .setAside(let reason) = verdict { needsDoubt = reason }
                }
            }
            // The pain's own cause must be current ("twisted my knee on Thursday", not "in 2010").
            if !explainedBy.isEmpty,
                affirmsAny(explainedBy, in: note, voice: voice, historyCounts: false, improvementCounts: true)
            {
                continue
            }
            var found = first(
                phrases, unless: unless, sharing: sharing, in: note, voice: voice, flag: flag, needsDoubt: needsDoubt,
                withinThePhrase: withinThePhrase)
            if found?.affirms != true, let reliefDenied,
                let excerpt = firstReliefDenied(
                    reliefDenied, unless: unless, night: alsoNeeds.flatMap { $0 }, in: note, voice: voice, flag: flag)
            {
                found = needsDoubt.map { .setAside(excerpt: excerpt, reason: $0) } ?? .counts(excerpt: excerpt)
            }
            if found?.affirms != true, let apart,
                let toldApart = firstToldApart(
                    apart, unless: unless, sharing: sharing, present: present, in: note, voice: voice, flag: flag)
            {
                found = toldApart
            }
            switch found {
            case .counts(let excerpt)?:
                matches.append(Match(flag: flag.id, excerpt: excerpt))
            case .setAside(let excerpt, let reason)?:
                doubts.append(Doubt(flag: flag.id, excerpt: excerpt, reason: reason))
            case nil:
                // A bare mention that reads as the client's own and current is asked about; one set aside or
                // denied is twice removed from a sign and says nothing.
                if !bare.isEmpty,
                    case .counts(let excerpt)? = first(
                        bare, unless: unless, sharing: sharing, in: note, voice: voice, flag: flag,
                        needsDoubt: needsDoubt, withinThePhrase: withinThePhrase)
                {
                    let doubt = Doubt(flag: flag.id, excerpt: excerpt, reason: .whenNotSaid)
                    unsaid.append((doubt, flag.askWhenUnsaid?.unlessFound ?? []))
                }
            }
        }
        // A bare mention is no question when another flag found says when it comes ("chest pain at rest").
        let found = Set(matches.map(\.flag))
        doubts += unsaid.filter { found.isDisjoint(with: $0.unlessFound) }.map(\.doubt)
        let pressures = note.bloodPressures.filter { affirms($0.marker, in: note, voice: noteVoice) }
        return Reading(matches: matches, doubts: doubts, pressures: pressures)
    }

    /// Whether any of `terms` occurs as the client's own, current word somewhere in the note ("no pain" does not
    /// give a past cancer the new pain it needs).
    private func affirmsAny(
        _ terms: [Term], in note: NoteText, voice: Voice, historyCounts: Bool = true, improvementCounts: Bool = false
    ) -> Bool {
        reading(terms, in: note, voice: voice, historyCounts: historyCounts, improvementCounts: improvementCounts)
            == .counts
    }

    /// How the best occurrence of any of `terms` reads: affirmed if one is, else set aside for the first reason
    /// found, else denied; nil when none occurs.
    private func reading(
        _ terms: [Term], in note: NoteText, voice: Voice, historyCounts: Bool = true, improvementCounts: Bool = false
    ) -> Verdict? {
        var best: Verdict?
        for sentence in note.sentences {
            for (start, clause) in Self.clauses(of: sentence) {
                for index in clause.indices {
                    guard let term = terms.first(where: { matches($0.words, in: clause, at: index) }) else {
                        continue
                    }
                    let span = index...(index + term.words.count - 1)
                    let statesADenial = cueTerms.negations.contains { $0.words.first == term.words.first }
                    let verdict = counts(
                        [span], in: clause, clauseStart: start, sentence: sentence, historyCounts: historyCounts,
                        voice: voice, improvementCounts: improvementCounts, statesADenial: statesADenial)
                    switch (verdict, best) {
                    case (.counts, _): return .counts
                    case (.setAside, nil), (.setAside, .denied?): best = verdict
                    case (.denied, nil): best = verdict
                    default: break
                    }
                }
            }
        }
        return best
    }

    /// Whether the written token (a blood pressure's marker, say) is the client's own, current reading.
    private func affirms(_ token: String, in note: NoteText, voice: Voice) -> Bool {
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
}
