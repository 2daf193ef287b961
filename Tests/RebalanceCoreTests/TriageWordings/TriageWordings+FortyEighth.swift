import RebalanceCore

/// Wordings from this stop (KB 2027.02.09), in my own words: night pain where what was tried is denied well before
/// "makes it better" ("no way of lying that makes it better", "haven't found anything that helps at night"), and the
/// look-alikes where something does make the night better, or the nights are fine.
extension TriageWordings {
    static let fortyEighth = TriageWordings(
        mustRefer: [
            ("nightPainUnrelievedByRest", "Low back every night, no way of lying that makes it better, up at 3."),
            ("nightPainUnrelievedByRest", "Shoulder is bad at night and I can't find a position that makes it better."),
            ("nightPainUnrelievedByRest", "Knee throbs all night, haven't found anything that helps at night."),
            (
                "nightPainUnrelievedByRest",
                "Hip at night is awful, no amount of ibuprofen or turning over takes the edge off."
            ),
            ("nightPainUnrelievedByRest", "Neck at night, there isn't a pillow that makes it any better."),
            ("nightPainUnrelievedByRest", "Back pain in bed, nothing I take makes it feel any better."),
        ],
        lookAlikes: [
            "Back only sore at night when I lie flat, no clue why but lying on my side makes it better.",
            "Not sure what it is, a hot water bottle makes it better at night, shoulder's fine by morning.",
            "Hip aches at night but a pillow between my knees makes it a lot better.",
            "Knee only hurts on runs, nights are fine, no trouble sleeping.",
            "Neck a bit sore at night, no idea why, but ibuprofen before bed makes it better.",
        ])
}
