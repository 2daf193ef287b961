extension NoteText {
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
