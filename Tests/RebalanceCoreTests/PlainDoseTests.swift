import Foundation
import RebalanceCore
import Testing

/// The client's words for a dose and for why an exercise is there: sets and sides spelled out, effort on the
/// app's 0–10 scale, and each reason said once.
struct PlainDoseTests {
    static func dose(_ json: String) throws -> PrescribedDosage {
        try JSONDecoder().decode(PrescribedDosage.self, from: Data(json.utf8))
    }

    @Test func setsSidesAndEffortInTheClientsWords() throws {
        let sided = try Self.dose(
            #"{"sets":2,"reps":6,"perSide":true,"tempo":"3-1-1-0","restSeconds":45,"effort":"Moderate, RPE 5–6","#
                + #""leadSide":"right","leadSideSets":3}"#)
        #expect(
            sided.plainWords
                == "2 sets of 6 on each side (right side first, with 3 sets) · slowly, 3-1-1-0 · rest 45 s between sets"
                + " · effort: moderate, about 5–6 out of 10")
        let hold = try Self.dose(#"{"sets":1,"holdSeconds":120,"perSide":false,"restSeconds":0,"effort":"RPE 6–8"}"#)
        #expect(hold.plainWords == "1 hold of 2 min · effort: about 6–8 out of 10")
        // Effort already on a 0–10 scale, or in words only, stays as written.
        let stretch = try Self.dose(
            #"{"sets":3,"holdSeconds":30,"perSide":false,"restSeconds":15,"effort":"Gentle stretch, 3–4 out of 10"}"#)
        #expect(
            stretch.plainWords == "3 holds of 30 s · rest 15 s between sets · effort: gentle stretch, 3–4 out of 10")
    }

    @Test func eachReasonIsSaidOnceAndTheLineStaysShort() throws {
        let knowledge = try KnowledgeBase.bundled()
        let muscles = knowledge.muscles.prefix(3).map(\.id)
        func reason(_ muscle: MuscleID, _ role: ExerciseDefinition.Role, because: [String]) throws -> ExerciseReason {
            let json: [String: Any] = [
                "muscle": muscle.rawValue, "role": role.rawValue, "because": because, "text": "trainer words",
            ]
            return try JSONDecoder().decode(ExerciseReason.self, from: JSONSerialization.data(withJSONObject: json))
        }
        let pattern = try #require(knowledge.patterns.first)
        let shared = [
            try reason(muscles[0], .release, because: [pattern.id.rawValue]),
            try reason(muscles[1], .release, because: [pattern.id.rawValue]),
        ]
        let words = shared.plainWords(knowledge)
        // Both muscles, one "why", and the verb agrees with two of them.
        #expect(words.components(separatedBy: "which tend to overwork").count == 2, "\(words)")
        #expect(!words.contains("which tends"))
        #expect(words.contains(knowledge.musclesByID[muscles[1]]!.plainName))
        let three =
            shared + [try reason(muscles[2], .strengthen, because: [])] + [
                try reason(muscles[0], .activate, because: ["other"])
            ]
        #expect(three.plainWords(knowledge).components(separatedBy: "; ").count == 2)
    }
}

/// Where the client stands on a step, in their words.
struct CriterionPlainDetailTests {
    @Test func effortAndDatesInWords() throws {
        let json =
            #"{"criterion":"pain","kind":"pain","description":"Pain at most 3/10","status":"met","#
            + #""detail":"latest 3/10 on 2026-11-20; RPE 6 on 2026-11-21"}"#
        let status = try JSONDecoder().decode(CriterionStatus.self, from: Data(json.utf8))
        #expect(
            status.plainDetail == "latest 3/10 on Friday, November 20, 2026; effort 6 on Saturday, November 21, 2026")
    }
}
