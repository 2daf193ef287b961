import Foundation

extension NoteText {
    struct Found {
        let range: Range<String.Index>
        let text: String
        let groups: [String]
        let groupRanges: [NSRange]
    }

    /// Titles before a name ("Mr. Raman", "Dr. Lee"), whose full stop does not end a sentence.
    static let titles = ["dr", "mr", "mrs", "mt", "prof"]

    /// The number patterns, compiled once: triage reads every note of every case.
    enum Pattern {
        /// "34/40", and the midwife's "35+2" (weeks and days) when it stands as a time ("35+2 now", "at 30+4.").
        static let weeksPregnant = compile(
            #"\b([4-9]|[1-3]\d|4[0-2])\s*/\s*40\b|\b([1-3]\d|4[0-2])\+[0-6](?=\s*(?:now|today|weeks|wks|$|[.,!;:)]))"#)
        /// A week of pregnancy in words: "15 weeks pregnant", "22 wks along", "14w3d pregnant", "GA 14", "she's 14
        /// weeks", "pregnant, 15 weeks." (the week must end its phrase: in "pregnant, 2 weeks of fewer kicks" the
        /// weeks are how long, as they are in "she's 2 weeks post-op").
        static let weeksAlong = compile(
            #"(?i)\b(\d{1,2})\s*(?:weeks?|wks?|wk|w)\s*(?:(?:and\s*)?\d\s*(?:days?|d)\s*)?"#
                + #"(?:pregnant|preg|along|gestation|into (?:my|the|her) pregnancy)\b"#
                + #"|\bpregnant[\s,:(–-]{1,3}(?:at |about |around |nearly |almost |now )?(\d{1,2})\s*(?:weeks?|wks?)"#
                + #"(?=\s*(?:[.,;:)!]|$|and\b|\+))"#
                + #"|\b(?:ga|gestation|gestational age)\s*[:=]?\s*(\d{1,2})\b(?!\s*(?:%|kg|lb|cm|mm|years?|yrs?))"#
                + #"|\b(?:i'm|im|i am|she's|shes|she is|currently)\s+(?:about |nearly |almost |just )?(\d{1,2})\s*"#
                + #"(?:weeks?|wks?)\b(?=\s*(?:[.,;:)!]|$|now\b|today\b|pregnant\b|and\b))"#)
        /// The third trimester is past the first kicks; the first trimester is not read, as it is as often told as
        /// past ("first trimester was rough").
        static let thirdTrimester = compile(#"(?i)\b(?:third|3rd) trimester\b"#)
        static let saysPregnant = compile(
            #"(?i)(?<!not |isn't |isnt |no longer )\bpregnant\b|\btrimester\b|\bweeks gestation\b"#)
        /// "150/95", "150 over 95", "165 ova 95" (Hawaiian Pidgin).
        static let pressure = compile(#"(?i)\b(\d{2,3})\s*(?:/|over|ova|on)\s*(\d{2,3})\b"#)
        /// An upper number whose lower one was not caught ("182 over something", "175/?"), after a pressure word in
        /// its sentence: "HR 185 over something on the hill" is not a blood pressure.
        static let upperPressureOnly = compile(
            #"(?i)(?<=\b(?:bp|b\.p\.|blood pressure|pressure)\b[^.!?;\n]{0,40})\b(\d{3})\s*"#
                + #"(?:over\s+(?:something|somethin|summat|whatever|some(?:thing)?\s+or\s+other)\b|/\s*\?)"#)
        /// A comparison right before a pressure makes it a threshold ("> 160/100", "if over 160/100"); "BP over
        /// 170/110 today" is still a reading.
        static let threshold = compile(
            #"(?:[<>≥≤]=?|\b(?:if|above|below|under|than|exceeds|least|target|goal|aim for)"#
                + #"|\bif\s+(?:[\w']+\s+)?over)\s*$"#
        )
        /// "Down from 162/100 in Jan to 138/86": a pressure right after "from", dated in words and followed by a
        /// later one after "to", is the earlier reading of a change. Undated ("bring it down from 184/112 to 130/80",
        /// "from 192/118 to 104/62 within the hour"), it may be a target or a swing, and both count.
        static let earlierReading = compile(#"\bfrom\s*$"#)
        static let laterReading = compile(
            #"^\s*(?:in|back in|at|on|last|during)\s+[a-z']+(?:\s+[a-z']+)?\s+to\s+"#
                + #"(?:bpreading|\d{2,3}\s*(?:/|over)\s*\d{2,3})"#)
        /// Before a temperature, a threshold rather than a reading: a comparison sign, or a condition and its
        /// comparison ("if her temp is over 38.5", "stop when it goes above 38"). "Temp over 38.5 last night" and
        /// "my temp when I wake is 38.6" are readings.
        static let temperatureThreshold = compile(
            #"(?i)(?:[<>≥≤]=?\s*$)|\b(?:if|unless|in case)\b[^.!?;\n]{0,40}?"#
                + #"\b(?:over|above|higher than|more than|greater than|exceeds|reaches|hits|under|below|gets to)\s*$"#
                + #"|\b(?:when|once)\b[^.!?;\n]{0,40}?\b(?:goes|gets|is) (?:over|above)\s*$"#)
        private static let spokenWord =
            #"(?:a|one|two|oh|zero|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"#
            + #"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and)"#
        private static let spokenNumber = #"\b(\#(spokenWord)(?:[\s-]+\#(spokenWord)){0,4})"#
        static let spokenPressure = compile(#"(?i)\#(spokenNumber)\s+over\s+\#(spokenNumber)\b"#)
        static let temperatureAfterWord = compile(
            // Within the same sentence: "Body temp fine. Hip flexion 105°" is not a temperature of 105.
            #"(?i)(?:temp(?:erature)?s?|fever|febre|fiebre|pyrexi\w*|febrile|thermometer)"#
                + #"[^\d.!?;\n]{0,25}?(\d{2,3}(?:[.,]\d)?)"#
                // "Body heat 38.4": only a number straight after it, not "body heat in for the 39 min run".
                + #"|\bbody\s+heat\s*(?:of|is|was|at|:)?\s*(\d{2,3}(?:[.,]\d)?)(?!\s*(?:min|%|percent|sec))"#
                // "Running 100.8 since last night": a Fahrenheit decimal straight after "running"; not "running 40.5
                // this week" (miles), nor a distance or a pace.
                + #"|\brunning\s+(?:a\s+|at\s+)?(1\d{2}[.,]\d)(?!\s*(?:k\b|km|kms|kilo|mi\b|miles?|min|mph|kph|%|sec))"#
        )
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
        /// "3 weeks", "2.5 wks", and a range "3–4 weeks" by its upper end; days and months are read the same way
        /// (whole months only: "1.5 months since discharge from physio" is no operation).
        static let weeks = compile(
            #"(?i)\b(?:\d{1,2}(?:\.\d)?\s*[-–]\s*)?(\d{1,2}(?:\.\d)?)\s*(?:weeks?|wks?)\b"#)
        static let days = compile(#"(?i)\b(?:\d{1,3}\s*[-–]\s*)?(\d{1,3})\s*(?:days?|/7)\b"#)
        static let months = compile(#"(?i)\b(?:\d{1,2}\s*[-–]\s*)?(\d{1,2})\s*(?:months?|/12)\b"#)
        static let countedInWords = compile(
            #"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|few)"#
                + #"\s+(?:weeks?|wks?|days?)\s+(?:ago|back|since|post|now|out)\b"#
        )

        // The rewrites made before words are read: up to `shortYear` by `NoteReader.expand`, the rest by `NoteText`.

        /// Two spaces or more before a form's next short question or label, or after an answer: a pasted form whose
        /// line breaks became spaces ("in remission 14 yrs  Any current pain? None  Goals: …"). After a question or
        /// label the spaces lead to its answer ("Dizziness?  N"); before plain words they may be a slip ("Chest
        /// tightness  Walking up hills").
        static let pastedLineBreak = compile(
            #"(?<![?:\s])[ \t]{2,}(?=[A-Z][a-z][^?:.!,\n]{0,80}[?:])"#
                + #"|(?<=\b(?:[Yy]es|[Nn]o|[Nn]one|[Nn]il|Y|N))[ \t]{2,}(?=[A-Z])"#)
        /// "Not signed off", "no sign-off yet": an operation not yet cleared, read as one phrase so that a "signed off"
        /// exception cannot match it.
        static let notSignedOff = compile(
            #"(?i)\b(?:(?:not|(?:has|have|is|was)n'?t)(?:\s+yet)?(?:\s+been)?|no|never\s+been)"#
                + #"\s+sign(?:ed)?[\s-]+off\b"#)
        /// An empty tick box before a short label alone ("☐ chest pain  ☐ SOB", "[ ] leg pain⏎") on a pasted form:
        /// the sign was not ticked. A box before a sentence ("☐ Chest pain uphill - yes") may be a to-do.
        static let emptyTickBox = compile(
            #"(?:\u2610|\[ \])(?=[ \t]*[A-Za-z][^\n\u2610\u2611\u2612\[=:?-]{0,60}?"#
                + #"(?:[ \t]{2,}|\n|$|[ \t]*[\u2610\u2611\u2612\[]))"#)
        /// "Weigh-in -5.2kg since Jan": a minus before a weight is a loss. A range ("10-15kg", "10 - 15 kg") has a
        /// number before it.
        static let minusWeight = compile(
            #"(?i)(?<![\w.\-/])(?<!\d\s)(?<!\d\s\s)[-\u2212\u2013]\s?(\d+(?:\.\d+)?)\s?"#
                + #"(kgs?|kilos?|lbs?|pounds|st|stone)\b"#)
        /// "Q: Chest pain? A: No": a form's answer label between its question and the answer.
        static let answerLabel = compile(#"\?\s*A[ \t]*:[ \t]*"#)
        static let ellipsisPause = compile(#"(?:\.{2,}|\u2026)(?=\s*[a-z])"#)
        static let timeOfDay = compile(#"(?i)(?<![A-Za-z])([ap])\.m\.(?=\s+[a-z0-9])"#)
        static let latinAbbreviation = compile(#"(?i)\b([ei])\.([eg])\."#)
        static let title = compile(#"(?i)\b(\#(NoteText.titles.joined(separator: "|")))\.(?=\s+[A-Z][a-z])"#)
        /// "St. Michael's": a saint's church or school, not a street ("Mill St. Chest went tight" is two sentences).
        static let saint = compile(#"\b(St)\.(?=\s+[A-Z][a-z]+'s\b)"#)
        /// "Can't feel nothing", "don't feel nothin'": a double negative, which says nothing is felt.
        static let feelNothing = compile(
            #"(?i)\b(?:can'?t|cannot|don'?t|do\s+not|didn'?t|couldn'?t)\s+feel\s+nothin(?:g|'|\b)"#)
        /// "Black Friday fever", "World Cup fever": a craze of two capitalised words before "fever", not a temperature
        /// ("a Mild fever" and "Glandular fever" keep theirs).
        static let namedFever = compile(#"\b[A-Z][a-z]+\s+[A-Z][a-z]+\s+fever\b"#)
        /// "No feeling of numbness": a denial of the numbness, not a loss of feeling.
        static let noFeelingOf = compile(#"(?i)\bno\s+feeling\s+of\s+(?=numb|tingl|pins|dead)"#)
        /// "Never had it before", "never had this happen before": what was just named is new, and the denial ends
        /// there.
        static let neverBefore = compile(
            #"(?i)\bnever\s+(?:had|felt|experienced|known)\s+(?:it|this|that)(?:\s+[a-z']+){0,2}\s+before\b"#)
        /// "Bum cheek", "butt cheeks": a buttock, not the face's cheek.
        static let buttCheek = compile(#"(?i)\b(?:bum|butt|arse|ass|glute)\s+cheek(s?)\b"#)
        /// "Mar '23", "in '98": a year written with an apostrophe and two digits, after a month or a time word.
        static let shortYear = compile(
            #"(?i)\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|june"#
                + #"|july|august|september|october|november|december|in|since|from|summer|winter|spring|autumn|fall)"#
                + #"\s+['\u2018]([0-9]{2})\b"#)
        static let aboutAReading = compile(#"(?i)\babout(?=\s+(?:bpreading|fevertemp|normaltemp))"#)
        /// "Screened: -ve numbness …": a "-ve" that opens an item and comes before a word denies what follows in that
        /// item, as "no" does. After a test ("Slump -ve, saddle numbness today") it denies only what came before.
        static let negativeSign = compile(#"(?i)(?:^|(?<=[:;,(\n]))[ \t]*[-\u2013\u2212]ve\b(?=[ \t]+[A-Za-z'"])"#)
        static let positiveSign = compile(#"(?i)(?<![A-Za-z0-9])\+ve\b"#)
        /// Right before a time, a visit still to come ("follow up ortho clinic 6/52", "appt in 2 weeks").
        static let nextVisit = compile(
            #"(?i)\b(?:follow[\s-]*up|f/u|appointment|appt)(?:\s+[a-z]+){0,2}"#
                + #"(?:\s+(?:in|at))?\s*$"#)
        static let numberAndUnit = compile(#"(\d)([A-Za-z])"#)
        static let thoracolumbar = compile(#"(?i)\bT/L\b"#)
        static let lumbosacral = compile(#"(?i)\bL/S\b"#)
        static let slashList = compile(#"([A-Za-z]{3,})/(?=[A-Za-z]{3,})"#)
        static let loneHash = compile(#"(?<![\w#])#(?=\s|$|[.,;:)])"#)

        /// A pattern written here or built from escaped knowledge-base text; one that does not compile is a
        /// programming error, caught by any test.
        static func compile(_ pattern: String) -> NSRegularExpression {
            do {
                return try NSRegularExpression(pattern: pattern)
            } catch {
                preconditionFailure("NoteText pattern does not compile: \(pattern)")
            }
        }
    }

    /// `text` with every match of `expression` replaced by `template` ("$1" is its first group).
    static func replace(_ expression: NSRegularExpression, in text: String, with template: String) -> String {
        expression.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
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
}
