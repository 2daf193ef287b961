import Foundation

/// How a note answers a question about a warning sign it names ("Saddle numbness – no", "Fever: nil").
extension NoteScanner {
    /// The most words a question's label ("Denies:") or who asked it ("Asked him straight") runs to; a longer
    /// segment is telling something, not framing an answer.
    static let framingWords = 4

    /// "Saddle numbness – no", "Fever: nil": the segment after the phrase's own opens with a denial.
    func isAnsweredNo(_ sentence: [String], clauseEnd: Int) -> Bool {
        guard clauseEnd < sentence.count, sentence[clauseEnd] == NoteText.segmentBreak else { return false }
        // "Any of these? — No to all": a question mark and a dash are one break between the label and its answer.
        var rest = sentence[(clauseEnd + 1)...].drop { $0 == NoteText.segmentBreak }
        var told = Array(rest.prefix { $0 != NoteText.segmentBreak })
        // "Chest tightness? Asked him straight - no.": who asked stands between the question and the answer.
        if let asker = told.first, cueTerms.questionAskers.contains(asker), told.count <= Self.framingWords {
            rest = rest.dropFirst(told.count).drop { $0 == NoteText.segmentBreak }
            told = Array(rest.prefix { $0 != NoteText.segmentBreak })
        }
        // "She says no", "said no, normal sensation": the answer is what the reporting word reports.
        let reporter = told.prefix(2).firstIndex { cueTerms.answerReporters.contains($0) }
        let segment = reporter.map { Array(told[($0 + 1)...]) } ?? told
        // "Says no, then admits it's been numb since Tuesday": the answer was taken back.
        if segment.contains(where: cueTerms.answerRetractions.contains) { return false }
        // "Any chest pain on exertion? Not that I've ever noticed.": a denial of several words opens the answer,
        // unless the answer goes on to say when it does happen ("Not really, just when I rush for the bus").
        if let denial = cueTerms.negationsAfter.first(where: {
            $0.words.count > 1 && matches($0.words, in: segment, at: 0)
        }) {
            let rest = segment.dropFirst(denial.words.count)
            return !rest.contains { cueTerms.denialExceptions.contains($0) || $0 == NoteText.clauseBreak }
        }
        // "No to all", "No lah", "No ma'am": words that widen or soften the answer leave it a no.
        let answer = segment.filter { !cueTerms.answersForAll.contains($0) && !cueTerms.answerTails.contains($0) }
        guard let first = answer.first else { return false }
        let endsThere = answer.count == 1 || answer.dropFirst().first == NoteText.comma
        return endsThere && cueTerms.negationsAfter.contains { $0.words.count == 1 && $0.words[0] == first }
    }

    /// "Negative for: fever, chills, saddle anaesthesia", "Denies: …": a sentence that opens with a short label
    /// of denial denies the whole list in the segment after it.
    func isDeniedByLabel(_ sentence: [String], clauseStart: Int) -> Bool {
        guard clauseStart > 0, sentence[clauseStart - 1] == NoteText.segmentBreak else { return false }
        let label = sentence[..<(clauseStart - 1)]
        guard label.count <= Self.framingWords, !label.contains(where: Self.breaks.contains) else { return false }
        return cueTerms.listNegations.contains { cue in
            label.count >= cue.words.count && label.suffix(cue.words.count).elementsEqual(cue.words)
        }
    }
}
