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
    /// Where whose it is stops but the clause goes on ("… and now …").
    static let scopeBreak = "//"

    /// Each sentence's tokens, with commas, segment and clause breaks as their own tokens.
    let sentences: [[String]]
    /// Blood pressures written in the note, the words they were written as, and the marker word that stands for
    /// each in the text (so the scanner can tell a current reading from "used to be 170/100").
    let bloodPressures: [WrittenPressure]
    /// Whether the note says the client is pregnant now ("pregnant", "34/40", "second trimester"), not denied.
    let mentionsPregnancy: Bool

    init(_ raw: String, cues: NoteReadingCues) {
        var text = Self.expand(Self.spellOutSpokenPressures(raw), shorthand: cues.shorthand, idioms: cues.idioms)
        var pressures: [WrittenPressure] = []
        let weeksPregnant = !Self.matches(Pattern.weeksPregnant, in: text).isEmpty
        let saysPregnant = !Self.matches(Pattern.saysPregnant, in: text).isEmpty
        // Weeks over 52 or 40, pain over 10, and similar fractions are not pressures: the second number decides.
        for match in Self.matches(Pattern.pressure, in: text).reversed() {
            guard let systolic = Int(match.groups[0]), let diastolic = Int(match.groups[1]),
                (70...260).contains(systolic), (40...160).contains(diastolic), systolic > diastolic,
                ![52, 40, 10, 12].contains(diastolic)
            else { continue }
            // "If ≥ 160/100 do not train", "post-exercise 172/88": a threshold or a reading in effort is not a
            // resting blood pressure.
            let lead = Self.sentenceLeadingUp(to: match.range.lowerBound, in: text)
            let trail = Self.sentenceFollowing(match.range.upperBound, in: text)
            if !Self.matches(Pattern.threshold, in: lead).isEmpty
                || cues.exerciseReadings.contains(where: { lead.contains($0) || trail.contains($0) })
            {
                continue
            }
            let marker = "bpreading\(pressures.count)"
            pressures.append(
                WrittenPressure(systolic: systolic, diastolic: diastolic, text: match.text, marker: marker))
            text.replaceSubrange(match.range, with: " \(marker) ")
        }
        text = Self.markTemperatures(text, feverFrom: cues.feverFromCelsius, angleWords: cues.angleWords)
        text = Self.markRecentWeeks(text, within: cues.recentSurgeryWeeks)
        // "Reading about 158/104" gives a number, not something read about ("reading about DVT online").
        text = text.replacingOccurrences(
            of: #"(?i)\babout(?=\s+(?:bpreading|fevertemp|normaltemp))"#, with: "around",
            options: .regularExpression)
        // "8kg", "3wks": a number and its unit are two words. Crosses and "–ve" are written denials.
        text = text.replacingOccurrences(of: #"(\d)([A-Za-z])"#, with: "$1 $2", options: .regularExpression)
        for cross in ["\u{2717}", "\u{2718}", "\u{274C}"] { text = text.replacingOccurrences(of: cross, with: " nil ") }
        // "↓ sensation perineum": the arrows of clinical shorthand are words.
        text = text.replacingOccurrences(of: "\u{2193}", with: " reduced ")
        text = text.replacingOccurrences(of: "\u{2191}", with: " increased ")
        // "T/L pain": the spinal regions' shorthand names one region, not two words.
        text = text.replacingOccurrences(of: #"(?i)\bT/L\b"#, with: "thoracolumbar", options: .regularExpression)
        text = text.replacingOccurrences(of: #"(?i)\bL/S\b"#, with: "lumbosacral", options: .regularExpression)
        // "No dizziness/diplopia/dysarthria": a slash between words lists them, so one denial covers all (short
        // abbreviations such as "c/o" and "h/o" keep their slash).
        text = text.replacingOccurrences(
            of: #"([A-Za-z]{3,})/(?=[A-Za-z]{3,})"#, with: "$1 or ", options: .regularExpression)
        // "?stress #", "# L wrist": in clinical shorthand a lone hash is a fracture (a hashtag or "#3" is not).
        text = text.replacingOccurrences(
            of: #"(?<![\w#])#(?=\s|$|[.,;:)])"#, with: " fracture ", options: .regularExpression)
        bloodPressures = pressures.reversed()
        mentionsPregnancy = weeksPregnant || saysPregnant
        sentences = Self.joinTelegraphicRuns(
            Self.tokenize(text, contrasts: Set(cues.contrasts), scopeBreaks: Set(cues.scopeBreaks))
        ).map(Self.joinAnsweredYes)
    }

    /// "Chest discomfort: Y — squeezing, comes on sitting": a form's "yes" between a label and its description
    /// makes them one statement.
    static func joinAnsweredYes(_ tokens: [String]) -> [String] {
        var result = tokens
        var index = 1
        while index + 1 < result.count {
            if result[index - 1] == segmentBreak, ["y", "yes"].contains(result[index]),
                result[index + 1] == segmentBreak
            {
                result[index - 1] = comma
                result[index] = "yes"
                result[index + 1] = comma
            }
            index += 1
        }
        return result
    }

    // MARK: - Shorthand

    /// Slash shorthand spelled out ("c/o" is "complains of", "w/" is "with"), the longest first so "w/o" is not
    /// read as "w/"; the full stops of "a.m." and "Dr." do not end a sentence when it goes on after them; a saying
    /// ("peed myself laughing") becomes the one word "saying", so none of its words is read as a sign.
    private static func expand(_ input: String, shorthand: [String: String], idioms: [String]) -> String {
        var text = input
        for idiom in idioms.sorted(by: { ($0.count, $0) > ($1.count, $1) }) {
            // Whole words only: "leg day" is not in "my left leg day and night".
            let escaped = NSRegularExpression.escapedPattern(for: idiom)
            text = text.replacingOccurrences(
                of: "(?i)(?<![A-Za-z])\(escaped)(?![A-Za-z])", with: " saying ", options: .regularExpression)
        }
        for (short, long) in shorthand.sorted(by: { ($0.key.count, $0.key) > ($1.key.count, $1.key) }) {
            let escaped = NSRegularExpression.escapedPattern(for: short)
            // "c/o" stands alone; "w/" runs into its word ("w/rest") but not into a one-letter one ("w/c", "w/e").
            let closed = short.last?.isLetter == true ? "(?![A-Za-z])" : "(?![A-Za-z]\\b)"
            text = text.replacingOccurrences(
                of: "(?i)(?<![A-Za-z/])\(escaped)\(closed)", with: " \(long) ", options: .regularExpression)
        }
        // "Waking at 2 a.m. gasping" is one sentence; "… at 2 a.m. She's had …" is two.
        text = text.replacingOccurrences(
            of: #"(?i)(?<![A-Za-z])([ap])\.m\.(?=\s+[a-z0-9])"#, with: "$1m", options: .regularExpression)
        text = text.replacingOccurrences(of: #"(?i)\b([ei])\.([eg])\."#, with: "$1$2", options: .regularExpression)
        return text.replacingOccurrences(
            of: #"(?i)\b(dr|mr|mrs)\.(?=\s+[A-Z][a-z])"#, with: "$1", options: .regularExpression)
    }

    // MARK: - Numbers

    private static func markTemperatures(_ input: String, feverFrom threshold: Double, angleWords: [String]) -> String {
        var text = input
        // A number with a temperature word before it, or a degree sign or "degrees" after it.
        for (pattern, hasUnit) in [(Pattern.temperatureAfterWord, false), (Pattern.temperatureWithUnit, true)] {
            for match in matches(pattern, in: text).reversed() {
                // The number is whichever alternative of the pattern matched.
                guard let number = match.groups.firstIndex(where: { !$0.isEmpty }),
                    let value = Double(match.groups[number].replacingOccurrences(of: ",", with: "."))
                else { continue }
                // "SLR 40 degrees", "knee flexion 105°": a whole number of plain degrees after a movement or test
                // is an angle. A decimal or a °C/°F is always a temperature.
                let plainDegrees =
                    hasUnit && Pattern.plainDegreeAlternatives.contains(number)
                    && !match.groups[number].contains { $0 == "." || $0 == "," }
                if plainDegrees,
                    isAngle(leadingUp: sentenceLeadingUp(to: match.range.lowerBound, in: text), angleWords: angleWords)
                {
                    continue
                }
                let celsius = value > 50 ? (value - 32) * 5 / 9 : value
                guard (34...44).contains(celsius), let range = Range(match.groupRanges[number], in: text) else {
                    continue
                }
                text.replaceSubrange(range, with: celsius >= threshold ? " fevertemp " : " normaltemp ")
            }
        }
        return text
    }

    /// Whether one of the last few words before a number, in its own list item, names a movement or test, so its
    /// degrees are an angle.
    private static func isAngle(leadingUp: String, angleWords: [String]) -> Bool {
        let item = leadingUp.split(separator: ",", omittingEmptySubsequences: false).last ?? ""
        let words = item.split { !$0.isLetter }.suffix(4)
        return words.contains { angleWords.contains(String($0)) }
    }

    private static func markRecentWeeks(_ input: String, within limit: Int) -> String {
        var text = input
        let patterns = [
            (Pattern.weeksFraction, 1.0), (Pattern.weeks, 1), (Pattern.days, 1.0 / 7), (Pattern.months, 4.3),
        ]
        for (pattern, weeksPerUnit) in patterns {
            for match in matches(pattern, in: text).reversed() {
                guard let count = Double(match.groups[0]), count * weeksPerUnit <= Double(limit) else { continue }
                text.replaceSubrange(match.range, with: " recentweeks ")
            }
        }
        for match in matches(Pattern.countedInWords, in: text).reversed() {
            text.replaceSubrange(match.range, with: " recentweeks ")
        }
        for phrase in [
            "last week", "yesterday", "few weeks ago", "couple of weeks", "last month", "a month ago", "fortnight",
        ] {
            text = text.replacingOccurrences(of: phrase, with: phrase + " recentweeks", options: .caseInsensitive)
        }
        return text
    }

    /// The lower-cased text of the sentence before `index`.
    private static func sentenceLeadingUp(to index: String.Index, in text: String) -> String {
        let before = text[..<index]
        let start = before.lastIndex { ".!;\n".contains($0) }.map { before.index(after: $0) } ?? before.startIndex
        return before[start...].lowercased()
    }

    /// The lower-cased text of the sentence after `index`, up to its first comma ("172/88 straight after the sled").
    private static func sentenceFollowing(_ index: String.Index, in text: String) -> String {
        let after = text[index...]
        let end = after.firstIndex { ".!;,\n".contains($0) } ?? after.endIndex
        return after[..<end].lowercased()
    }

    struct Found {
        let range: Range<String.Index>
        let text: String
        let groups: [String]
        let groupRanges: [NSRange]
    }

    /// The number patterns, compiled once: triage reads every note of every case.
    enum Pattern {
        /// "34/40", and the midwife's "35+2" (weeks and days) when it stands as a time ("35+2 now", "at 30+4.").
        static let weeksPregnant = compile(
            #"\b([4-9]|[1-3]\d|4[0-2])\s*/\s*40\b|\b([1-3]\d|4[0-2])\+[0-6](?=\s*(?:now|today|weeks|wks|$|[.,!;:)]))"#)
        static let saysPregnant = compile(
            #"(?i)(?<!not |isn't |isnt |no longer )\bpregnant\b|\btrimester\b|\bweeks gestation\b"#)
        static let pressure = compile(#"(?i)\b(\d{2,3})\s*(?:/|over|on)\s*(\d{2,3})\b"#)
        /// A comparison right before a pressure makes it a threshold ("> 160/100", "if over 160/100"); "BP over
        /// 170/110 today" is still a reading.
        static let threshold = compile(
            #"(?:[<>≥≤]=?|\b(?:if|above|below|under|than|exceeds|least|target|goal|aim for)|\bif\s+(?:\w+\s+)?over)\s*$"#
        )
        private static let spokenWord =
            #"(?:a|one|two|oh|zero|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"#
            + #"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and)"#
        private static let spokenNumber = #"\b(\#(spokenWord)(?:[\s-]+\#(spokenWord)){0,4})"#
        static let spokenPressure = compile(#"(?i)\#(spokenNumber)\s+over\s+\#(spokenNumber)\b"#)
        static let temperatureAfterWord = compile(
            // Within the same sentence: "Body temp fine. Hip flexion 105°" is not a temperature of 105.
            #"(?i)(?:temp(?:erature)?s?|fever|febre|fiebre|pyrexi\w*|febrile|thermometer)"#
                + #"[^\d.!?;\n]{0,25}?(\d{2,3}(?:[.,]\d)?)"#)
        /// The alternatives of `temperatureWithUnit` that are plain degrees ("40 degrees", "105°"), which can be
        /// angles.
        static let plainDegreeAlternatives: Set<Int> = [0, 3]
        /// A bare "F" or "C" needs a decimal or a Fahrenheit fever ("38.6C", "101F"): "44F" in a note is age and sex.
        /// A two-digit whole number with a bare degree sign is an angle ("SLR 40° → 65°"); "38.5°", "39°C" and
        /// "102°" are temperatures (an angle over 100° reads as no temperature at all), as is "38.9 on the
        /// thermometer".
        static let temperatureWithUnit = compile(
            #"(?i)(\d{2,3}(?:[.,]\d)?)\s*degrees|(\d{2,3}[.,]\d)\s*[°º]|(\d{2,3})\s*[°º]\s*[cf]\b"#
                + #"|(\d{3})\s*[°º]|(\d{2,3}[.,]\d)\s*[fc]\b|(\d{3})\s*f\b|(\d{2,3}[.,]\d)\s+on the thermometer"#)
        static let weeksFraction = compile(#"(?i)\b(\d{1,2})\s*/\s*52\b"#)
        static let weeks = compile(#"(?i)\b(\d{1,2})\s*(?:weeks?|wks?)\b"#)
        static let days = compile(#"(?i)\b(\d{1,3})\s*(?:days?|/7)\b"#)
        static let months = compile(#"(?i)\b(\d{1,2})\s*(?:months?|/12)\b"#)
        static let countedInWords = compile(
            #"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|few)\s+(?:weeks?|wks?|days?)\s+(?:ago|back|since|post|now|out)\b"#
        )

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
            return Found(
                range: range, text: String(text[range]), groups: groups,
                groupRanges: (1..<result.numberOfRanges).map { result.range(at: $0) })
        }
    }

    // MARK: - Words

    /// Lower-case words; "b&b" and "can't" stay whole, a curly apostrophe is folded to a straight one.
    static func tokenize(_ text: String, contrasts: Set<String>, scopeBreaks: Set<String> = []) -> [[String]] {
        var sentences: [[String]] = []
        var current: [String] = []
        var word = ""
        func endWord() {
            // A dropped g is put back ("sittin'", "nothin'"); a closing quote is not part of the word.
            if word.hasSuffix("in'"), word.count > 4 { word = String(word.dropLast()) + "g" }
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
            case "'" where !word.isEmpty, "&" where !word.isEmpty && CharacterSet.letters.contains(next),
                // A decimal point ("incline 5.5", "71.2 kg") does not end the sentence.
                "." where CharacterSet.decimalDigits.contains(previous) && CharacterSet.decimalDigits.contains(next):
                word.unicodeScalars.append(scalar)
            case ".", "!", ";", "\n":
                endSentence()
            case _
            where ["\u{2013}", "\u{2014}"].contains(scalar) && previous == " "
                && Self.endsListItem(scalars, after: index):
                // "CA hx —, IVDU —": a dash closing a screen-list item is its "no", as a minus is.
                endWord()
                current.append("nil")
            case _
            where ["-", "\u{2013}", "\u{2014}"].contains(scalar) && previous == " "
                && Self.startsWithNumber(scalars, after: index):
                // "Hernia repair - 4 weeks ago": a dash before a time or count goes on with the same thought.
                endWord()
                current.append(comma)
            case "?" where next == ")":
                // "(calf?)": a word queried in brackets, not a label and its answer.
                endWord()
            case ":", "?", "\u{2013}", "\u{2014}":
                endWord()
                current.append(segmentBreak)
            case "-"
            where previous == " " && [",", ".", "\n", " "].contains(next) && Self.endsListItem(scalars, after: index):
                // "Saddle anaesthesia -, B&B dysfunction -": a minus after an item of a screen list is its "no".
                endWord()
                current.append("nil")
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
        // Multi-word contrasts ("apart from", "other than") break clauses too; scope breaks ("and now") are marked.
        return sentences.map { tokens in
            var result: [String] = []
            for token in tokens {
                if let last = result.last, contrasts.contains(last + " " + token) {
                    result[result.count - 1] = clauseBreak
                } else if let last = result.last, scopeBreaks.contains(last + " " + token) {
                    result[result.count - 1] = scopeBreak
                } else if let last = result.last, result.count >= 2,
                    scopeBreaks.contains(result[result.count - 2] + " " + last + " " + token)
                {
                    result.removeLast()
                    result[result.count - 1] = scopeBreak
                } else {
                    result.append(token)
                }
            }
            return result
        }
    }

    /// Whether the text after a minus at `index` ends the list item: only a comma, a full stop or the end follows
    /// (after spaces).
    private static func endsListItem(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        let next = firstAfterSpaces(scalars, after: index)
        return next == scalars.count || [",", ".", "\n", ";"].contains(scalars[next])
    }

    /// The index of the first character after `index` that is not a space (the end if there is none).
    private static func firstAfterSpaces(_ scalars: [Unicode.Scalar], after index: Int) -> Int {
        var next = index + 1
        while next < scalars.count, scalars[next] == " " { next += 1 }
        return next
    }

    /// Whether the text after a dash at `index` opens with a number, or a time already read as recent weeks.
    private static func startsWithNumber(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        let next = firstAfterSpaces(scalars, after: index)
        guard next < scalars.count else { return false }
        let marker = Array("recentweeks".unicodeScalars)
        return CharacterSet.decimalDigits.contains(scalars[next])
            || Array(scalars[next..<min(scalars.count, next + marker.count)]) == marker
    }

    /// Notes written as a run of very short sentences ("Chest hurt. When walking up hill. Stop. Goes away.") are
    /// one thought: three or more in a row, each of six words or fewer, are read as one sentence of list items.
    static func joinTelegraphicRuns(_ sentences: [[String]]) -> [[String]] {
        let short = sentences.map { tokens in
            !isFormAnswer(tokens)
                && tokens.filter { $0.first?.isLetter == true || $0.first?.isNumber == true }.count <= 6
        }
        var result: [[String]] = []
        var index = 0
        while index < sentences.count {
            var end = index
            while end < sentences.count, short[end] { end += 1 }
            if end - index >= 3 {
                result.append(Array(sentences[index..<end].joined(separator: [comma])))
                index = end
            } else {
                result.append(sentences[index])
                index += 1
            }
        }
        return result
    }

    /// A form's line that answers its own label with a yes, a no or a number ("Blood pressure: 148/104", "Smoker
    /// Y/N: N"): it joins no run of short sentences, so its answer stays with its label. A labelled line that
    /// describes ("Client c/o: chest tightness.") still joins the lines after it.
    static func isFormAnswer(_ tokens: [String]) -> Bool {
        guard let lastBreak = tokens.lastIndex(of: segmentBreak) else { return false }
        let answer = tokens[(lastBreak + 1)...].filter { $0 != comma }
        guard let first = answer.first, answer.count <= 2 else { return false }
        return ["y", "n", "yes", "no", "none", "nil"].contains(first) || first.allSatisfy(\.isNumber)
            || first.hasPrefix("bpreading") || first == "fevertemp" || first == "normaltemp"
    }

    // MARK: - Spoken numbers

    /// "One seventy over a hundred", "one seventy-two over one oh four": a blood pressure said aloud, written as
    /// digits so the one pressure rule reads it.
    static func spellOutSpokenPressures(_ text: String) -> String {
        var result = text
        for match in matches(Pattern.spokenPressure, in: text).reversed() {
            guard let high = spokenNumber(match.groups[0]), let low = spokenNumber(match.groups[1]) else { continue }
            result.replaceSubrange(match.range, with: "\(high)/\(low)")
        }
        return result
    }

    private static let units = [
        "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9,
    ]
    private static let teens = [
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    private static let tens = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]

    /// 40…299 said the ways people say a pressure: "a hundred", "one hundred and ten", "one ten", "one oh four",
    /// "one seventy-two", "ninety-five". `nil` for anything else.
    static func spokenNumber(_ words: String) -> Int? {
        var parts = words.lowercased().split { $0 == " " || $0 == "-" }.map(String.init).filter { $0 != "and" }
        if parts.first == "a" { parts[0] = "one" }
        func belowHundred(_ words: ArraySlice<String>) -> Int? {
            switch words.count {
            case 0: return 0
            case 1: return units[words.first!] ?? teens[words.first!] ?? tens[words.first!]
            case 2:
                if words.first == "oh", let unit = units[words.last!] { return unit }
                guard let ten = tens[words.first!], let unit = units[words.last!], unit > 0 else { return nil }
                return ten + unit
            default: return nil
            }
        }
        let value: Int?
        if parts.count >= 2, let hundreds = units[parts[0]], hundreds > 0, parts[1] == "hundred" {
            value = belowHundred(parts[2...]).map { hundreds * 100 + $0 }
        } else if parts.count >= 2, let hundreds = units[parts[0]], hundreds > 0, hundreds <= 2 {
            value = belowHundred(parts[1...]).map { hundreds * 100 + $0 }
        } else {
            value = belowHundred(parts[...])
        }
        guard let value, (40...299).contains(value) else { return nil }
        return value
    }
}
