import RebalanceCore

/// Wordings from the thirty-second helper-written set (KB 2026.12.18), each standing for the class it taught the
/// rules, in my own words.
extension TriageWordings {
    static let twentyFourth = TriageWordings(
        mustRefer: [
            // Someone else's thing the client uses does not make the leg theirs.
            (
                "traumaUnableToBearWeight",
                "Fell off the step Saturday, using my husband's old crutches, can't put weight on it."
            ),
            // A double negative: nothing is felt.
            ("saddleNumbness", "Back bad since Monday and I can't feel nothing between the legs, like the dentist."),
            // A record's date stamp does not date the sign written after it.
            ("progressiveWeaknessOrNumbness", "2026-03-02 | Ortiz, J | both legs weaker every day since Sun | f/u"),
            // "Never had it before" says the neck pain is new; it does not deny the speech.
            ("cervicalArterialSigns", "Neck agony, never had it before, and now my words are coming out funny."),
            ("infectionRisk", "Been using needles again, a week clean now, and my lower back is killing me."),
            ("infectionRisk", "Her wrist is hot and puffy, no fall, and she feels rough."),
        ],
        lookAlikes: [
            "Three hours of meetings, bum went numb, fine once I stood up and walked.",
            "My mum nearly wet herself laughing at my deadlift video.",
            "Heart attack Jun '21, stents, rehab finished, cardiologist cleared me. No chest pain since.",
            "My wife have the chest pain last week, they kept her in. I'm fine, see you Monday.",
        ])
}
