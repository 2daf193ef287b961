import RebalanceCore

/// Wordings from stop 44 (KB 2027.02.02), in my own words: the classes set 57 taught. Peeing before the urge is
/// felt, and "the water I no can hold"; a knee that popped and cannot be loaded; an operation named as an
/// "-ectomy", or dated after a dash with "so about"; the client answering what the trainer asked about; and the
/// look-alikes: someone to pray for or a mentor, "absolutely not" as a form's answer, a question about chest pain
/// "ever actually serious", a copied safety brief, and a question about "the old man".
extension TriageWordings {
    static let fortyFourth = TriageWordings(
        mustRefer: [
            (
                "bladderOrBowelChange",
                "Low back flared on Monday and twice since then I peed before I could even feel I needed to go."
            ),
            ("bladderOrBowelChange", "My back is hurting from the garden, and the water I no can hold, it come out."),
            (
                "traumaUnableToBearWeight",
                "Knee popped on the landing, swelled up fast, and now I can't load it at all."
            ),
            ("recentSurgery", "Thyroidectomy 10 days ago, feeling good, keen to get moving again."),
            ("recentSurgery", "Gallbladder came out on the 12th — so roughly 3 weeks ago. Can we do core?"),
            (
                "chestPainOnExertion",
                "You asked about the chest thing: pressure behind my breastbone on the hill climb, gone when I stop."
            ),
        ],
        lookAlikes: [
            "Pray for Sister Ruth: at choir her face went numb on one side and her speech slurred. I'm fine myself.",
            "My mentor had a mini-stroke at work last week, slurred words and a weak hand. I'm rattled but fine.",
            "Intake question: any chest pain or fainting this year? — Absolutely not. Just a stiff left hip.",
            "Is chest pain ever actually serious at 19? Just curious, no symptoms at all.",
            "Copied the safety brief: if chest pain, a numb groin or loss of bladder control, stop. None present.",
            "When the old man have the pain in the chest, how he know is heart or stomach? I feel good.",
        ])
}
