import Foundation

extension NoteText {
    /// Lower-case words; "b&b" and "can't" stay whole, a curly apostrophe is folded to a straight one.
    static func tokenize(
        _ text: String, contrasts: Set<String>, afterthoughts: Set<String> = [], scopeBreaks: Set<String> = []
    ) -> [[String]] {
        var sentences: [[String]] = []
        var current: [String] = []
        var word = ""
        func endWord() {
            // A dropped g is put back ("sittin'", "nothin'"); a closing quote is not part of the word.
            if word.hasSuffix("in'"), word.count > 4 { word = String(word.dropLast()) + "g" }
            while word.hasSuffix("'") { word.removeLast() }
            guard !word.isEmpty else { return }
            current.append(word)
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
            case "-" where next == ">":
                // "82.1 -> 74.6 kg": an arrow from one reading to the next, not a dash.
                endWord()
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
            case "\u{2013}"
            where CharacterSet.decimalDigits.contains(previous)
                && CharacterSet.decimalDigits.contains(next):
                // "D1–2", "3–4 weeks": a range between numbers, not a label and its answer.
                endWord()
            case "?" where next == ")":
                // "(calf?)": a word queried in brackets, not a label and its answer.
                endWord()
            // A pipe between spaces separates a pasted table's cells ("2025-02-11 | Delgado, M | both legs heavy").
            case ":", "?", "\u{2013}", "\u{2014}",
                "|" where previous == " " && next == " ":
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
        return sentences.map { words in
            // An afterthought before a comma, a dash or the end of the sentence closes its clause quietly.
            let tokens = words.indices.map { index in
                let next = index + 1 < words.count ? words[index + 1] : comma
                let quiet = afterthoughts.contains(words[index]) && [comma, segmentBreak].contains(next)
                return contrasts.contains(words[index]) && !quiet ? clauseBreak : words[index]
            }
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

    /// Whether the text after a dash at `index` opens with a number, or a time already read as recent weeks, perhaps
    /// after a word or two that only round it ("on the 3rd — so about 2 weeks ago").
    private static func startsWithNumber(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        var next = firstAfterSpaces(scalars, after: index)
        for _ in 0..<2 {
            var end = next
            while end < scalars.count, CharacterSet.letters.contains(scalars[end]) { end += 1 }
            let word = String(String.UnicodeScalarView(scalars[next..<end])).lowercased()
            guard roundingWords.contains(word), end < scalars.count, scalars[end] == " " else { break }
            next = firstAfterSpaces(scalars, after: end)
        }
        guard next < scalars.count else { return false }
        let marker = Array("recentweeks".unicodeScalars)
        return CharacterSet.decimalDigits.contains(scalars[next])
            || Array(scalars[next..<min(scalars.count, next + marker.count)]) == marker
    }

    /// Words that round a time or count after a dash ("— about 2 weeks ago", "— so nearly 3 weeks"). Not "just" or
    /// "only", which start a new thought ("Denies chest pain – just 2 days of calf swelling").
    private static let roundingWords: Set = [
        "so", "about", "around", "roughly", "approx", "approximately", "nearly", "almost",
    ]

    /// Notes written as a run of very short sentences ("Chest hurt. When walking up hill. Stop. Goes away.") are
    /// one thought: three or more in a row, each of six words or fewer, are read as one sentence of list items.
    static func joinTelegraphicRuns(_ sentences: [[String]], answers: FormAnswers) -> [[String]] {
        let short = sentences.map { tokens in
            !isFormAnswer(tokens, answers: answers)
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

    /// A form's one-word answers, from the knowledge base.
    struct FormAnswers: Sendable {
        let yes, no: Set<String>
    }

    /// A form's line that answers its own label with a yes, a no or a number ("Blood pressure: 148/104", "Smoker
    /// Y/N: N"): it joins no run of short sentences, so its answer stays with its label. A labelled line that
    /// describes ("Client c/o: chest tightness.") still joins the lines after it.
    static func isFormAnswer(_ tokens: [String], answers: FormAnswers) -> Bool {
        guard let lastBreak = tokens.lastIndex(of: segmentBreak) else { return false }
        let answer = tokens[(lastBreak + 1)...].filter { $0 != comma }
        guard let first = answer.first, answer.count <= 2 else { return false }
        return answers.yes.contains(first) || answers.no.contains(first) || first.allSatisfy(\.isNumber)
            || first.hasPrefix("bpreading") || first == "fevertemp" || first == "normaltemp"
    }
}
