import RebalanceCore

/// Wordings from the tenth helper-written set (KB 2026.12.4), each standing for the class it taught the rules.
extension TriageWordings {
    static let tenth = TriageWordings(
        mustRefer: [
            // "Much less than normal" compares; "normal" there does not answer the sign.
            (
                "pregnancyComplication",
                "I am 28 weeks pregnant, since last night I feel the baby moving much less than normal."
            ),
            ("pregnancyComplication", "34/40, my belly become hard many times, every 10 minutes more or less."),
            // Breath "missing" on the sofa, and sitting up in the night to breathe.
            ("breathlessAtRestOrLyingFlat", "I don't have breath also when I am seated on the sofa."),
            ("breathlessAtRestOrLyingFlat", "In the night I wake up and I must to sit on the bed for breathe."),
            // Feeling better weeks after an operation is expected; clearance is what counts.
            ("recentSurgery", "Had the hysterectomy 5 weeks ago, feeling loads better, can I come back to bootcamp?"),
            (
                "nightPainUnrelievedByRest",
                "The nights are killing me, it's just constant, I've tried the couch, nothing changes it."
            ),
            (
                "unexplainedWeightLoss",
                "I lost 6 kilo since Christmas but I did not change food or sport, I don't understand why."
            ),
        ],
        lookAlikes: [
            // The GP's surgery and hay fever; a trainer's red-flag teaching; a threshold in a plan.
            "Can we move to 5:30? Need to pop into the GP surgery to pick up my hay fever prescription.",
            "Educated client on red flags: contact GP if numbness in saddle area, "
                + "bladder/bowel changes or leg weakness.",
            "Plan for next block: check BP before each session; if >=160/100 do not train and refer to GP. "
                + "Today 132/84.",
            // A blood pressure straight after sprints is not a resting one.
            "Post-exercise BP 172/88 straight after final sprint set, back to 124/80 after 5 min seated.",
            // A parent who is the client, writing about a son's injury.
            "My son broke his leg at football and can't put any weight on it - can we move me to Thursday?",
        ])
}
