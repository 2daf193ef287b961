import RebalanceCore

/// Wordings from KB 2027.02.11, in my own words: night pain told as "overnight" or as a throb, and Scots "cannae get
/// comfy"; with the look-alikes where "overnight" is a breakfast or a shift and a throb that settles.
extension TriageWordings {
    static let fortyNinth = TriageWordings(
        mustRefer: [
            (
                "nightPainUnrelievedByRest",
                "c/o constant R knee ache overnight, unrelieved by rest or a change of position. Sleep poor."
            ),
            ("nightPainUnrelievedByRest", "Hip throbs all night, whatever position I try."),
            (
                "nightPainUnrelievedByRest",
                "Back's been agony overnight, up at 3 am, cannae get comfy whichever way I lie."
            ),
        ],
        lookAlikes: [
            "Overnight oats for breakfast now; nothing helps the afternoon sugar cravings.",
            "On overnight shifts this month, constantly on my feet, knees ache by Friday, sleep in the day.",
            "Knee throbs after long runs, settles with ice, sleeping right through.",
            "Shoulder throbbed the night after the jab, gone by the morning.",
        ])
}
