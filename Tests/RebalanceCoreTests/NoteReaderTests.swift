import Testing

@testable import RebalanceCore

/// How the reader takes a note's raw text apart before any rule reads it.
@Suite("Triage: reading a note's text")
struct NoteReaderTests {
    let reader: NoteReader

    init() throws { reader = NoteReader(cues: try knowledge().safety.noteReading) }

    /// A line that ends on a word no sentence ends on was wrapped by the box it was typed in.
    @Test func aWrappedLineGoesOn() {
        #expect(reader.read("chest ache on and off since\nSunday when I'm just\nsitting").sentences.count == 1)
        #expect(reader.read("Chest fine\nSitting at a desk all day").sentences.count == 2)
    }

    /// An ellipsis trails off and goes on; a full stop ends the sentence.
    @Test func anEllipsisIsAPause() {
        #expect(reader.read("My legs just gave way... with laughing").sentences.count == 1)
        #expect(reader.read("My legs just gave way\u{2026} with laughing").sentences.count == 1)
        #expect(reader.read("My legs just gave way. With laughing").sentences.count == 2)
    }

    /// "182 over something" keeps the upper number and no lower one; a threshold is still not a reading.
    @Test func anUpperNumberAloneIsAReading() {
        let pressures = reader.read("It was 182 over something, she said.").bloodPressures
        #expect(pressures.map(\.systolic) == [182])
        #expect(pressures.map(\.diastolic) == [nil])
        #expect(reader.read("If over 170/? do not train.").bloodPressures.isEmpty)
    }
}
