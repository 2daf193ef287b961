import Testing

@testable import RebalanceCore

/// The knowledge base's terms are data a reviewer edits; a term the note reader can never see (a saying it replaces,
/// a shorthand it spells out, a colon it turns into a break) silently does nothing, and one whose symbol the reader
/// drops ("stress #" read as "stress") silently matches far more than it says.
@Suite("Triage: every term can be read")
struct TriageTermTests {
    @Test func everyTermIsFoundInANoteThatSaysJustThat() throws {
        let (scanner, terms) = try Self.terms()
        let unreadable = terms.filter { term in
            let words = NoteScanner.Term.split(term)
            let tokens = Array(scanner.reader.read(term).sentences.joined())
                .filter { $0 != NoteText.comma && $0 != NoteText.scopeBreak }
            return !tokens.indices.contains { scanner.matches(words, in: tokens, at: $0) }
        }
        #expect(unreadable.isEmpty, "terms the note reader never sees: \(unreadable)")
    }

    /// The scanner looks only for the terms a note's words may hold; ruling one out that the note does hold would
    /// hide a sign without a trace.
    @Test func noTermANoteHoldsIsRuledOut() throws {
        let (scanner, _) = try Self.terms()
        let notes = try TriageCorpusTests.corpus().notes.enumerated().filter { $0.offset % 20 == 0 }.map(\.element)
        var wronglyRuledOut: [String] = []
        for note in notes {
            let text = scanner.reader.read(note.note)
            let present = NoteScanner.PossibleTerms(text, terms: scanner.terms)
            let tokens = Array(text.sentences.joined())
            for (id, words) in scanner.terms.words.enumerated() where !present.mayHold(id: id) {
                if tokens.indices.contains(where: { scanner.matches(words, in: tokens, at: $0) }) {
                    wronglyRuledOut.append("\(note.id): \(words.joined(separator: " "))")
                }
            }
        }
        #expect(notes.count > 200)
        #expect(wronglyRuledOut.isEmpty, "\(wronglyRuledOut.prefix(10))")
    }

    /// The long cue lists (who else, who writes for whom) are looked up by a word's first letters; a cue the index
    /// does not offer where it matches would silently stop counting.
    @Test func theIndexedCueListsOfferEveryCueThatMatches() throws {
        let (scanner, _) = try Self.terms()
        let lists = [
            (scanner.cueTerms.others, scanner.cues.otherPeople), (scanner.cueTerms.onBehalf, scanner.cues.onBehalf),
            (scanner.cueTerms.writerIsClient, scanner.cues.writerIsClient),
        ]
        let notes = try TriageCorpusTests.corpus().notes.enumerated().filter { $0.offset % 20 == 0 }.map(\.element)
        var notOffered: [String] = []
        var found = 0
        for note in notes {
            let tokens = Array(scanner.reader.read(note.note).sentences.joined())
            for (index, texts) in lists {
                for words in texts.map(NoteScanner.Term.split) {
                    for start in tokens.indices where scanner.matches(words, in: tokens, at: start) {
                        found += 1
                        if !index.cues(startingAt: tokens[start]).contains(where: { $0.words == words }) {
                            notOffered.append("\(note.id): \(words.joined(separator: " "))")
                        }
                    }
                }
            }
        }
        #expect(found > 100)
        #expect(notOffered.isEmpty, "\(notOffered.prefix(10))")
    }

    @Test func noTermLosesASymbolOrHoldsABreak() throws {
        let (_, terms) = try Self.terms()
        let broadened = terms.filter { term in
            let symbols = term.filter { !$0.isLetter && !$0.isNumber && !" -'&".contains($0) }
            return !symbols.isEmpty || NoteScanner.Term.split(term).contains(where: NoteScanner.breaks.contains)
        }
        #expect(broadened.isEmpty, "terms read as something broader than written: \(broadened)")
        // A choice in braces spelled out to nothing ("{|very }") would be a term that matches everywhere.
        #expect(!terms.contains { NoteScanner.Term.split($0).isEmpty }, "a term with no words")
    }

    @Test func singleWordCuesAreSingleWords() throws {
        let cues = try knowledge().safety.noteReading
        let words =
            cues.hedges + cues.denialsOfTheNextWord + cues.wholeWords + cues.greetings + cues.greetingFollowers
            + cues.firstPerson + cues.ownSignWords
            + cues.writersRelations
            + cues.otherSexWords.values.flatMap { $0 }
            + cues.writerAfterOpening + cues.relativesNamedWithAge + cues.objectPronouns
            + cues.companions + cues.belongings + cues.yesAnswers
            + cues.noAnswers
            + cues.notOverBefore
            + cues.carryOverWords
            + cues.carryOverBeforeLowerCase + cues.thingDenials
            + cues.sayingsAfterNegation + cues.cannotBe + cues.itemStarts + cues.openingRelations
            + cues.temperatureTaken + cues.answerReporters + cues.questionAskers + cues.answerRetractions
            + cues.denialExceptions
            + cues.answersForAll + cues.answerTails + cues.notAStatus + cues.newsBeforeAnswerForAll
            + cues.writerIntroductions + cues.measurementCompared
        let notWords = words.filter { NoteScanner.Term.split($0) != [$0.lowercased()] }
        #expect(notWords.isEmpty, "cues compared as single words that a note never holds as one: \(notWords)")
    }

    /// Every multi-word term: the flags' phrases, exceptions, needs and explanations, and the reading cues.
    static func terms() throws -> (NoteScanner, [String]) {
        let safety = try knowledge().safety
        let cues = safety.noteReading
        var terms: [String] = []
        for flag in safety.redFlags {
            terms += flag.phrases.flatMap { $0.joined() } + (flag.unless ?? []).flatMap { $0.joined() }
            terms += (flag.alsoNeeds ?? []).joined() + (flag.explainedBy ?? [])
            terms += (flag.fromWeek?.phrases ?? []).flatMap { $0.joined() }
            terms += (flag.askWhenUnsaid?.phrases ?? []).flatMap { $0.joined() }
        }
        terms += cues.negations + cues.listNegations + cues.negationsAfter + cues.otherPeople + cues.elsewhere
        terms += cues.historic + cues.freshOnset + cues.lookedFor + cues.settlesWith + cues.improving
        terms +=
            cues.stillCurrent + cues.hypothetical + cues.hypotheticalAfter + cues.generalQuestions + cues.onBehalf
            + cues.writerIsClient + cues.claimsTheLast + cues.allClearAfterPlan + cues.exceptionsToAList + cues.fellOver
        return (NoteScanner(flags: safety.redFlags, cues: cues), terms)
    }
}
