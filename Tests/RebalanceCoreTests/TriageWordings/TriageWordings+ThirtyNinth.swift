import RebalanceCore

/// Wordings from the fifty-third helper-written set (KB 2027.01.17), measured blind before it joined the tuning
/// notes, and from review 23, each standing for the class it taught the rules, in my own words.
extension TriageWordings {
    static let thirtyNinth = TriageWordings(
        mustRefer: [
            ("chestPainOnExertion", "Halfway up the scaffold ladder everything went grey and I had to hang on."),
            ("chestPainOnExertion", "Carrying the boxes upstairs my chest went tight like a vise."),
            ("cervicalArterialSigns", "Ever since the osteo pulled my neck on Friday I keep having giddy spells."),
            ("progressiveWeaknessOrNumbness", "My both leg is going weak since last week."),
            ("progressiveWeaknessOrNumbness", "The tingling in my fingers is more every day now."),
            ("unexplainedWeightLoss", "Down 12 pounds since August and I ain't dieting, still eating the same."),
            ("recentSurgery", "Had my hernia operation, stitches out on Monday. Can I lift yet?"),
            ("recentSurgery", "His TURP was on the 3rd and he was home on the 5th."),
            ("recentSurgery", "Pt 6/52 post ACLR, keen to start strength work."),
            ("recentSurgery", "Got out of hospital on Friday after they took my gallbladder out."),
            ("chestPainOnExertion", "Went faint on the last set of squats and had to lie down for a bit."),
        ],
        lookAlikes: [
            "Noted your instruction: should I experience chest discomfort while exercising, I am to stop at once.",
            "Reminder for the bootcamp crew: if anyone says chest pain or can't catch their breath at rest, stop them.",
            "My bum goes numb on long days driving the cab, but once I get out and walk it's totally ok.",
            "Bleeding money on the new kitchen this month, so I might skip the extra session.",
            "Might need loo breaks during the session, the new tablets make me thirsty.",
            "My grip on the left bar might be weaker, my mate says, but it's fine.",
            "I drive the 38 bus; one of my passengers collapsed with chest pain today. I'm fine, just shaken.",
        ])
}
