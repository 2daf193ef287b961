import RebalanceCore

/// Wordings from the eighteenth helper-written set (KB 2026.12.12), each standing for the class it taught the rules.
extension TriageWordings {
    static let eighteenth = TriageWordings(
        mustRefer: [
            // The arrows of clinical shorthand are words.
            ("saddleNumbness", "Phone call: LBP after gardening, now ↓ sensation perineum since this morning."),
            // A writer who names themselves by the client writes for her.
            (
                "unexplainedWeightLoss",
                "Hi, I'm Joan's son. Mum's been losing weight, about 6 kg, and she isn't dieting."
            ),
            (
                "traumaUnableToBearWeight",
                "Went over on the kerb last night, ankle's massive an I can't put me foot down."
            ),
            ("fractureRisk", "My back has hurt since lifting a box of books on Sunday. The scan said osteoporosis."),
            ("infectionRisk", "He told me he used to inject and slipped back last month; now back pain at night."),
            ("bladderOrBowelChange", "Sciatica flared; he's been trying to pee all morning and nothing's coming."),
            // "Didn't expect" denies the surprise, not the numb face.
            ("cervicalArterialSigns", "Sore neck since the crash. What I didn't expect is that my cheek went numb."),
            // From the review of this cycle's rules: each would have been missed by a first draft of them.
            ("historyOfCancer", "Lung cancer 2017. Back aches every day after work and wakes me at night."),
            ("chestPainOnExertion", "Out cycling with his brother Sunday, chest went tight on the hill."),
            ("breathlessAtRestOrLyingFlat", "When I lie flat I hear a whistle and I'm short of breath."),
            ("chestPainOnExertion", "Chest pain on exertion? Not really, just when I rush for the bus."),
            ("nightPainUnrelievedByRest", "Pain started in my back in March, constant at night, nothing eases it."),
            ("feverWithPain", "Shivery, running 102° last night, back aching."),
        ],
        lookAlikes: [
            "I work A&E so I hear 'numb down below' all week – my own back is fine, just tight hamstrings.",
            "His brother-in-law has lost weight and has night sweats. He himself feels well, weight steady.",
            "Prostate cancer 2015, PSA clean last I heard, no pain at all. Progressing carries.",
            "Groin feeling less sore today, adductor squeeze 4/5.",
            "Slipped back into bad habits over Christmas, lower back a bit sore from the sofa.",
            "Knee stiff in the warm-up, no injury, loosened off by set two.",
            "Any saddle numbness? None at all. Bladder and bowels normal.",
        ])
}
