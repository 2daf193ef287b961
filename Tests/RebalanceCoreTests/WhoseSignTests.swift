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
        // A claim put in the past, a leaflet, or someone else keeps the question.
        for note in [
            "Should I stop if I get chest pain on the stairs? I had it years ago.",
            "What do we do if a client gets calf swelling after a flight? I've had that leaflet before.",
            "Should I stop if I get chest pain on the stairs? Asking for my dad.",
        ] {
            let assessment = try reading(note)
            #expect(!assessment.referral.required && assessment.clearance == .confirmFirst, "\(note)")
        }
    }
}
