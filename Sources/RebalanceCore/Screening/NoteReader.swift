import Foundation

/// Turns a note's raw text into a `NoteText`, with the knowledge base's sayings and shorthand compiled once, when the
/// knowledge base is loaded: triage reads every note of every case.
struct NoteReader: Sendable {
    let cues: NoteReadingCues
    /// The knowledge base's contrasts ("but", "apart from"), afterthoughts ("though") and scope breaks ("and now"), as
    /// sets for the tokenizer.
    let contrasts, afterthoughts, scopeBreaks: Set<String>
    /// A form's one-word yes and no answers.
    let answers: NoteText.FormAnswers
    /// Each saying ("peed myself laughing"), longest first, as whole words only: "leg day" is not in "my left leg
    /// day and night".
    private let sayings: [NSRegularExpression]
    /// A line break after a word no line ends on ("the", "into"): the box wrapped, and the sentence goes on.
    private let wrappedLine: NSRegularExpression?
    /// A line break after a word a line may end on ("since"), when the next line starts in lower case or with a
    /// day or month ("since⏎Sunday").
    private let wrappedBeforeLowerCase: NSRegularExpression?
    /// Each slash shorthand and the words it stands for, longest first so "w/o" is read before "w/".
    private let shorthand: [(expression: NSRegularExpression, template: String)]

    init(cues: NoteReadingCues) {
        self.cues = cues
        contrasts = Set(cues.contrasts)
        afterthoughts = Set(cues.afterthoughts)
        scopeBreaks = Set(cues.scopeBreaks)
        answers = NoteText.FormAnswers(yes: Set(cues.yesAnswers), no: Set(cues.noAnswers))
        sayings = cues.idioms.sorted { ($0.count, $0) > ($1.count, $1) }.map { idiom in
            NoteText.Pattern.compile("(?i)(?<![A-Za-z])\(NSRegularExpression.escapedPattern(for: idiom))(?![A-Za-z])")
        }
        // "N/A⏎" and "it's⏎" end on a letter after a slash or an apostrophe, not on the word "a" or "s".
        func lineEnd(_ words: [String], nextLine: String) -> NSRegularExpression? {
            guard !words.isEmpty else { return nil }
            let alternatives = words.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
            return NoteText.Pattern.compile(
                "(?<![A-Za-z'/])((?i:\(alternatives)))[ \\t]*\\r?\\n[ \\t]*(?=\(nextLine))")
        }
        wrappedLine = lineEnd(cues.carryOverWords, nextLine: "[A-Za-z0-9]")
        // "May" is left out: "since⏎May I ask" is two sentences.
        let dayOrMonth =
            "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September"
            + "|October|November|December"
        wrappedBeforeLowerCase = lineEnd(
            cues.carryOverBeforeLowerCase, nextLine: "[a-z]|(?:\(dayOrMonth))\\b")
        shorthand = cues.shorthand.sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }.map { short, long in
            // "c/o" stands alone; "w/" runs into its word ("w/rest") but not into a one-letter one ("w/c", "w/e").
            let closed = short.last?.isLetter == true ? "(?![A-Za-z])" : "(?![A-Za-z]\\b)"
            let escaped = NSRegularExpression.escapedPattern(for: short)
            // A following "'s" stays on the words it stands for: "h/a's worse" is "headache's worse".
            return (
                NoteText.Pattern.compile("(?i)(?<![A-Za-z/])\(escaped)\(closed)('s(?![A-Za-z]))?"),
                " \(NSRegularExpression.escapedTemplate(for: long))$1 "
            )
        }
    }

    /// "Mar '23" is March 2023 and "in '98" is 1998: two digits from 50 up are the last century, so a year reads
    /// as one (a time long past) and not as a day of the month.
    static func spellOutShortYears(_ input: String) -> String {
        var text = input
        for match in NoteText.matches(NoteText.Pattern.shortYear, in: input).reversed() {
            guard let digits = Int(match.groups[1]) else { continue }
            let year = (digits >= 50 ? 1900 : 2000) + digits
            text.replaceSubrange(match.range, with: "\(match.groups[0]) \(year)")
        }
        return text
    }

    /// The note as a reader takes it in.
    func read(_ raw: String) -> NoteText { NoteText(raw, reader: self) }

    /// A pasted form's run of spaces before a capital is the line break it was, and its empty tick box a "no"; a
    /// wrapped line is joined to the next, and an ellipsis before a lower-case word is a pause ("gave way... with
    /// laughing"); sayings become the one word "saying", so none of their words is read as a sign; slash shorthand
    /// is spelled out ("c/o" is "complains of"); a minus before a weight is "down"; the full stops of "a.m." and
    /// "Dr." do not end a sentence when it goes on.
    func expand(_ input: String) -> String {
        var text = input.replacingOccurrences(of: "\u{2019}", with: "'")
        text = NoteText.replace(NoteText.Pattern.answerLabel, in: text, with: "? ")
        text = NoteText.replace(NoteText.Pattern.pastedLineBreak, in: text, with: "\n")
        text = NoteText.replace(NoteText.Pattern.emptyTickBox, in: text, with: ".\nNo ")
        text = NoteText.replace(NoteText.Pattern.notSignedOff, in: text, with: " awaiting clearance ")
        for wrap in [wrappedLine, wrappedBeforeLowerCase].compactMap(\.self) {
            text = NoteText.replace(wrap, in: text, with: "$1 ")
        }
        text = NoteText.replace(NoteText.Pattern.minusWeight, in: text, with: " down $1 $2")
        text = NoteText.replace(NoteText.Pattern.ellipsisPause, in: text, with: " , ")
        for saying in sayings { text = NoteText.replace(saying, in: text, with: " saying ") }
        for (expression, template) in shorthand { text = NoteText.replace(expression, in: text, with: template) }
        // "Waking at 2 a.m. gasping" is one sentence; "… at 2 a.m. She's had …" is two.
        text = NoteText.replace(NoteText.Pattern.timeOfDay, in: text, with: "$1m")
        text = NoteText.replace(NoteText.Pattern.latinAbbreviation, in: text, with: "$1$2")
        text = NoteText.replace(NoteText.Pattern.feelNothing, in: text, with: "feel nothing")
        text = NoteText.replace(NoteText.Pattern.noFeelingOf, in: text, with: "no ")
        text = NoteText.replace(NoteText.Pattern.namedFever, in: text, with: "saying")
        // "… and now" is a scope break, so the list negation "never had" does not reach past its "before".
        text = NoteText.replace(NoteText.Pattern.neverBefore, in: text, with: "$0 and now")
        text = NoteText.replace(NoteText.Pattern.buttCheek, in: text, with: "buttock$1")
        text = Self.spellOutShortYears(text)
        text = NoteText.replace(NoteText.Pattern.saint, in: text, with: "$1")
        return NoteText.replace(NoteText.Pattern.title, in: text, with: "$1")
    }
}
