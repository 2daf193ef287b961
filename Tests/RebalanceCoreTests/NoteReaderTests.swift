import Testing

@testable import RebalanceCore

/// How the reader takes a note's raw text apart before any rule reads it.
@Suite("Triage: reading a note's text")
struct NoteReaderTests {
    let reader: NoteReader

    init() throws { reader = NoteReader(cues: try knowledge().safety.noteReading) }

    /// A line that ends on a word no sentence ends on was wrapped by the box it was typed in; one that may end a
    /// thought ("since", "really") goes on only into a lower-case line or a day or month.
    @Test func aWrappedLineGoesOn() {
        #expect(reader.read("chest ache on and off since\nSunday when I'm just\nsitting").sentences.count == 1)
        #expect(reader.read("chest ache on and off since\nSundays are fine").sentences.count == 2)
        #expect(reader.read("chest ache on and off and\nSunday when I'm just\nsitting").sentences.count == 1)
        #expect(reader.read("Chest fine\nSitting at a desk all day").sentences.count == 2)
        #expect(reader.read("Back op 2015, been fine since\nNumb between my legs").sentences.count == 2)
        #expect(reader.read("Any better? Not really\nCan't feel the loo roll").sentences.count == 2)
        #expect(reader.read("Smoker: N/A\nGoals: strength").sentences.count == 2)
    }

    /// A private-use character pasted from a phone (an icon) is a space, so it is never read as a tag of the reader's
    /// own; the note's numbers are quoted as written.
    @Test func aPastedIconIsASpace() {
        let note = reader.read("Knee op 3 weeks ago\u{E000}\u{F000} temp 38.6")
        #expect(note.sentences == [["knee", "op", "recentweeks", "ago", "temp", "fevertemp"]])
        #expect(note.quote(note.sentences[0][...], startingAt: 0, inSentence: 0) == "knee op 3 weeks ago temp 38.6")
    }

    /// "Fortnightly" says how often, not when; "a fortnight ago" is recent.
    @Test func fortnightlyIsNotARecentTime() {
        #expect(!reader.read("Can we go fortnightly from May?").sentences.joined().contains("recentweeks"))
        #expect(reader.read("Knee op a fortnight ago").sentences.joined().contains("recentweeks"))
    }

    /// An ellipsis before a lower-case word is a pause; before a capital, or a full stop, it ends the sentence.
    @Test func anEllipsisIsAPause() {
        #expect(
            reader.read("My legs just gave way... with laughing").sentences == [
                ["my", "legs", "just", "gave", "way", ",", "with", "laughing"]
            ])
        #expect(reader.read("My legs just gave way\u{2026} with laughing").sentences.count == 1)
        #expect(reader.read("My legs just gave way... Then I sat").sentences.count == 2)
        #expect(reader.read("My legs just gave way. With laughing").sentences.count == 2)
    }

    /// "182 over something" keeps the upper number and no lower one, after a pressure word; a heart rate and a
    /// threshold are not readings.
    @Test func anUpperNumberAloneIsAReading() {
        let pressures = reader.read("Blood pressure was 182 over something, she said.").bloodPressures
        #expect(pressures.map(\.systolic) == [182])
        #expect(pressures.map(\.diastolic) == [nil])
        #expect(reader.read("BP 175/? at the pharmacy").bloodPressures.map(\.systolic) == [175])
        #expect(reader.read("HR 185 over something on the hill").bloodPressures.isEmpty)
        #expect(reader.read("If BP over 170/? do not train.").bloodPressures.isEmpty)
    }

    /// A record's full date stamp ("2025-02-11 | …") heads the record; a year alone ("op 2012") dates the event.
    @Test func aDateStampDoesNotDateTheEvent() {
        let stamped = reader.read("2025-02-11 | Delgado, M | both legs heavy").sentences.first ?? []
        #expect(!NoteScanner.mentionsPastYear(stamped))
        #expect(NoteScanner.mentionsPastYear(reader.read("disc op 2012, numb since").sentences.first ?? []))
    }

    /// "Never had it before" ends its denial: what follows it is not denied.
    @Test func neverBeforeEndsItsDenial() {
        let sentence = reader.read("Neck pain, never had this happen before, words slurring").sentences.first ?? []
        #expect(sentence.contains(NoteText.scopeBreak))
        #expect(reader.read("Never had numbness before").sentences.first?.contains(NoteText.scopeBreak) == false)
    }

    /// A dash before a time goes on with the same thought, also when a word or two round the time ("so about"); a
    /// dash before anything else is a break between a label and what it says.
    @Test func aDashBeforeARoundedTimeGoesOn() {
        let rounded = reader.read("Gallbladder out on the 3rd — so about 2 weeks ago").sentences
        #expect(rounded == [["gallbladder", "out", "on", "the", "3", "rd", ",", "so", "about", "recentweeks", "ago"]])
        let labelled = reader.read("Gallbladder out on the 3rd — so glad it's done").sentences.first ?? []
        #expect(labelled.contains(NoteText.segmentBreak))
    }

    /// A pasted table's pipes, between spaces, separate its cells.
    @Test func aPipeSeparatesCells() {
        let sentence = reader.read("No falls | can't feel the paper").sentences.first ?? []
        #expect(sentence.contains(NoteText.segmentBreak))
        #expect(reader.read("a|b").sentences.first?.contains(NoteText.segmentBreak) == false)
    }

    /// A bum cheek is a buttock, never the face's cheek.
    @Test func aBumCheekIsAButtock() {
        #expect(reader.read("tingling in my bum cheek").sentences == [["tingling", "in", "my", "buttock"]])
        #expect(reader.read("numb butt cheeks").sentences == [["numb", "buttocks"]])
    }

    /// "Mar '23" and "in '98" are years; "Mar 23" alone stays a day.
    @Test func aShortYearIsAYear() {
        #expect(NoteReader.spellOutShortYears("stents Mar '23, cleared Dec '23") == "stents Mar 2023, cleared Dec 2023")
        #expect(NoteReader.spellOutShortYears("knee op in \u{2018}98") == "knee op in 1998")
        #expect(NoteReader.spellOutShortYears("since Mar 23") == "since Mar 23")
        #expect(NoteReader.spellOutShortYears("the '23 season") == "the '23 season")
    }

    /// "Can't feel nothing" is a double negative: nothing is felt.
    @Test func aDoubleNegativeFeelsNothing() {
        #expect(
            reader.read("I don't feel nothing down there").sentences == [["i", "feel", "nothing", "down", "there"]])
        #expect(reader.read("I don't feel anything odd").sentences == [["i", "don't", "feel", "anything", "odd"]])
        #expect(reader.read("can't feel nothin' there").sentences == [["feel", "nothing", "there"]])
    }

    /// A pasted form's run of spaces before its next question or label is a line break; before an answer or plain
    /// words it is not.
    @Test func aRunOfSpacesBeforeACapitalIsALineBreak() {
        #expect(reader.read("remission 14 yrs  Any pain? None").sentences.count == 2)
        #expect(reader.read("Chest pain w/ exercise?  N").sentences.count == 1)
        #expect(reader.read("Numbness?  No").sentences.count == 1)
        #expect(reader.read("sore back  since Monday").sentences.count == 1)
        #expect(reader.read("Chest tightness  Walking up hills, goes when I stop").sentences.count == 1)
        #expect(
            reader.read("Saddle numbness? No  Bladder or bowel problems, including new trouble? Yes").sentences.count
                == 2)
    }

    /// An empty tick box is a "no"; "not signed off" is read as one phrase.
    @Test func anEmptyTickBoxIsANo() {
        #expect(
            reader.read("\u{2610} chest pain  \u{2610} SOB").sentences == [["no", "chest", "pain"], ["no", "sob"]])
        #expect(reader.read("knee op, not yet signed off").sentences == [["knee", "op", ",", "awaiting", "clearance"]])
    }
}
