import RebalanceCore

/// Wordings from the forty-fifth helper-written set (KB 2027.01.08), each standing for the class it taught the rules,
/// in my own words.
extension TriageWordings {
    static let thirtySixth = TriageWordings(
        mustRefer: [
            ("calfPainAndSwelling", "Her calf swelled up on the flight back, one side only."),
            ("pregnancyComplication", "29 weeks pregnant and I haven't felt the baby kick since last night."),
        ],
        lookAlikes: [
            "Pregnant 30 weeks, felt baby kick loads all through the warm-up.",
            "Her calf swelled up years ago after a flight, DVT treated, been fine since and cleared by her GP.",
        ])
}
