import Testing

@testable import RebalanceCore

/// The knowledge base's terms are data a reviewer edits; a term the note reader can never see (an apostrophe the
/// tokenizer drops, a shorthand it spells out, an arrow it turns into a break) silently does nothing.
@Suite("Triage: every term can be read")
struct TriageTermTests {
    @Test func everyTermIsFoundInANoteThatSaysJustThat() throws {
        let safety = try knowledge().safety
        let cues = safety.noteReading
        let scanner = NoteScanner(flags: safety.redFlags, cues: cues)
        var terms: [String] = []
        for flag in safety.redFlags {
            terms += flag.phrases.flatMap { $0.joined() } + (flag.unless ?? []).flatMap { $0.joined() }
            terms += (flag.alsoNeeds ?? []).joined() + (flag.explainedBy ?? [])
        }
        terms += cues.negations + cues.listNegations + cues.negationsAfter + cues.otherPeople + cues.elsewhere
        terms += cues.historic + cues.freshOnset + cues.lookedFor + cues.settlesWith + cues.improving
        terms += cues.stillCurrent + cues.hypothetical + cues.hypotheticalAfter + cues.onBehalf + cues.writerIsClient
        let unreadable = terms.filter { term in
            let words = NoteScanner.Term(term).words
            let tokens = Array(NoteText(term, cues: cues).sentences.joined())
                .filter { $0 != NoteText.comma && $0 != NoteText.scopeBreak }
            return !tokens.indices.contains { scanner.matches(words, in: tokens, at: $0) }
        }
        #expect(unreadable.isEmpty, "terms the note reader never sees: \(unreadable)")
    }
}
