import RebalanceCore
import Testing

/// The public self-check: reading each step, the explained result, and the contact details.
@Suite("Self-check")
struct SelfCheckCoreTests {
    static func allNo(yes: Set<String> = []) throws -> [String: String] {
        let kb = try knowledge()
        var fields: [String: String] = [:]
        for question in kb.safety.healthQuestions {
            fields["health.\(question.id)"] = yes.contains(question.id) ? "yes" : "no"
        }
        for flag in kb.safety.redFlags { fields["flag.\(flag.id)"] = yes.contains(flag.id.rawValue) ? "yes" : "no" }
        return fields
    }

    static func answered(signs: [String: String], pain: [String: String], health: [String: String]) throws
        -> SelfCheckAnswers
    {
        let form = SelfCheckForm(knowledge: try knowledge())
        var answers = SelfCheckAnswers()
        for (step, fields) in [
            (SelfCheckStep.signs, signs), (.pain, pain), (.goals, ["activity": "active"]), (.health, health),
        ] {
            answers = try form.apply(step, fields: fields, to: answers).get()
        }
        return answers
    }

    @Test func stepsAreReadIntoAnswersAndTheCase() throws {
        let answers = try Self.answered(
            signs: ["sign.oneShoulderHigher": "yes", "side.oneShoulderHigher": "left", "sign.sitsMostOfDay": "yes"],
            pain: ["pain.neck": "yes", "pain.neck.side": "left", "pain.neck.nprs": "4"], health: try Self.allNo())
        #expect(answers.isComplete)
        #expect(answers.signs.contains(SignReport("oneShoulderHigher", side: .left)))
        #expect(answers.painAreas == [PainArea(region: .neck, side: .left, nprs: 4)])
        #expect(answers.asCase.healthScreen?.answers.count == 7)
        #expect(answers.redFlags.isEmpty)
    }

    @Test func everyProblemIsReportedByField() throws {
        let form = SelfCheckForm(knowledge: try knowledge())
        let pain = form.apply(
            .pain,
            fields: [
                "pain.knee": "yes", "pain.knee.nprs": "11", "pain.hip": "yes", "pain.hip.side": "up",
                "pain.hip.nprs": "3",
            ], to: SelfCheckAnswers())
        #expect(throws: SelfCheckFormErrors.self) { try pain.get() }
        if case .failure(let errors) = pain {
            #expect(errors.message(for: "pain.knee.nprs")?.contains("0 (none) to 10") == true)
            #expect(errors.message(for: "pain.hip.side") == "Choose left, right or both.")
        }
        let goals = form.apply(
            .goals, fields: ["goals": String(repeating: "a", count: 501), "age": "7"], to: SelfCheckAnswers())
        if case .failure(let errors) = goals {
            #expect(Set(errors.errors.map(\.field)) == ["goals", "activity", "age"])
        } else {
            Issue.record("goals should fail")
        }
        let health = form.apply(.health, fields: ["health.chestPain": "maybe"], to: SelfCheckAnswers())
        if case .failure(let errors) = health {
            #expect(errors.errors.count == 7 + (try knowledge()).safety.redFlags.count)
        } else {
            Issue.record("health should fail")
        }
    }

    @Test func theResultExplainsPossiblePatternsAndOffersSafeDrills() throws {
        let kb = try knowledge()
        let answers = try Self.answered(
            signs: ["sign.sitsMostOfDay": "yes", "sign.lowBackArchesStanding": "yes"],
            pain: ["pain.lowBack": "yes", "pain.lowBack.nprs": "6"], health: try Self.allNo())
        let result = SelfCheckResult(answers: answers, engine: AssessmentEngine(knowledge: kb))
        #expect(!result.referral.required)
        #expect(
            result.patterns.contains {
                $0.plainName.lowercased().contains("hip flexors") || $0.name.contains("Lower crossed")
            })
        #expect(!result.painReasons.isEmpty)
        #expect((1...SelfCheckResult.maximumTips).contains(result.homeTips.count))
        for tip in result.homeTips {
            let exercise = try #require(kb.exercises.first { $0.name == tip.name })
            #expect(exercise.level == 1)
            #expect(!(exercise.avoidWhenPain ?? []).contains { $0.region == .lowBack && $0.minNprs <= 6 })
        }
        #expect(!result.studioChecks.isEmpty)
    }

    @Test func aRedFlagShowsOnlyTheReferral() throws {
        let answers = try Self.answered(
            signs: ["sign.sitsMostOfDay": "yes"], pain: [:], health: try Self.allNo(yes: ["chestPainOnExertion"]))
        let result = SelfCheckResult(answers: answers, engine: AssessmentEngine(knowledge: try knowledge()))
        #expect(result.referral.required)
        #expect(result.patterns.isEmpty && result.homeTips.isEmpty && result.studioChecks.isEmpty)
    }

    @Test func contactDetailsAreCheckedFieldByField() {
        let good = LeadDetails.read([
            "name": " Ana ", "email": "ana@example.org", "phone": "(310) 555-0100", "consentContact": "yes",
        ])
        #expect((try? good.get())?.name == "Ana")
        #expect((try? good.get())?.consentToStoreHealth == false)
        // Nothing that could break out of a mail header or a calendar file's mailto: line.
        for email in [
            "", "ana", "ana@", "@x.org", "ana@x", "a b@x.org", "ana@x..org", "\"ana\"@x.org", "<ana@x.org>",
            "ana@x.org>", "ana,bo@x.org", "ana;x@x.org", "ana@x.org\r\nBcc: all@x.org", "ana\t@x.org",
            "ana@-x.org", "ana@x_y.org", "ana(c)@x.org", "ana\\b@x.org", ".ana@x.org", "ana..b@x.org", "añа@x.org",
        ] {
            #expect(LeadDetails.isEmail(email) == false, "\(email.debugDescription)")
        }
        for email in ["ana@example.org", "ana.b+studio@mail.example.co.uk", "o'neil@x.org", "a_b-c@x-y.org"] {
            #expect(LeadDetails.isEmail(email), "\(email)")
        }
        #expect(LeadDetails.isPhone("+44 20 7946 0958"))
        #expect(!LeadDetails.isPhone("555"))
        if case .failure(let errors) = LeadDetails.read([:]) {
            #expect(Set(errors.errors.map(\.field)) == ["name", "email", "consentContact"])
        } else {
            Issue.record("empty details should fail")
        }
    }
}
