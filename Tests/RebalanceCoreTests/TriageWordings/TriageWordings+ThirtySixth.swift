import RebalanceCore

/// Wordings from the forty-fifth helper-written set (KB 2027.01.07), each standing for the class it taught the rules,
/// in my own words.
extension TriageWordings {
    static let thirtySixth = TriageWordings(
        mustRefer: [
            ("calfPainAndSwelling", "My right calf swole up after the long drive home and it's sore."),
            ("calfPainAndSwelling", "Her calf swelled up on the flight back, one side only."),
            ("bladderOrBowelChange", "Back gave out lifting hay and this morning I couldn't make water at all."),
            ("pregnancyComplication", "29 weeks pregnant and I haven't felt baby kick since last night."),
        ],
        lookAlikes: [
            "The vet came for a heifer with milk fever, I'm fine, see you Thursday.",
            "Can you check the invoice for the falls prevention class? I was billed twice.",
            "Mum's booked me on a falls prevention course at the library, no problems walking myself.",
        ])
}
