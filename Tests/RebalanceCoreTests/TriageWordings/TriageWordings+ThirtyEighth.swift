import RebalanceCore

/// Wordings from the forty-eighth helper-written set (KB 2027.01.12) and review 17, measured blind before it joined
/// the tuning notes, each standing for the class it taught the rules, in my own words.
extension TriageWordings {
    static let thirtyEighth = TriageWordings(
        mustRefer: [
            ("saddleNumbness", "Tweaked my back on Sunday and now my backside feels kind of dead when I sit."),
            (
                "nightPainUnrelievedByRest",
                "The hip wakes me every night and I've tried every position, pillows, the sofa, it still aches."
            ),
            (
                "traumaUnableToBearWeight",
                "Hi, it's Dana calling for my dad, he slipped on the ice this morning and can't put weight on his "
                    + "left leg at all."
            ),
        ],
        lookAlikes: [
            "Toddler wakes me every night, I've tried every position to settle him. Shoulders a bit tight."
        ])
}
