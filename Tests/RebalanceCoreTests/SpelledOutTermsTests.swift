import Testing
import Yams

@testable import RebalanceCore

/// A term list's "{a|b}" choices are spelled out in the order written, and nothing else in a file changes.
@Suite("Knowledge base: choices in braces")
struct SpelledOutTermsTests {
    @Test func eachChoiceIsSpelledOutInOrder() {
        #expect(
            SpelledOutTerms.terms("{hit|smacked} {his|her} head")
                == ["hit his head", "hit her head", "smacked his head", "smacked her head"])
        #expect(SpelledOutTerms.terms("when i was {5|in the army}") == ["when i was 5", "when i was in the army"])
    }

    @Test func anEmptyChoiceLeavesTheWordsOut() {
        #expect(SpelledOutTerms.terms("hit {the |}back of head") == ["hit the back of head", "hit back of head"])
    }

    @Test func aTermWithoutChoicesIsKeptAsWritten() {
        #expect(SpelledOutTerms.terms("head injury") == ["head injury"])
        // An unclosed brace is left for the term checks to report, not guessed at.
        #expect(SpelledOutTerms.terms("hit {his head") == ["hit {his head"])
        // Braces without a choice are not a choice: a pattern's count stays as written.
        #expect(SpelledOutTerms.terms(#"\d{1,2} {a|b}"#) == [#"\d{1,2} a"#, #"\d{1,2} b"#])
    }

    @Test func onlyTheItemsOfListsAreSpelledOut() throws {
        let yaml = """
            message: "Call {911} now"
            words: ["{a|b} c", plain]
            nested: [["{x|y}"]]
            """
        struct File: Decodable {
            let message: String
            let words: [String]
            let nested: [[String]]
        }
        let node = try #require(try Yams.compose(yaml: yaml))
        let file = try YAMLDecoder().decode(File.self, from: SpelledOutTerms.node(node))
        #expect(file.message == "Call {911} now")
        #expect(file.words == ["a c", "b c", "plain"])
        #expect(file.nested == [["x", "y"]])
    }
}
