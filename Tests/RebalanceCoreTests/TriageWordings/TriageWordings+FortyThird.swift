import RebalanceCore

/// Wordings from stop 43 (KB 2027.01.30 and .31), in my own words: a name for someone else that opens the phrase,
/// when the client joins in within it ("my training partner n I both almost blacked out"); "tho" as a contrast that
/// opens a clause, and "though" as an afterthought that closes one; a list of things to stop for (review 25); and the
/// classes blind set 56 taught (disturbed sight in pregnancy, a stairwell and "presyncopal", a hernia fixed "this
/// month", night pain that comes "after dark", a stop rule that opens with the sign, a name for someone else with
/// "I" inside it, a drag mother, a clot with "none since", numbness "fading week by week").
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
            (
                "pregnancyComplication",
                "36 weeks pregnant and since lunch there are zigzag lines in my vision and my head is pounding."
            ),
            (
                "chestPainOnExertion",
                "Running up the stairwell at work I get substernal pressure, and I went presyncopal twice this week."
            ),
            ("recentSurgery", "Had my hernia fixed on the 9th of this month, keen to get back to core work."),
            (
                "nightPainUnrelievedByRest",
                "The ache in my lower back comes on after dark and stays, constant, whatever I do."
            ),
        ],
        lookAlikes: [
            "My training partner nearly passed out on the hill sprints today; I was fine and finished the set.",
            "Went over the things to stop for: chest tightness, dizzy spells, pins and needles. Says never had any.",
            "Noted the rules: if chest pain / dizziness during a set, stop and sit. Nothing to report, great session.",
            "Cancel today please, the kid I take care of has a fever and a stiff neck, so I stay with her. I'm well.",
            "My drag mother had chest pain and sweating backstage on Saturday and got a stent. I'm fine, just shaken.",
            "Had a clot in my calf after a knee scope back in 2008, took the thinners, none since.",
            "The numbness in my little toes has been fading week by week since I changed shoes.",
            "An old first officer of mine had a stroke on Sunday, slurred speech and a drooping face. I'm fine.",
        ])
}
