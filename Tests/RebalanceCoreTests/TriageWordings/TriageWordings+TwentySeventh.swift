import RebalanceCore

/// Wordings from the thirty-fifth helper-written set (KB 2026.12.22), each standing for the class it taught the
/// rules, in my own words.
extension TriageWordings {
    static let twentySeventh = TriageWordings(
        mustRefer: [
            ("historyOfCancer", "The hip is at me again, deep in the bone. I had breast cancer in 2014."),
            ("unexplainedWeightLoss", "Funny thing, down 15 lbs since spring and I'm still eatin the same junk."),
            ("unexplainedWeightLoss", "My jeans are fallin off me and I'm not even trying."),
            ("calfPainAndSwelling", "After the long bus ride my left leg is more big than the other and hot."),
            ("progressiveWeaknessOrNumbness", "The tingling in my right foot is up to my knee now."),
            ("saddleNumbness", "Since my back went, round my bottom feels dead when I sit."),
            // The second review's examples: what the narrowed readings must still find.
            ("chestPainOnExertion", "Heaviness in her chest walking up the hill, goes when she stops."),
            ("saddleNumbness", "I can hardly feel anything between the legs since Monday."),
            ("chestPainOnExertion", "Chest goes tight walking up the hill - great, just what I need."),
            ("bladderOrBowelChange", "Did Body Pump Tuesday and since then I can't pee properly, back aching."),
            ("chestPainOnExertion", "Chest tightness  Walking up hills, goes when I stop."),
            ("traumaUnableToBearWeight", "Fell off the kerb and she can't really step on it."),
            (
                "nightPainUnrelievedByRest",
                "32 weeks pregnant, upper back pain every night, constant, nothing eases it."
            ),
            ("chestPainOnExertion", "Hello team. Mum has had chest pain walking up the hill."),
            ("saddleNumbness", "Not sure if anyone has told you, but I can't feel the paper when I wipe."),
        ],
        lookAlikes: [
            // A pasted form whose line breaks became two spaces.
            "Ever had cancer? Yes, melanoma 2011, clear since  Any pain now? None  Goals: run a 10k",
            "Saw something on the news about clots on flights, should I wear socks? Legs are fine.",
            "If anyone with sciatica mentions numbness round the groin, send them to A&E.",
            "Jim's fine, it's me that's been dropping weight without trying, but I'm not your client.",
            "Back from nights, had a pt today came in who couldn't pee and was numb down below. Legs just tired.",
            // The second review's examples: what the new phrases must not refer.
            "Achy round my bottom after the deadlifts.",
            "Weak glutes, did step-ups up to my knee height box.",
            "Breast cancer 2019, all clear. Hubby is at me to get fit.",
            "If anyone has a client with saddle numbness or bladder changes, send them to A&E.",
            "Down 3 kg since starting with you, still eating chocolate!",
        ])
}
