import Foundation

/// A note split the way a reader takes it in: sentences, segments (at a colon, dash or question mark, where a
/// label meets its answer: "Saddle numbness – no"), and clauses (at "but", "however" …), in lower-case words.
///
/// Numbers that carry clinical meaning are read first and stand in the text as marker words: a temperature at
/// or above the fever cut-off becomes `fevertemp`, an operation within the recent weeks `recentweeks`; blood
/// pressures are returned as readings, to be judged by the same rule as the structured field.
struct NoteText {
    /// Marks the boundaries kept inside a sentence's token list.
    static let comma = ","
    static let segmentBreak = "|"
    static let clauseBreak = "/"

    /// Each sentence's tokens, with commas, segment and clause breaks as their own tokens.
    let sentences: [[String]]
    /// Blood pressures written in the note, the words they were written as, and the marker word that stands for
    /// each in the text (so the scanner can tell a current reading from "used to be 170/100").
    let bloodPressures: [(systolic: Int, diastolic: Int, text: String, marker: String)]
    /// Whether the note says the client is pregnant now ("pregnant", "34/40", "second trimester"), not denied.
    let mentionsPregnancy: Bool

    init(_ raw: String, cues: NoteReadingCues) {
        var text = raw
        var pressures: [(Int, Int, String, String)] = []
        let weeksPregnant = !Self.matches(Pattern.weeksPregnant, in: text).isEmpty
        let saysPregnant = !Self.matches(Pattern.saysPregnant, in: text).isEmpty
        // Weeks over 52 or 40, pain over 10, and similar fractions are not pressures: the second number decides.
        for match in Self.matches(Pattern.pressure, in: text).reversed() {
            guard let systolic = Int(match.groups[0]), let diastolic = Int(match.groups[1]),
                (70...260).contains(systolic), (40...160).contains(diastolic), systolic > diastolic,
                ![52, 40, 10, 12].contains(diastolic)
            else { continue }
            let marker = "bpreading\(pressures.count)"
            pressures.append((systolic, diastolic, match.text, marker))
            text.replaceSubrange(match.range, with: " \(marker) ")
        }
        text = Self.markTemperatures(text, feverFrom: cues.feverFromCelsius)
        text = Self.markRecentWeeks(text, within: cues.recentSurgeryWeeks)
        // "8kg", "3wks": a number and its unit are two words. Crosses and "–ve" are written denials.
        text = text.replacingOccurrences(of: #"(\d)([A-Za-z])"#, with: "$1 $2", options: .regularExpression)
        for cross in ["\u{2717}", "\u{2718}", "\u{274C}"] { text = text.replacingOccurrences(of: cross, with: " nil ") }
        bloodPressures = pressures.reversed()
        mentionsPregnancy = weeksPregnant || saysPregnant
        sentences = Self.tokenize(text, contrasts: Set(cues.contrasts))
    }

    // MARK: - Numbers

    private static func markTemperatures(_ input: String, feverFrom threshold: Double) -> String {
        var text = input
        // A number with a temperature word before it, or a degree sign or "degrees" after it.
        for pattern in [Pattern.temperatureAfterWord, Pattern.temperatureWithUnit] {
            for match in matches(pattern, in: text).reversed() {
                guard let value = Double(match.groups[0].replacingOccurrences(of: ",", with: ".")) else { continue }
                let celsius = value > 50 ? (value - 32) * 5 / 9 : value
                guard (34...44).contains(celsius), let range = Range(match.groupRanges[0], in: text) else { continue }
                text.replaceSubrange(range, with: celsius >= threshold ? " fevertemp " : " normaltemp ")
            }
        }
        return text
    }

    private static func markRecentWeeks(_ input: String, within limit: Int) -> String {
        var text = input
        let patterns = [(Pattern.weeksFraction, 1.0), (Pattern.weeks, 1), (Pattern.days, 1.0 / 7), (Pattern.months, 4.3)]
        for (pattern, weeksPerUnit) in patterns {
            for match in matches(pattern, in: text).reversed() {
                guard let count = Double(match.groups[0]), count * weeksPerUnit <= Double(limit) else { continue }
                text.replaceSubrange(match.range, with: " recentweeks ")
            }
        }
        for match in matches(Pattern.countedInWords, in: text).reversed() {
            text.replaceSubrange(match.range, with: " recentweeks ")
        }
        for phrase in ["last week", "yesterday", "few weeks ago", "couple of weeks", "last month", "a month ago", "fortnight"] {
            text = text.replacingOccurrences(of: phrase, with: phrase + " recentweeks", options: .caseInsensitive)
        }
        return text
    }

    struct Found {
        let range: Range<String.Index>
        let text: String
        let groups: [String]
        let groupRanges: [NSRange]
    }

    /// The number patterns, compiled once: triage reads every note of every case.
    enum Pattern {
        static let weeksPregnant = compile(#"\b([4-9]|[1-3]\d|4[0-2])\s*/\s*40\b"#)
        static let saysPregnant = compile(#"(?i)(?<!not |isn't |isnt |no longer )\bpregnant\b|\btrimester\b|\bweeks gestation\b"#)
        static let pressure = compile(#"(?i)\b(\d{2,3})\s*(?:/|over|on)\s*(\d{2,3})\b"#)
        static let temperatureAfterWord = compile(
            #"(?i)(?:temp(?:erature)?s?|fever|pyrexi\w*|febrile|thermometer)\D{0,25}?(\d{2,3}(?:[.,]\d)?)"#)
        static let temperatureWithUnit = compile(#"(?i)(\d{2,3}(?:[.,]\d)?)\s*(?:°|º|degrees|[fc]\b)"#)
        static let weeksFraction = compile(#"(?i)\b(\d{1,2})\s*/\s*52\b"#)
        static let weeks = compile(#"(?i)\b(\d{1,2})\s*(?:weeks?|wks?)\b"#)
        static let days = compile(#"(?i)\b(\d{1,3})\s*(?:days?|/7)\b"#)
        static let months = compile(#"(?i)\b(\d{1,2})\s*(?:months?|/12)\b"#)
        static let countedInWords = compile(
            #"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|few)\s+(?:weeks?|wks?|days?)\s+(?:ago|back|since|post|now|out)\b"#)

        /// A pattern written in this file; one that does not compile is a programming error, caught by any test.
        private static func compile(_ pattern: String) -> NSRegularExpression {
            do {
                return try NSRegularExpression(pattern: pattern)
            } catch {
                preconditionFailure("NoteText pattern does not compile: \(pattern)")
            }
        }
    }

    static func matches(_ expression: NSRegularExpression, in text: String) -> [Found] {
        expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { result in
            guard let range = Range(result.range, in: text) else { return nil }
            let groups = (1..<result.numberOfRanges).map { index -> String in
                Range(result.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
            return Found(range: range, text: String(text[range]), groups: groups,
                         groupRanges: (1..<result.numberOfRanges).map { result.range(at: $0) })
        }
    }

    // MARK: - Words

    /// Lower-case words; "b&b" and "can't" stay whole, a curly apostrophe is folded to a straight one.
    static func tokenize(_ text: String, contrasts: Set<String>) -> [[String]] {
        var sentences: [[String]] = []
        var current: [String] = []
        var word = ""
        func endWord() {
            // A closing quote or a dropped g ("squeezin'") is not part of the word.
            while word.hasSuffix("'") { word.removeLast() }
            guard !word.isEmpty else { return }
            current.append(contrasts.contains(word) ? clauseBreak : word)
            word = ""
        }
        func endSentence() {
            endWord()
            if current.contains(where: { $0.count > 1 || $0.first?.isLetter == true || $0.first?.isNumber == true }) {
                sentences.append(current)
            }
            current = []
        }
        let scalars = Array(text.replacingOccurrences(of: "\u{2019}", with: "'").lowercased().unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let previous = index > 0 ? scalars[index - 1] : " "
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            switch scalar {
            case _ where CharacterSet.alphanumerics.contains(scalar):
                word.unicodeScalars.append(scalar)
            case "'" where !word.isEmpty, "&" where !word.isEmpty && CharacterSet.letters.contains(next):
                word.unicodeScalars.append(scalar)
            case ".", "!", ";", "\n":
                endSentence()
            case ":", "?", "\u{2013}", "\u{2014}":
                endWord()
                current.append(segmentBreak)
            case "-" where previous == " " || next == " ":
                endWord()
                current.append(segmentBreak)
            case ",", "(", ")", "/":
                endWord()
                current.append(comma)
            default:
                endWord()
            }
        }
        endSentence()
        // Multi-word contrasts ("apart from", "other than") break clauses too.
        return sentences.map { tokens in
            var result: [String] = []
            for token in tokens {
                if let last = result.last, contrasts.contains(last + " " + token) {
                    result[result.count - 1] = clauseBreak
                } else {
                    result.append(token)
                }
            }
            return result
        }
    }
}
