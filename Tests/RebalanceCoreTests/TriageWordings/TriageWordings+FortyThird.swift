import RebalanceCore

/// Wordings from stop 43: a name for someone else that opens the phrase, when the client joins in within it ("my
/// training partner n I both almost blacked out"); "tho" as a contrast that opens a clause, and "though" as an
/// afterthought that closes one ("not my legs though, like a band across my chest"); a list of things to stop for
/// (review 25), in my own words.
extension TriageWordings {
    static let fortyThird = TriageWordings(
        mustRefer: [
            ("chestPainOnExertion", "Hill sprints today. My training partner n I both almost blacked out."),
            (
                "saddleNumbness",
                "Went down the red-flag list, nothing much, tho mentioned numb bum and inner thighs since Friday."
            ),
            (
                "chestPainOnExertion",
                "The incline walk got me, not my calves though, more a tight band across my chest till I stopped."
            ),
        ],
        lookAlikes: [
            "My training partner nearly passed out on the hill sprints today; I was fine and finished the set.",
            "Went over the things to stop for: chest tightness, dizzy spells, pins and needles. Says never had any.",
        ])
}
