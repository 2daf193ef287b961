/// The words behind the marker words that numbers are read into ("6/52" behind `recentweeks`, "38.6" behind
/// `fevertemp`), so that a quote shown to the trainer gives what was written, not the marker.
///
/// While a note is rewritten, each marker carries a tag of two private-use characters naming what it replaced;
/// the tags come out before the words are split, so the rules read exactly the words they read without them.
struct MarkedWords {
    /// The marker words, each of which a quote gives back as the words it stands for.
    static let markers = ["recentweeks", "fevertemp", "normaltemp", "bpreading"]

    /// Whether a note's token is a marker word ("bpreading0", and "recentweeksly" from "fortnightly" read before).
    static func isMarker(_ token: String) -> Bool { markers.contains { token.hasPrefix($0) } }

    // A tag is a high and a low character from two private-use blocks, so that an index needs no digits (a digit
    // next to a word would be read as a number and its unit).
    private static let high: ClosedRange<UInt32> = 0xE000...0xEFFF
    private static let low: ClosedRange<UInt32> = 0xF000...0xF7FF
    private static var base: UInt32 { low.upperBound - low.lowerBound + 1 }

    private var replaced: [String] = []

    /// `marker` to put in the text in place of `words` ("" when the marker is added beside the words it reads).
    mutating func tag(_ marker: String, standingFor words: String) -> String {
        let index = UInt32(replaced.count)
        guard index < Self.base * UInt32(Self.high.count),
            let high = Unicode.Scalar(Self.high.lowerBound + index / Self.base),
            let low = Unicode.Scalar(Self.low.lowerBound + index % Self.base)
        else { return marker }
        replaced.append(words)
        return marker + String(Character(high)) + String(Character(low))
    }

    /// `text` without its tags, and the words each tagged marker stood for, in the order the markers appear.
    func untag(_ text: String) -> (text: String, standingFor: [String]) {
        var plain = String.UnicodeScalarView()
        var inOrder: [String] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index].value
            if Self.high.contains(scalar), index + 1 < scalars.count, Self.low.contains(scalars[index + 1].value) {
                let number = Int(
                    (scalar - Self.high.lowerBound) * Self.base + scalars[index + 1].value
                        - Self.low.lowerBound)
                if number < replaced.count { inOrder.append(replaced[number]) }
                index += 2
                continue
            }
            plain.append(scalars[index])
            index += 1
        }
        return (String(plain), inOrder)
    }

    /// `text` with every private-use character a tag could be made of put as a space, so that the client's own
    /// text (an icon pasted from a phone) is never read as a tag.
    static func withoutTagCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { high.contains($0.value) || low.contains($0.value) }) else {
            return text
        }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { high.contains($0.value) || low.contains($0.value) ? " " : $0 }))
    }

    /// For each sentence, the words behind its marker tokens, by token index; empty when the markers cannot be
    /// told apart from the client's own words (a note that writes "fevertemp" itself).
    static func quotedWords(in sentences: [[String]], standingFor inOrder: [String]) -> [[Int: String]] {
        let count = sentences.reduce(0) { $0 + $1.filter(isMarker).count }
        guard count == inOrder.count, count > 0 else { return [] }
        var next = inOrder.makeIterator()
        return sentences.map { tokens in
            var words: [Int: String] = [:]
            for (index, token) in tokens.enumerated() where isMarker(token) {
                words[index] = next.next()?.lowercased()
            }
            return words
        }
    }
}
