import Foundation

/// Turns a note's raw text into a `NoteText`, with the knowledge base's sayings and shorthand compiled once, when the
/// knowledge base is loaded: triage reads every note of every case.
struct NoteReader: Sendable {
    let cues: NoteReadingCues
    /// Each saying ("peed myself laughing"), longest first, as whole words only: "leg day" is not in "my left leg
    /// day and night".
    private let sayings: [NSRegularExpression]
    /// A line break after a word a line cannot end on ("since", "the"): the box wrapped, the sentence goes on.
    private let wrappedLine: NSRegularExpression
    /// Each slash shorthand and the words it stands for, longest first so "w/o" is read before "w/".
    private let shorthand: [(expression: NSRegularExpression, template: String)]

    init(cues: NoteReadingCues) {
        self.cues = cues
        sayings = cues.idioms.sorted { ($0.count, $0) > ($1.count, $1) }.map { idiom in
            Self.compile("(?i)(?<![A-Za-z])\(NSRegularExpression.escapedPattern(for: idiom))(?![A-Za-z])")
        }
        let carryOver = cues.carryOverWords.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        wrappedLine = Self.compile("(?i)(?<![A-Za-z'])(\(carryOver))[ \\t]*\\r?\\n[ \\t]*(?=[A-Za-z0-9])")
        shorthand = cues.shorthand.sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }.map { short, long in
            // "c/o" stands alone; "w/" runs into its word ("w/rest") but not into a one-letter one ("w/c", "w/e").
            let closed = short.last?.isLetter == true ? "(?![A-Za-z])" : "(?![A-Za-z]\\b)"
            let escaped = NSRegularExpression.escapedPattern(for: short)
            return (
                Self.compile("(?i)(?<![A-Za-z/])\(escaped)\(closed)"),
                " \(NSRegularExpression.escapedTemplate(for: long)) "
            )
        }
    }

    /// The note as a reader takes it in.
    func read(_ raw: String) -> NoteText { NoteText(raw, reader: self) }

    /// A wrapped line is joined to the next; sayings become the one word "saying", so none of their words is read as a sign; slash shorthand is spelled
    /// out ("c/o" is "complains of"); the full stops of "a.m." and "Dr." do not end a sentence when it goes on.
    func expand(_ input: String) -> String {
        var text = NoteText.replace(wrappedLine, in: input, with: "$1 ")
        for saying in sayings { text = NoteText.replace(saying, in: text, with: " saying ") }
        for (expression, template) in shorthand { text = NoteText.replace(expression, in: text, with: template) }
        // "Waking at 2 a.m. gasping" is one sentence; "… at 2 a.m. She's had …" is two.
        text = NoteText.replace(NoteText.Pattern.timeOfDay, in: text, with: "$1m")
        text = NoteText.replace(NoteText.Pattern.latinAbbreviation, in: text, with: "$1$2")
        return NoteText.replace(NoteText.Pattern.title, in: text, with: "$1")
    }

    /// Every pattern is built from escaped knowledge-base text, so one that does not compile is a programming error.
    private static func compile(_ pattern: String) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: pattern)
        } catch {
            preconditionFailure("NoteReader pattern does not compile: \(pattern)")
        }
    }
}
