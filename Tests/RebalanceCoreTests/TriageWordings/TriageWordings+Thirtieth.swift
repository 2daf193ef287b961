import RebalanceCore

/// Wordings from the thirty-eighth helper-written set (KB 2026.12.27), each standing for the class it taught the
/// rules, in my own words.
extension TriageWordings {
    static let thirtieth = TriageWordings(
        mustRefer: [
            ("recentSurgery", "Had my shoulder scoped on the 9th of this month, feeling good, back Monday?"),
            (
                "pregnancyComplication",
                "31 weeks pregnant and baby hasn't really been moving since last night, usually she's wild."
            ),
            (
                "bladderOrBowelChange",
                "Back sore since Tuesday and when I go for urine it is not coming, only a little bit."
            ),
            ("gaitChange", "My daughter says I'm shuffling and drifting to one side on our walks."),
            // A minus before a weight on a weigh-in is a loss.
            ("unexplainedWeightLoss", "Weigh-in today -4.8kg since March, not dieting, eating as usual."),
            // Asking to be reminded of a class time does not make the note about someone else.
            (
                "unexplainedWeightLoss",
                "Down like 12 pounds since summer and not even trying, remind me when Saturday is?"
            ),
            ("gaitChange", "Keep catching my left toes on the pavement, tripped many times when I walk."),
            // An exception that is itself denied is no exception.
            (
                "traumaUnableToBearWeight",
                "Came off the ladder Sunday, today I'm not walking normally, can't put weight through the heel."
            ),
            ("saddleNumbness", "No sensation between my legs when I sit, since my back went on Friday."),
        ],
        lookAlikes: [
            "Sprint intervals Saturday, swap the runs for rowing if it's over 104F.",
            "Heat plan: 108F forecast. Anyone with chest tightness or dizziness sits out and gets ice towels.",
            "Numb bum after the 40 min spin, gone after a few mins of walking.",
            "My husband says I'm walking funny but that's the bunion rubbing in the new shoes.",
            "Legs heavy after squats, couldn't get up off the toilet without holding the sink, they feel fine now.",
        ])
}
