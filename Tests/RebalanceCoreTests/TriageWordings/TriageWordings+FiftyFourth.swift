import RebalanceCore

/// Wordings for KB 2027.02.16: the bladder's feeling lost, told as the missing urge; "the worst headache of his
/// life"; with look-alikes (a television drama, an urge to train).
extension TriageWordings {
    static let fiftyFourth = TriageWordings(
        mustRefer: [
            // An exception for waking soaked in the rain cancelled this fever in KB 2027.02.15: an exception holds
            // for the whole flag in its sentence, so it went.
            (
                "feverWithPain",
                "Got soaked in the rain at the match Saturday, since then fever, chills and my back aching."
            ),
            (
                "bladderOrBowelChange",
                "Back went on Friday and since then I don't feel the urge to wee, had a leak at work without knowing."
            ),
            (
                "cervicalArterialSigns",
                "Mid-deadlift he said it was the worst headache of his life, came on in seconds."
            ),
        ],
        lookAlikes: [
            "Did you watch Holby last night? A man collapsed on the treadmill. I'm fine, see you at 6.",
            "No urge to skip sessions this month, feeling strong, back happy.",
        ])
}
