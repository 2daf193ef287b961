import RebalanceCore

/// Wordings from the eleventh helper-written set (KB 2026.12.5), each standing for the class it taught the rules.
extension TriageWordings {
    static let eleventh = TriageWordings(
        mustRefer: [
            // Sitting on a chair and not feeling it; the part between the legs "like sleeping".
            (
                "saddleNumbness",
                "Now the part between the legs is like sleeping, when I sit I don't feel the chair there."
            ),
            // A son writing for Dad; weight written as "gone from … to …".
            (
                "unexplainedWeightLoss",
                "I'm Dad's son. He's gone from about 13 stone to 11 since the summer and he's not trying."
            ),
            ("unexplainedWeightLoss", "Weight 71.2 kg (78.0 in Jan, 3 months ago). Says not dieting, eating normally."),
            (
                "cervicalArterialSigns",
                "My neck is paining very severe, and when I talk the words are coming out wrong."
            ),
            // A racing, fluttering heart on hill intervals.
            ("chestPainOnExertion", "When we dae the hill intervals my heart goes mental, aw fluttery an thumpin."),
            (
                "chestPainOnExertion",
                "On the stairmaster I got this weird squeezing in my chest, goes away standing still."
            ),
            // Toes that will not lift are a foot drop.
            (
                "progressiveWeaknessOrNumbness",
                "My right foot's started slapping down when I walk, can't lift the toes properly."
            ),
            // An intake form's answer is the client's own.
            (
                "recentSurgery",
                "Intake form - Injuries/operations: 'ACL recon L knee 6 weeks ago. Not back to the surgeon.'"
            ),
            (
                "bladderOrBowelChange",
                "She hasn't been able to pass urine properly since yesterday, hardly anything comes."
            ),
            // "Could not put any weight": the denial belongs to the phrase.
            (
                "traumaUnableToBearWeight",
                "Came off his skateboard. Could not put any weight through L ankle, hopped in."
            ),
            // "T/L" is one region of the spine.
            ("infectionRisk", "PMHx RA. DHx methotrexate + etanercept. c/o new constant T/L pain 2/52, no trauma."),
        ],
        lookAlikes: [
            // "44F" is age and sex, not a temperature.
            "S: 44F, LBP 2/52 after gardening. Red flag screen: saddle anaesthesia neg, B&B NAD, no fever, no trauma.",
            // A dash closing a screen-list item is its "no".
            "Screen: CA hx —, long-term steroids —, IVDU —, fever/sweats —, night pain —. Mechanical neck pain.",
            // A blood pressure taken straight after a circuit.
            "Circuit: BP immediately post (within 1 min) 172/84. Re-taken after 10 min seated rest: 128/80.",
            // "No" after the first term denies the second; "talked" is not "talking".
            "Pecs are so sore after the bench PR, pressing on them is tender. "
                + "Totally fine at rest and no breathlessness.",
            "Talked through what to do IF she ever gets chest pain or unusual breathlessness during HIIT. "
                + "Never had any.",
        ])
}
