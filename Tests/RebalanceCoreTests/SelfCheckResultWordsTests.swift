import Foundation
import RebalanceCore
import Testing

/// Every self-check result reads as finished sentences: for every everyday sign alone with pain in each region
/// (and none), and every pair of signs with and without knee pain, no text is empty, dangling or in a developer's
/// words.
@Suite("Self-check result words")
struct SelfCheckResultWordsTests {
    /// What a sentence shown to a visitor must never look like.
    static func problems(in text: String, where place: String) -> [String] {
        var found: [String] = []
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { found.append("\(place) is empty") }
        if trimmed.hasSuffix(":") || trimmed.hasSuffix(": .") || trimmed.contains(" .") || trimmed.contains("..") {
            found.append("\(place) dangles: \(trimmed)")
        }
        if trimmed.contains("()") || trimmed.contains("  ") { found.append("\(place) has a gap: \(trimmed)") }
        // A lower-case word with a capital inside is an id (kneesValgus), not English.
        if trimmed.split(separator: " ").contains(where: { word in
            word.first?.isLowercase == true && word.dropFirst().contains(where: \.isUppercase)
        }) {
            found.append("\(place) has an id: \(trimmed)")
        }
        return found
    }

    static func texts(of result: SelfCheckResult) -> [(String, String)] {
        var texts: [(String, String)] = [("disclaimer", result.disclaimer)]
        for pattern in result.patterns {
            texts += [("pattern name", pattern.plainName), ("pattern explanation", pattern.explanation)]
            if let because = pattern.becauseText { texts.append(("because", because)) }
        }
        for reason in result.painReasons {
            texts += [("pain area", reason.area), ("why it hurts", reason.explanation)]
            if let inShort = reason.inShort { texts.append(("in short", inShort)) }
        }
        for tip in result.homeTips {
            texts += [("tip", tip.name), ("setup", tip.setup), ("dose", tip.dose)] + tip.cues.map { ("cue", $0) }
            if let why = tip.why { texts.append(("why", why)) }
        }
        return texts + result.studioChecks.map { ("studio check", $0) }
    }

    @Test func everySignAndPairWithEveryPainReadsWell() throws {
        let kb = try knowledge()
        let engine = AssessmentEngine(knowledge: kb)
        let signs = kb.signs.map(\.id)
        let everyPain: [[PainArea]] = [[]] + Region.allCases.map { [PainArea(region: $0, side: .right, nprs: 6)] }
        var cases: [([SignID], [PainArea])] = ([[]] + signs.map { [$0] }).flatMap { set in everyPain.map { (set, $0) } }
        for (index, first) in signs.enumerated() {
            for second in signs[(index + 1)...] {
                cases += [([first, second], []), ([first, second], [PainArea(region: .knee, side: .left, nprs: 4)])]
            }
        }
        // Regions some pattern loads: pain there always comes with something the studio would check.
        let loaded = Set(kb.patterns.flatMap { $0.loads.map(\.region) })
        var problems: [String] = []
        var results = 0
        for (chosen, pain) in cases {
            do {
                var answers = try SelfCheckCoreTests.answered(
                    signs: [:], pain: [:], health: try SelfCheckCoreTests.allNo())
                answers.signs = chosen.map { SignReport($0) }
                answers.painAreas = pain
                let result = SelfCheckResult(answers: answers, engine: engine)
                results += 1
                let label = "signs \(chosen.map(\.rawValue)) pain \(pain.map(\.region.rawValue))"
                for (place, text) in Self.texts(of: result) {
                    problems += Self.problems(in: text, where: place).map { "\(label): \($0)" }
                }
                // Pain always gets a reason, and something the studio would check where a pattern can load it.
                if !pain.isEmpty && result.painReasons.isEmpty { problems.append("\(label): pain without a reason") }
                if pain.contains(where: { loaded.contains($0.region) }) && result.studioChecks.isEmpty {
                    problems.append("\(label): pain without a studio check")
                }
                if result.homeTips.isEmpty { problems.append("\(label): nothing to try at home") }
            }
        }
        #expect(results > 300)
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }

    @Test func kneePainWithFeetTurningOutNamesWhatMayLoadTheKnee() throws {
        let kb = try knowledge()
        var answers = try SelfCheckCoreTests.answered(signs: [:], pain: [:], health: try SelfCheckCoreTests.allNo())
        answers.signs = [SignReport("feetTurnOut"), SignReport("carriesBagOneSide", side: .right)]
        answers.painAreas = [PainArea(region: .knee, side: .right, nprs: 6)]
        let result = SelfCheckResult(answers: answers, engine: AssessmentEngine(knowledge: kb))
        let knee = try #require(result.painReasons.first)
        #expect(!knee.explanation.contains("Nothing in these results"), "\(knee.explanation)")
        #expect(!result.studioChecks.isEmpty && knee.inShort != nil)
        // Drills for what may load the knee, not only the breathing drill everyone gets.
        #expect(result.homeTips.count > 1)
    }
}

/// Self-check answers written by someone who never saw the rules: real prospects' signs, pain and goals.
@Suite("Self-check results for prospects we did not write")
struct SelfCheckProspectTests {
    /// One prospect as the fixture writes them.
    struct Prospect: Decodable {
        let who: String
        let signs: [SignReport]
        let pain: [PainArea]
        let goals: String
        let activity: ActivityLevel
        let age: Int?
    }

    @Test func everyProspectGetsFinishedSentencesAReasonForEachPainAndSomethingToTry() throws {
        let kb = try knowledge()
        let engine = AssessmentEngine(knowledge: kb)
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/self-check-prospects/prospects-1.json")
        let prospects = try JSONDecoder().decode([Prospect].self, from: Data(contentsOf: file))
        #expect(prospects.count == 45)
        var problems: [String] = []
        for prospect in prospects {
            var answers = try SelfCheckCoreTests.answered(signs: [:], pain: [:], health: try SelfCheckCoreTests.allNo())
            (answers.signs, answers.painAreas, answers.goals, answers.activity, answers.age) =
                (prospect.signs, prospect.pain, prospect.goals, prospect.activity, prospect.age)
            let result = SelfCheckResult(answers: answers, engine: engine)
            for (place, text) in SelfCheckResultWordsTests.texts(of: result) {
                problems += SelfCheckResultWordsTests.problems(in: text, where: place).map { "\(prospect.who) \($0)" }
            }
            // No one cleared to train is sent to a clinician, every painful area is explained, and there is
            // always something safe to try.
            if result.referral.required { problems.append("\(prospect.who): referred") }
            if result.painReasons.count != prospect.pain.count {
                problems.append("\(prospect.who): a pain unexplained")
            }
            if result.homeTips.isEmpty { problems.append("\(prospect.who): nothing to try") }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}

/// A health step sent with nothing ticked names each question it still needs, so the list can be followed.
@Suite("Unanswered health questions")
struct UnansweredQuestionTests {
    @Test func eachMissingAnswerNamesItsQuestion() throws {
        let form = SelfCheckForm(knowledge: try knowledge())
        guard case .failure(let errors) = form.apply(.health, fields: [:], to: SelfCheckAnswers()) else {
            Issue.record("an empty health step must fail")
            return
        }
        let messages = errors.errors.map(\.message)
        #expect(messages.count > 10 && Set(messages).count == messages.count)
        #expect(messages.allSatisfy { $0.hasPrefix("Answer yes or no: “") && $0.hasSuffix("”") && $0.count <= 100 })
    }
}
