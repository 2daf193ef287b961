import Foundation

extension PrescribedDosage {
    /// The dose in a client's words, with effort on the same 0–10 scale the app asks about afterwards:
    /// "2 sets of 6 on each side (right side first, with 3 sets) · slowly, 3-1-1-0 · rest 45 s between sets ·
    /// effort: moderate, about 5–6 out of 10".
    public var plainWords: String {
        let amount = reps.map { "\(sets) set\(sets == 1 ? "" : "s") of \($0)" } ?? holds
        var text = amount + (perSide ? " on each side" : "")
        if perSide, let leadSide, let leadSideSets, leadSide != .both {
            text += " (\(leadSide) side first, with \(leadSideSets) sets)"
        }
        if let tempo { text += " · slowly, \(tempo)" }
        if sets > 1 || perSide { text += " · rest \(restSeconds) s between sets" }
        let effort = Self.effortOutOfTen(effort)
        return effort.isEmpty ? text : text + " · effort: " + effort
    }

    private var holds: String {
        let seconds = holdSeconds ?? 0
        let length = seconds >= 60 && seconds % 60 == 0 ? "\(seconds / 60) min" : "\(seconds) s"
        return "\(sets) hold\(sets == 1 ? "" : "s") of \(length)"
    }

    /// "Easy, RPE 1–2" → "easy, about 1–2 out of 10"; the library writes effort as RPE, the client rates 0–10.
    static func effortOutOfTen(_ effort: String) -> String {
        var words = effort.trimmingCharacters(in: .whitespaces)
        if let range = words.range(of: "RPE ") {
            let figures = words[range.upperBound...].prefix { $0.isNumber || $0 == "–" || $0 == "-" || $0 == "." }
            if !figures.isEmpty {
                let end = words.index(range.upperBound, offsetBy: figures.count)
                words.replaceSubrange(range.lowerBound..<end, with: "about \(figures) out of 10")
            }
        }
        guard let first = words.first else { return words }
        return first.lowercased() + words.dropFirst()
    }
}
