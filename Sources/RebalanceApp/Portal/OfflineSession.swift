import RebalanceCore

/// A home session kept on the client's phone while it was offline (`Public/sw.js`) and sent when the connection
/// came back: it keeps the day it was done on, and its exercises are matched by name-id, not by position, since
/// the trainer may have changed the program meanwhile.
enum OfflineSession {
    /// How many days back a kept session may date itself; anything older, or in the future, counts as today.
    static let keptDays = 14

    /// The day the session was done on, from the page's own `date` field.
    static func day(sent: String?, today: CalendarDay) -> CalendarDay {
        guard let day = sent.flatMap(CalendarDay.init), day <= today, day >= today.adding(days: -keptDays)
        else { return today }
        return day
    }

    /// The fields renumbered to `form`'s exercises by each card's `x.N.exercise`. An exercise the program no longer
    /// has is kept in the notes by name, so nothing the client did is lost.
    static func matching(
        _ fields: [String: String], _ form: SessionLogForm, knowledge: KnowledgeBase
    ) -> [String: String] {
        var matched = fields.filter { !$0.key.hasPrefix("x.") }
        var dropped: [String] = []
        let sentIndexes = Set(
            fields.keys.filter { $0.hasPrefix("x.") }.compactMap { $0.split(separator: ".").dropFirst().first })
        for index in sentIndexes {
            let sentKey = "x.\(index)"
            // A page without the exercise names (an older copy) is read by position, as it was sent.
            let id = fields["\(sentKey).exercise"].map { ExerciseID($0) }
            let target = id.map { id in form.exercises.firstIndex { $0.exercise == id } } ?? Int(index)
            guard let target else {
                if fields["\(sentKey).done"] == "yes", let id {
                    dropped.append(knowledge.exercisesByID[id]?.name ?? id.rawValue)
                }
                continue
            }
            for (key, value) in fields where key.hasPrefix(sentKey + ".") {
                matched["x.\(target)" + key.dropFirst(sentKey.count)] = value
            }
        }
        if !dropped.isEmpty {
            let note = "Also done: \(dropped.sorted().joined(separator: ", "))."
            let notes = (matched["notes"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            matched["notes"] = notes.isEmpty ? note : notes + "\n" + note
        }
        return matched
    }
}
