import RebalanceCore

/// Wordings for KB 2027.02.15: drenching night sweats told as waking soaked beside the pain, and a fall over a pet
/// read as the client's own, with look-alikes (soaked by rain or a workout; squatting "down to parallel").
extension TriageWordings {
    static let fiftyThird = TriageWordings(
        mustRefer: [
            (
                "feverWithPain",
                "Mid back sore for 3 weeks, waking drenched most nights and having to change the sheets."
            ),
            ("feverWithPain", "Low back pain, and I've been waking up soaked in sweat, the sheets are wringing wet."),
            (
                "fractureRisk",
                "On prednisolone for years. Tripped over the cat Sunday, sat down hard and my back has hurt since."
            ),
            (
                "fractureRisk",
                "On prednisolone for years. Tripped over the cat on Sunday, landed on my bum, back has hurt since."
            ),
            ("gaitChange", "Foot keeps catching on the stairs lately, tripped over the dog on Saturday too."),
            ("chestPainOnExertion", "Got dizzy on the last interval and almost went down, sat on the floor a minute."),
        ],
        lookAlikes: [
            "Got soaked walking home in the rain last night, knees fine, hip mobility improving.",
            "Woke up early for the 6am class, drenched in sweat after the bike intervals, great session.",
            "Her dog tripped over the lead on their walk, no issues for her, squat depth better.",
            "Sheets soaked from the baby's bottle leaking, up all night. Hips feel good.",
            "Goblet squats, almost went down to parallel today, depth is improving.",
            "Goblet squats, almost went down to parallel today, bit dizzy from the heat after.",
            "Slipped on ice on my run, nearly went down, all fine, no pain.",
        ])
}
