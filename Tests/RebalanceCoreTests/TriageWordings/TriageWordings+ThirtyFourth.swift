import RebalanceCore

/// Wordings from the forty-third helper-written set and the eleventh review (KB 2027.01.04), each standing for the
/// class it taught the rules, in my own words.
extension TriageWordings {
    static let thirtyFourth = TriageWordings(
        mustRefer: [
            ("traumaUnableToBearWeight", "Tripped on the step coming in, landed on her knee, cant wait bear on it."),
            ("chestPainOnExertion", "Nearly blacked out doing the stairs at work this week."),
            ("pregnancyComplication", "33 weeks pregnant, my hands and face puffed up overnight, can't get rings off."),
            (
                "bladderOrBowelChange",
                "Since my back went on Monday I've had accidents with my waterworks, didn't know I needed to go."
            ),
            ("progressiveWeaknessOrNumbness", "Numb L hand D4–5 on Friday, now whole hand and spreading to the wrist."),
            ("highBloodPressure", "Check before the session: bp was one seventy two over ninety eight."),
            ("chestPainAtRest", "Sitting at my desk my chest have pain like squeeze, sweating, then it go away."),
            ("recentSurgery", "Knee replacement 3–4 weeks ago, still on crutches."),
            (
                "breathlessAtRestOrLyingFlat",
                "Her husband says she's short of breath lying flat, sleeping in the armchair."
            ),
        ],
        lookAlikes: [
            "Any of these in the last month: chest pain, fainting, breathless at rest? — No to all of these.",
            "Last year I had a slipped disc, that time peeing was difficult, after the operation all ok already.",
            "Felt a bit feverish after the hot run, but I check temp 37.1 only.",
            "A bloke at my work collapsed on the stairs clutching his chest. I'm fine, just want to get fit.",
            // The eleventh review: the new words must not catch an exercise, a sneeze, a faint at a needle or effort.
            "Can't wait bear crawls tomorrow!! See you at 6.",
            "Had a little accident when I sneezed at the gym, sorry, too much information!",
            "Fainted at the sight of blood at her flu jab Monday, walked up the stairs to class fine after.",
            "32 weeks pregnant. Got puffed up the hill, hands on my knees at the top, fine after a minute.",
        ])
}
