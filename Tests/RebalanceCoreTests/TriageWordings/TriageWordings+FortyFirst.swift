import RebalanceCore

/// Wordings from stop 41 (KB 2027.01.24): a printed list or email of warning signs the client has read, answered
/// with none of them, or followed by a sign of their own, in my own words.
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
        ],
        lookAlikes: [
            "Read the list u sent about chest pain on the stairs and fainting. None of those here, just tight hips.",
            "Went through the list with her (chest pain on exertion, calf swelling and pain). Has had none of these.",
            "Ran through the warning signs sheet: chest pain walking uphill, fainting. Nothing like that so far.",
        ])
}
