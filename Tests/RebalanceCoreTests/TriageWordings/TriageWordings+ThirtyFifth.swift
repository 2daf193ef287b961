import RebalanceCore

/// Wordings from the forty-fourth helper-written set and the twelfth review (KB 2027.01.05), each standing for the
/// class it taught the rules, in my own words.
extension TriageWordings {
    static let thirtyFifth = TriageWordings(
        mustRefer: [
            ("chestPainOnExertion", "Passed out near the end of the laps at practice, came round straight away."),
            ("feverWithPain", "Body heat 38.6 this morning and my lower back really sore on one side."),
            ("gaitChange", "My wife says I've been walkin funny since last week, I never used to."),
            (
                "pregnancyComplication",
                "31 weeks pregnant and the tightenings have been coming every 8 minutes since lunch."
            ),
            (
                "nightPainUnrelievedByRest",
                "At night my back pain is the same in every position, lying down does not help at all."
            ),
            ("unexplainedWeightLoss", "Weight 68.0 -> 62.5 kg over 8 weeks, I'm not on any diet."),
            ("saddleNumbness", "Since the back went, a bit numb between legs when wiping."),
            ("saddleNumbness", "Numbness when wiping? says no, then admits yes a bit since Friday."),
            ("saddleNumbness", "Back flared again, says it's numb when she wipes since Saturday."),
            ("bladderOrBowelChange", "Back's been bad since Friday and I could not pass water last night for ages."),
            (
                "progressiveWeaknessOrNumbness",
                "Pins and needles started in my fingers on Monday, now tingling up to my elbow."
            ),
            ("pregnancyComplication", "34 weeks pregnant, baby hasn't moved much since last night."),
            (
                "saddleNumbness",
                "Hello, this is Mei, Mrs. Chen's daughter. Her back went on Sunday and she says her bottom feels numb"
                    + " since yesterday."
            ),
            (
                "unexplainedWeightLoss",
                "Trousers falling off me and I ain't even trying, lost half a stone since summer."
            ),
            ("infectionRisk", "Had a boil on my thigh lanced last week and now my lower back is killing me."),
            // The twelfth review: what it found missed beside the new words.
            ("bladderOrBowelChange", "Mum's been weeing herself and her back is bad again."),
            ("chestPainOnExertion", "He's been passing out on his walks this week."),
            ("feverWithPain", "Back pain, body heat 39 since yesterday."),
            ("recentSurgery", "Gallbladder out 1–2 months ago, scar still sore."),
        ],
        lookAlikes: [
            "Asked re numbness when wiping - says no, normal feeling. Back 2/10.",
            "Hands go numb wiping down the rower after class, shake them out and fine.",
            // The twelfth review: the new words must not catch hands, cooking, clothing, slang or an exercise.
            "Her fingers go numb when she wipes down the benches at closing.",
            "Any bladder change? She says no, just a bit bunged up from the painkillers.",
            "Any numbness down below? Client said no.",
            "Bring the oats to a boil, then simmer. Back stiff after deadlifts.",
            "Keep your body heat in for the 40 min run, hip a bit stiff.",
            "Pins and needles up to the elbow after sleeping on my arm, gone in a few minutes.",
            "Stop trippin, I'm fine now, back's good.",
            "Fingers tingle in the compression sleeve that goes up to the elbow, fine once it's off.",
            "Knee scope 4–5 months ago, signed off by the surgeon.",
            "Pelvic floor contractions, 10 s holds, all good at 24 weeks pregnant.",
        ])
}
