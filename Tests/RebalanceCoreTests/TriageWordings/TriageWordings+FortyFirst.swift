import RebalanceCore

/// Wordings from stop 41 (KB 2027.01.24 to .26): a list of warning signs the client has read, answered with none of
/// them or followed by a sign of their own, also one singled out as an exception to the list; and the classes set 54
/// taught (a brief copied back, a formal "should Mr … report", an operation written as "had the hernia done", chest
/// tightness that goes off standing still, sweats and shivers at night), in my own words.
extension TriageWordings {
    static let fortyFirst = TriageWordings(
        mustRefer: [
            ("chestPainOnExertion", "Read the list u sent. I do get chest pain on the stairs though."),
            (
                "calfPainAndSwelling",
                "Went through the list with him. Well, my left calf is swollen and sore since Sunday."
            ),
            // "Read ur list" is not a list cue: the client goes on with their own sign in the same breath.
            (
                "saddleNumbness",
                "read ur list, all good except the numb bit — my inner thighs and bum have felt numb since tues"
            ),
            // An exception singled out of a list is the client's own sign (review 25).
            (
                "chestPainOnExertion",
                "Stop rules done, says none of it except her chest goes tight on the hill, eases when she stops."
            ),
            (
                "calfPainAndSwelling",
                "He read the list you sent - no to everything but his right calf is red, hot and swollen since Friday."
            ),
            ("recentSurgery", "Had my hernia done last Tuesday, a bit sore still."),
            ("recentSurgery", "Right total knee arthroplasty four weeks ago, walking with a cane now."),
            ("chestPainOnExertion", "Pressure in my chest again today, went off once I stood still for a minute."),
            ("feverWithPain", "Sweats and shivers at night all week, and my lower back aches."),
        ],
        lookAlikes: [
            "Read the list u sent about chest pain on the stairs and fainting. None of those here, just tight hips.",
            "Went through the list with her (chest pain on exertion, calf swelling and pain). Has had none of these.",
            "Ran through the warning signs sheet: chest pain walking uphill, fainting. Nothing like that so far.",
            "Copy your brief: chest pain or dizziness mid-set means stop and report. Nothing like that to report.",
            "Should Mrs Lee report chest tightness in class, she stops and sees her doctor. No such symptoms now.",
        ])
}
