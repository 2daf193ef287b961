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
    /// Stands in for a word taken out of reading: a phrase's own terms, a cue blanked out, a denied part read past.
    /// A denial's reach stops at one, as it stops at a break.
    static let blank = ""

    /// Each sentence's tokens, with commas, segment and clause breaks as their own tokens.
    let sentences: [[String]]
    /// Blood pressures written in the note, the words they were written as, and the marker word that stands for
    /// each in the text (so the scanner can tell a current reading from "used to be 170/100").
    let bloodPressures: [WrittenPressure]
    /// Whether the note says the client is pregnant now ("pregnant", "34/40", "second trimester"), not denied.
    let mentionsPregnancy: Bool
    /// The furthest week of pregnancy the note gives ("26/40", "15 weeks pregnant", "third trimester"), if any.
    let pregnancyWeeks: Int?
    /// For each sentence, the words as written behind its marker tokens, by token index.
    private let quotedWords: [[Int: String]]

    /// Read through `NoteReader.read`, which holds the knowledge base's compiled sayings and shorthand.
    init(_ raw: String, reader: NoteReader) {
        let cues = reader.cues
        var text = reader.expand(Self.spellOutSpokenPressures(MarkedWords.withoutTagCharacters(raw)))
        var pressures: [WrittenPressure] = []
        var marked = MarkedWords()
        let weeksPregnant = !Self.matches(Pattern.weeksPregnant, in: text).isEmpty
        pregnancyWeeks = Self.pregnancyWeeks(in: text, notThisPregnancy: cues.otherPregnancyWeeks)
        let saysPregnant = !Self.matches(Pattern.saysPregnant, in: text).isEmpty
        // Weeks over 52 or 40, pain over 10, and similar fractions are not pressures: the second number decides.
        for match in Self.matches(Pattern.pressure, in: text).reversed() {
            guard let systolic = Int(match.groups[0]), let diastolic = Int(match.groups[1]),
                (70...260).contains(systolic), (40...160).contains(diastolic), systolic > diastolic,
                ![52, 40, 10, 12].contains(diastolic)
            else { continue }
            Self.markPressure(systolic, diastolic, at: match, in: &text, cues: cues, into: &pressures, marked: &marked)
        }
        // "It was 182 over something": only the upper number was written, and it is judged alone.
        for match in Self.matches(Pattern.upperPressureOnly, in: text).reversed() {
            guard let systolic = Int(match.groups[0]), (70...260).contains(systolic) else { continue }
            Self.markPressure(systolic, nil, at: match, in: &text, cues: cues, into: &pressures, marked: &marked)
        }
        text = Self.markTemperatures(text, cues: cues, marked: &marked)
        text = Self.markRecentWeeks(text, within: cues.recentSurgeryWeeks, marked: &marked)
        // "Reading about 158/104" gives a number, not something read about ("reading about DVT online").
        text = Self.replace(Pattern.aboutAReading, in: text, with: "around")
        // "8kg", "3wks": a number and its unit are two words. Crosses and "–ve" are written denials.
        text = Self.replace(Pattern.numberAndUnit, in: text, with: "$1 $2")
        for cross in ["\u{2717}", "\u{2718}", "\u{274C}"] { text = text.replacingOccurrences(of: cross, with: " nil ") }
        // "-ve numbness down below" is a denial of its item, as "no" is; "+ve SLR" is a finding.
        text = Self.replace(Pattern.negativeSign, in: text, with: " no ")
        text = Self.replace(Pattern.positiveSign, in: text, with: " positive ")
        // "↓ sensation perineum": the arrows of clinical shorthand are words.
        text = text.replacingOccurrences(of: "\u{2193}", with: " reduced ")
        text = text.replacingOccurrences(of: "\u{2191}", with: " increased ")
        // "T/L pain": the spinal regions' shorthand names one region, not two words.
        text = Self.replace(Pattern.thoracolumbar, in: text, with: "thoracolumbar")
        text = Self.replace(Pattern.lumbosacral, in: text, with: "lumbosacral")
        // "No dizziness/diplopia/dysarthria": a slash between words lists them, so one denial covers all (short
        // abbreviations such as "c/o" and "h/o" keep their slash).
        text = Self.replace(Pattern.slashList, in: text, with: "$1 or ")
        // "?stress #", "# L wrist": in clinical shorthand a lone hash is a fracture (a hashtag or "#3" is not).
        text = Self.replace(Pattern.loneHash, in: text, with: " fracture ")
        bloodPressures = pressures.reversed()
        mentionsPregnancy = weeksPregnant || saysPregnant
        let answers = reader.answers
        let (plain, standingFor) = marked.untag(text)
        sentences = Self.joinTelegraphicRuns(
            Self.tokenize(
                plain, contrasts: reader.contrasts, afterthoughts: reader.afterthoughts, scopeBreaks: reader.scopeBreaks
            ), answers: answers
        ).map { Self.joinAnsweredYes($0, answers: answers) }
        quotedWords = MarkedWords.quotedWords(in: sentences, standingFor: standingFor)
    }

    /// The words of `tokens` (a stretch of sentence `number` starting at token `start`) as a quote: without the
    /// breaks, and with the words as written in place of marker words ("6/52 post aclr", not "recentweeks post
    /// aclr").
    func quote(_ tokens: ArraySlice<String>, startingAt start: Int, inSentence number: Int) -> String {
        let written = number < quotedWords.count ? quotedWords[number] : [:]
        return tokens.indices.compactMap { index -> String? in
            let token = tokens[index]
            if token == Self.comma || token == Self.scopeBreak { return nil }
            guard let words = written[start + index - tokens.startIndex] else { return token }
            return words.isEmpty ? nil : words
        }.joined(separator: " ")
    }

    /// The furthest week of this pregnancy written in `text`: the furthest, so an earlier week told in passing
    /// never holds back a later one; a sentence with a word of `notThisPregnancy` ("lost her last baby at 18 weeks",
    /// "booked 10/40") gives none.
    static func pregnancyWeeks(in text: String, notThisPregnancy: [String]) -> Int? {
        func weeks(in text: String) -> [Int] {
            (matches(Pattern.weeksPregnant, in: text) + matches(Pattern.weeksAlong, in: text)
                + matches(Pattern.thirdTrimester, in: text))
                .map { $0.groups.compactMap { Int($0) }.first ?? 28 }
        }
        // Most notes give no week at all, and are not read sentence by sentence.
        guard !weeks(in: text).isEmpty else { return nil }
        let sentences = text.lowercased().split(whereSeparator: { ".!?;\n".contains($0) }).map(String.init)
        let current = sentences.filter { sentence in
            !notThisPregnancy.contains { word in
                sentence.range(
                    of: "\\b" + NSRegularExpression.escapedPattern(for: word), options: .regularExpression) != nil
            }
        }
        return current.flatMap(weeks).filter { (1...45).contains($0) }.max()
    }

    /// "Chest discomfort: Y — squeezing, comes on sitting", "Chest pain? Yes when I walk fast uphill": a form's
    /// "yes" after a label makes the label and the description after it one statement. A "yes" that opens a longer
    /// answer ("since you asked on the intake? yes I used to …") joins only a label of a few words.
    static func joinAnsweredYes(_ tokens: [String], answers: FormAnswers) -> [String] {
        var result = tokens
        var index = 1
        while index + 1 < result.count {
            if result[index - 1] == segmentBreak, answers.yes.contains(result[index]),
                result[index + 1] == segmentBreak || labelIsShort(before: index - 1, in: result)
            {
                result[index - 1] = comma
                result[index] = "yes"
                if result[index + 1] == segmentBreak { result[index + 1] = comma }
            }
            index += 1
        }
        return result
    }

    /// Whether the label before a form's answer (back to the last break) is six words or fewer.
    private static func labelIsShort(before answerBreak: Int, in tokens: [String]) -> Bool {
        let labelStart =
            tokens[..<answerBreak].lastIndex { $0 == segmentBreak || $0 == clauseBreak }.map { $0 + 1 } ?? 0
        return answerBreak - labelStart <= 6
    }

    // MARK: - Numbers

    private static func markTemperatures(_ input: String, cues: NoteReadingCues, marked: inout MarkedWords) -> String {
        var text = input
        // A number with a temperature word before it, or a degree sign or "degrees" after it.
        for (pattern, hasUnit) in [(Pattern.temperatureAfterWord, false), (Pattern.temperatureWithUnit, true)] {
            for match in matches(pattern, in: text).reversed() {
                // The number is whichever alternative of the pattern matched.
                guard let number = match.groups.firstIndex(where: { !$0.isEmpty }),
                    let value = Double(match.groups[number].replacingOccurrences(of: ",", with: "."))
                else { continue }
                let leadingUp = sentenceLeadingUp(to: match.range.lowerBound, in: text)
                // "Scale the runs if > 105F", "stop if her temp is over 38.5": a threshold, not a reading.
                let numberStart = Range(match.groupRanges[number], in: text)?.lowerBound ?? match.range.lowerBound
                if !matches(Pattern.temperatureThreshold, in: sentenceLeadingUp(to: numberStart, in: text)).isEmpty {
                    continue
                }
                // "110F forecast Saturday": the weather, unless a word before it says whose temperature it is.
                if hasUnit, isWeather(match, leadingUp: leadingUp, in: text, cues: cues) {
                    continue
                }
                // "SLR 40 degrees", "knee flexion 105°": a whole number of plain degrees after a movement or test
                // is an angle. A decimal or a °C/°F is always a temperature.
                let plainDegrees =
                    hasUnit && Pattern.plainDegreeAlternatives.contains(number)
                    && !match.groups[number].contains { $0 == "." || $0 == "," }
                if plainDegrees, isAngle(leadingUp: leadingUp, angleWords: cues.angleWords) {
                    continue
                }
                let celsius = value > 50 ? (value - 32) * 5 / 9 : value
                guard (34...44).contains(celsius), let range = Range(match.groupRanges[number], in: text) else {
                    continue
                }
                let marker = celsius >= cues.feverFromCelsius ? "fevertemp" : "normaltemp"
                text.replaceSubrange(range, with: " \(marked.tag(marker, standingFor: String(text[range]))) ")
            }
        }
        return text
    }

    /// Whether a weather word comes before the temperature in its list item, or within three words after it
    /// ("110F forecast", "105F outside"), and no word before it says the temperature was taken ("took my temp").
    private static func isWeather(
        _ match: Found, leadingUp: String, in text: String, cues: NoteReadingCues
    ) -> Bool {
        let item = leadingUp.split(separator: ",", omittingEmptySubsequences: false).last ?? ""
        let before = item.split { !$0.isLetter }.map(String.init)
        if before.contains(where: cues.temperatureTaken.contains) {
            return false
        }
        let after = sentenceFollowing(match.range.upperBound, in: text).split { !$0.isLetter }.prefix(3).map(
            String.init)
        let words = " " + (before + after).joined(separator: " ") + " "
        return cues.weatherWords.contains { words.contains(" \($0) ") }
    }

    /// Whether one of the last few words before a number, in its own list item, names a movement or test, so its
    /// degrees are an angle.
    private static func isAngle(leadingUp: String, angleWords: [String]) -> Bool {
        let item = leadingUp.split(separator: ",", omittingEmptySubsequences: false).last ?? ""
        let words = item.split { !$0.isLetter }.suffix(4)
        return words.contains { angleWords.contains(String($0)) }
    }

    private static func markRecentWeeks(_ input: String, within limit: Int, marked: inout MarkedWords) -> String {
        var text = input
        let patterns = [
            (Pattern.weeksFraction, 1.0), (Pattern.weeks, 1), (Pattern.days, 1.0 / 7), (Pattern.months, 4.3),
        ]
        for (pattern, weeksPerUnit) in patterns {
            for match in matches(pattern, in: text).reversed() {
                guard let count = Double(match.groups[0]), count * weeksPerUnit <= Double(limit) else { continue }
                // "Follow up ortho clinic 6/52" is when the next visit is, not how long ago anything happened.
                let leadingUp = sentenceLeadingUp(to: match.range.lowerBound, in: text)
                if !matches(Pattern.nextVisit, in: leadingUp).isEmpty { continue }
                text.replaceSubrange(match.range, with: " \(marked.tag("recentweeks", standingFor: match.text)) ")
            }
        }
        for match in matches(Pattern.countedInWords, in: text).reversed() {
            text.replaceSubrange(match.range, with: " \(marked.tag("recentweeks", standingFor: match.text)) ")
        }
        // The words stay, and the marker is added after them: the quote gives the words once.
        for phrase in [
            "last week", "yesterday", "few weeks ago", "couple of weeks", "last month", "a month ago", "fortnight",
        ] {
            var searched = 0
            while let range = text.range(
                of: phrase, options: .caseInsensitive,
                range: text.index(text.startIndex, offsetBy: searched)..<text.endIndex)
            {
                // "Fortnightly sessions" say how often, not when.
                if text[range.upperBound...].lowercased().hasPrefix("ly") {
                    searched = text.distance(from: text.startIndex, to: range.upperBound)
                    continue
                }
                let replacement = phrase + " " + marked.tag("recentweeks", standingFor: "")
                searched = text.distance(from: text.startIndex, to: range.lowerBound) + replacement.count
                text.replaceSubrange(range, with: replacement)
            }
        }
        return text
    }

    /// Puts a marker word in place of a resting pressure and keeps the reading; "if ≥ 160/100 do not train",
    /// "post-exercise 172/88" and "down from 162/100 in Jan to 138/86" are a threshold, a reading in effort and an
    /// earlier reading, not a resting blood pressure now.
    private static func markPressure(
        _ systolic: Int, _ diastolic: Int?, at match: Found, in text: inout String, cues: NoteReadingCues,
        into pressures: inout [WrittenPressure], marked: inout MarkedWords
    ) {
        let lead = sentenceLeadingUp(to: match.range.lowerBound, in: text)
        let trail = sentenceFollowing(match.range.upperBound, in: text)
        let earlier =
            !matches(Pattern.earlierReading, in: lead).isEmpty && !matches(Pattern.laterReading, in: trail).isEmpty
        if !matches(Pattern.threshold, in: lead).isEmpty || earlier
            || cues.exerciseReadings.contains(where: { lead.contains($0) || trail.contains($0) })
        {
            return
        }
        let marker = "bpreading\(pressures.count)"
        pressures.append(WrittenPressure(systolic: systolic, diastolic: diastolic, text: match.text, marker: marker))
        text.replaceSubrange(match.range, with: " \(marked.tag(marker, standingFor: match.text)) ")
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
}
