import RebalanceCore
import Testing

/// Wordings from the tenth helper-written set (KB 2026.12.4), each standing for the class it taught the rules.
@Suite("Triage: the tenth set's wordings")
struct TriageTenthSetTests {
    /// A note about a client of the given sex.
    func note(_ text: String, sex: Sex) -> Case {
        Case(client: ClientBasics(age: 45, sex: sex), notes: text)
    }

    static let mustRefer: [(flag: String, note: String)] = [
        // "Much less than normal" compares; "normal" there does not answer the sign.
        (
            "pregnancyComplication",
            "I am 28 weeks pregnant, since last night I feel the baby moving much less than normal."
        ),
        ("pregnancyComplication", "34/40, my belly become hard many times, every 10 minutes more or less."),
        // Breath "missing" on the sofa, and sitting up in the night to breathe.
        ("breathlessAtRestOrLyingFlat", "I don't have breath also when I am seated on the sofa."),
        ("breathlessAtRestOrLyingFlat", "In the night I wake up and I must to sit on the bed for breathe."),
        // Feeling better weeks after an operation is expected; clearance is what counts.
        ("recentSurgery", "Had the hysterectomy 5 weeks ago, feeling loads better, can I come back to bootcamp?"),
        (
            "nightPainUnrelievedByRest",
            "The nights are killing me, it's just constant, I've tried the couch, nothing changes it."
        ),
        (
            "unexplainedWeightLoss",
            "I lost 6 kilo since Christmas but I did not change food or sport, I don't understand why."
        ),
    ]

    @Test("Must refer", arguments: mustRefer)
    func refers(_ flag: String, _ text: String) throws {
        let assessment = try assess(notes(text))
        #expect(assessment.referralIDs.contains(flag), "\(text) → \(assessment.referralIDs)")
    }

    static let lookAlikes: [String] = [
        // The GP's surgery and hay fever; a trainer's red-flag teaching; a threshold in a plan.
        "Can we move to 5:30? Need to pop into the GP surgery to pick up my hay fever prescription.",
        "Educated client on red flags: contact GP if numbness in saddle area, bladder/bowel changes or leg weakness.",
        "Plan for next block: check BP before each session; if >=160/100 do not train and refer to GP. Today 132/84.",
        // A blood pressure straight after sprints is not a resting one.
        "Post-exercise BP 172/88 straight after final sprint set, back to 124/80 after 5 min seated.",
        // A parent who is the client, writing about a son's injury.
        "My son broke his leg at football and can't put any weight on it - can we move me to Thursday?",
    ]

    @Test("Must not refer", arguments: lookAlikes)
    func doesNotRefer(_ text: String) throws {
        let assessment = try assess(notes(text))
        #expect(!assessment.referral.required, "\(text) → \(assessment.referralIDs)")
    }

    /// Whose symptom it is, told by pronouns and by who speaks after someone else is named.
    @Test func pronounsAndTheWritersOwnWordsTellWhoseItIs() throws {
        // "He had a knee op" in a woman's note is her husband's.
        let husband = "Can I bring my husband to a taster? He had a knee op last month so he'll just watch."
        #expect(!(try assess(note(husband, sex: .female)).referral.required))
        // The same words about a man are his own.
        #expect(try assess(note("He had a knee op last month.", sex: .male)).referralIDs.contains("recentSurgery"))
        // "My wife says I walk strange": the writer, not the wife.
        let walk = "My wife she say I walk strange since one month, like drunk man. At work I trip on flat floor."
        #expect(try assess(note(walk, sex: .male)).referralIDs.contains("gaitChange"))
        // A relative writing about "your client" means the client.
        let mother = "My mother has osteoporosis; she sat too hard on the chair and now has strong low back pain."
        #expect(
            try assess(note(mother + " She is your client on Thursday.", sex: .female)).referralIDs.contains(
                "fractureRisk"))
    }
}
