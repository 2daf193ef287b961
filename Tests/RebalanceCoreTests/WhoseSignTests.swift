import RebalanceCore
import Testing

/// Words that usually point away from the client but here point at them: the unborn baby's movements are the
/// pregnant client's sign, and a question the next words claim ("… That's me most mornings") is the client's own.
@Suite("Whose sign it is")
struct WhoseSignTests {
    @Test func theBabysMovementsAreThePregnantClientsSign() throws {
        func refers(_ note: String) throws -> Bool {
            try assess(Case(healthScreen: HealthScreen(pregnant: true, pregnancyWeeks: 30), notes: note))
                .referralIDs.contains("pregnancyComplication")
        }
        #expect(try refers("The baby's movements have slowed since yesterday."))
        #expect(try refers("My baby's kicks are much weaker today."))
        // Fewer movements than usual, said with the denial that is the sign itself (review 18).
        #expect(try refers("baby isn't kicking as much as usual"))
        #expect(try refers("baby not as kicky today"))
        #expect(try !refers("I'm not worried, baby kicking as much as usual"))
        #expect(try !refers("I'm not moving as much as usual, been so lazy this week haha"))
        // Another woman's baby is still someone else's.
        let sister = try assess(
            Case(
                healthScreen: HealthScreen(pregnant: true, pregnancyWeeks: 30),
                notes: "My sister's baby's movements slowed last week, she was induced."))
        #expect(!sister.referral.required)
    }

    @Test func aQuestionTheNextWordsClaimIsTheClientsSign() throws {
        func reading(_ note: String) throws -> Assessment {
            try assess(Case(healthScreen: HealthScreen(answers: [:]), notes: note))
        }
        let claimed = try reading("Should I stop if I get chest pain on the stairs? That's me most mornings lately.")
        #expect(claimed.referralIDs == ["chestPainOnExertion"])
        let nextSentence = try reading(
            "What should I do if I get calf pain and swelling after a flight. I've been having it since Monday.")
        #expect(nextSentence.referralIDs == ["calfPainAndSwelling"])
        // Claims in other words, and one that answers the question's own needed word ("at rest").
        for note in [
            "Should I stop if I get chest pain on the stairs? Had it this morning actually",
            "should i stop if i get chest pain on the stairs?? ive had it since monday",
            "I'll stop if chest pain comes on during the run. It did on Saturday",
            "Is it normal to get chest pain when running? happens to me every run lately",
            "Is chest pain on the stairs a bad sign? That's me most mornings",
            // The writer's own words before a general question make it their own sign.
            "I get chest pain on the stairs, is that a bad sign?",
            "I've had chest pain on the stairs since Monday, could it be serious?",
            "been getting chest tightness on hills, something serious?",
            // An account someone explained, or reading up about one's own pain, is no plan (review of this stop).
            "Client explained what happened: crushing chest pain on the stairs this morning",
            "Been reading up because I get chest pain on the stairs",
        ] {
            #expect(try reading(note).referralIDs == ["chestPainOnExertion"], "\(note)")
        }
        #expect(
            try reading("What if I get chest pain at rest? I had it last night in bed").referralIDs == [
                "chestPainAtRest"
            ])
        // A claim put in the past, a leaflet, or someone else keeps the question.
        for note in [
            "Should I stop if I get chest pain on the stairs? I had it years ago.",
            "What do we do if a client gets calf swelling after a flight? I've had that leaflet before.",
            "Should I stop if I get chest pain on the stairs? Asking for my dad.",
            "Should I stop if I get chest pain on the stairs? Never happened yet, just asking.",
            "Should I stop if I get chest pain on the stairs? It happened to my dad last year.",
            // A general question names no one's sign (review 20).
            "Is chest pain on stairs a bad sign? Asking for a talk I'm giving at the club.",
            "Can numbness in the groin be serious? Saw something online, don't have it myself",
            "Explained to client what cauda equina symptoms are (numbness in saddle area) so she knows to go to A&E "
                + "if it ever happens",
            "Does a swollen calf after flying always mean a clot?",
            "On Grey's Anatomy last night a woman had crushing chest pain playing tennis",
        ] {
            let assessment = try reading(note)
            #expect(!assessment.referral.required && assessment.clearance == .confirmFirst, "\(note)")
        }
    }
}
