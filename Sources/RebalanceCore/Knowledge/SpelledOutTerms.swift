import Yams

/// A knowledge-base list may write its choices in braces, "{hit|smacked} {his|her} head", so a reviewer reads one
/// pattern instead of every spelling; what the product reads is each term spelled out.
enum SpelledOutTerms {
    /// Every term `text` stands for, in the order its choices are written: "{hit|smacked} {his|her} head" is "hit his
    /// head", "hit her head", "smacked his head", "smacked her head". An empty choice leaves the words out.
    static func terms(_ text: String) -> [String] {
        spellings(text).map { $0.split(separator: " ").joined(separator: " ") }
    }

    /// The spellings of `text` with the spaces around its choices as written. Braces without a "|" are no choice
    /// and stay as written ("\d{1,2}").
    private static func spellings(_ text: String) -> [String] {
        guard let open = text.firstIndex(of: "{"), let close = text[open...].firstIndex(of: "}") else {
            return [text]
        }
        let after = text.index(after: close)
        let choices = text[text.index(after: open)..<close].split(separator: "|", omittingEmptySubsequences: false)
        let endings = spellings(String(text[after...]))
        if choices.count == 1 { return endings.map { text[..<after] + $0 } }
        return choices.flatMap { choice in endings.map { text[..<open] + choice + $0 } }
    }

    /// `node` with every text item of every list spelled out; other values (a message, a name) are kept as written.
    static func node(_ node: Node) -> Node {
        switch node {
        case .sequence(let sequence):
            let items = sequence.flatMap { item -> [Node] in
                guard case .scalar(let scalar) = item, scalar.string.contains("{") else { return [Self.node(item)] }
                return terms(scalar.string).map { .scalar(Node.Scalar($0, scalar.tag, scalar.style, scalar.mark)) }
            }
            return .sequence(Node.Sequence(items, sequence.tag, sequence.style, sequence.mark))
        case .mapping(let mapping):
            let pairs = mapping.map { ($0.key, Self.node($0.value)) }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        case .scalar, .alias:
            return node
        }
    }
}
