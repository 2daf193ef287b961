import RebalanceCore
import Testing

/// PAR-Q+ refers any chest pain, at rest, in daily life or when active. A note that names chest pain without
/// saying when it comes is neither cleared nor guessed at: it asks, and the answer decides.
@Suite("Chest pain with no word of when it comes")
struct BareChestPainTests {
    static let screened = HealthScreen(answers: [:])

    @Test(
        "A bare mention asks, and the client is not cleared",
        arguments: [
            "Crushing chest pain since this morning.",
            "Chest pain since this morning, thinks it's the coffee.",
            "Been getting pains in my chest on and off this week, prob nothing.",
            "chest has been sore all day",
            "me chest's been achin since brekkie innit",
        ])
    func aBareMentionAsks(_ note: String) throws {
        let assessment = try assess(Case(healthScreen: Self.screened, notes: note))
        #expect(!assessment.referral.required)
        #expect(assessment.clearance == .confirmFirst)
        let question = try #require(assessment.questions.first, "\(note)")
        #expect(question.flag.rawValue == "chestPainOnExertion" && question.reason == .whenNotSaid)
        #expect(question.question.contains("does not say when it comes on"))
        #expect(question.question.hasSuffix("Is it the client's own, current symptom?"))
    }

    /// A yes refers as the PAR-Q+ chest-pain question does: a doctor today.
    @Test func yesRefersTodayAndNoClears() throws {
        let note = "Chest pain since this morning."
        let flag = RedFlagID("chestPainOnExertion")
        let yes = try assess(
            Case(healthScreen: Self.screened, notes: note, confirmations: [Confirmation(flag: flag, current: true)]))
        let reason = try #require(yes.referral.reasons.first)
        #expect(yes.clearance == .refer && reason.urgency == .sameDay && reason.trigger == .confirmed)
        let parQ = try #require(try knowledge().safety.healthQuestions.first { $0.id == "chestPain" })
        #expect(reason.urgency == parQ.urgency, "the same urgency as a yes to the PAR-Q+ chest-pain question")
        let no = try assess(
            Case(healthScreen: Self.screened, notes: note, confirmations: [Confirmation(flag: flag, current: false)]))
        #expect(no.clearance == .cleared)
    }

    @Test(
        "A denied, someone else's or explained chest pain asks nothing",
        arguments: [
            "Denies chest pain or SOB.",
            "Stairmaster felt brutal today but zero chest pain or tightness, just legs on fire.",
            "My husband has had chest pain all week, I'm fine for Thursday.",
            "Chest pain? No lah. Just tired after the burpees.",
            "Sore chest after chest day, pecs tender to the touch.",
            "Gave him the stop & call card (chest pain, fainting, new numbness).",
            "Chest sore to touch after Monday's bench PB, tender when I press on it. Classic DOMS.",
            "Chest felt tight during the session, turns out my new sports bra is a size too small.",
            "sitting here laughing so hard my chest hurts",
            "My running top was way too tight across the chest during the session, rubbing like mad",
            // A cardiologist is no cardio session.
            "Had some chest pain back in March, full cardiology workup, echo and stress test all normal, cardiologist "
                + "says crack on.",
        ])
    func noQuestionWhereTheNoteSettlesIt(_ note: String) throws {
        try expectClearedWithoutQuestions(note, healthScreen: Self.screened)
    }

    /// A trainer's instruction, or someone else who gets it, is a question at most (review 19).
    @Test func aPlanOrSomeoneElsesPainDoesNotRefer() throws {
        for note in [
            "If you get any chest pain during the session, stop straight away and tell me.",
            "My husband gets chest pain playing football, hes seeing the GP next week",
            "right now I'm fine, chest pain from last week has totally gone",
        ] {
            #expect(try !assess(Case(healthScreen: Self.screened, notes: note)).referral.required, "\(note)")
        }
    }

    /// Where the note does say when, the sign itself refers, with no second question about the same pain.
    @Test func aNoteThatSaysWhenRefersWithoutAsking() throws {
        let atRest = try assess(Case(healthScreen: Self.screened, notes: "Chest pain at rest since this morning."))
        #expect(atRest.referral.reasons.map(\.id) == ["chestPainAtRest"] && atRest.questions.isEmpty)
        let onStairs = try assess(Case(healthScreen: Self.screened, notes: "Chest pain on the stairs since Monday."))
        #expect(onStairs.referral.reasons.map(\.id) == ["chestPainOnExertion"] && onStairs.questions.isEmpty)
        // Effort in daily life, and pain now while writing (review 18).
        for (note, flag) in [
            ("chest pain doing the hoovering, had to sit down", "chestPainOnExertion"),
            ("chest pain while swimming lengths last week", "chestPainOnExertion"),
            ("having chest pain right now as i type this", "chestPainAtRest"),
            ("chest hurts when I'm doing nothing, just sitting", "chestPainAtRest"),
            ("Chest pain sitting on the couch since lunch, he's laughing it off", "chestPainAtRest"),
            ("typing this with a crushing feeling in my chest, is that bad?", "chestPainAtRest"),
            // Everyday effort in other words, and pain that goes when the effort stops (review 20).
            ("got chest pain at zumba", "chestPainOnExertion"),
            ("chest pain mopping the floors", "chestPainOnExertion"),
            ("Chest pain when I do cardio, goes when I stop", "chestPainOnExertion"),
            // Review 21: more sport and housework, a chest "like a band", and a form's yes with its detail.
            (
                "Doing the garden yesterday and got this crushing feeling in my chest, had to sit down",
                "chestPainOnExertion"
            ),
            ("chest went really tight playing 5-a-side last night, had to come off", "chestPainOnExertion"),
            ("Playing tennis Saturday my chest felt like a band round it", "chestPainOnExertion"),
            ("Got a weird pressure behind my breastbone doing burpees in the bootcamp class", "chestPainOnExertion"),
            ("Q: any chest pain? A: yes, when I walk fast uphill", "chestPainOnExertion"),
            ("Dizzy? Y. Chest pain? Y (on stairs).", "chestPainOnExertion"),
            ("It was racing and I nearly fainted on the bike yesterday", "chestPainOnExertion"),
        ] {
            #expect(try assess(Case(healthScreen: Self.screened, notes: note)).referralIDs == [flag], "\(note)")
        }
    }

    @Test func theKnowledgeBaseNamesOnlyRealFlags() throws {
        let kb = try knowledge()
        let flag = try #require(kb.redFlagsByID[RedFlagID("chestPainOnExertion")]?.askWhenUnsaid)
        #expect(!flag.phrases.isEmpty && flag.source.contains("PAR-Q+"))
        #expect(flag.unlessFound.allSatisfy { kb.redFlagsByID[$0] != nil })
    }
}
