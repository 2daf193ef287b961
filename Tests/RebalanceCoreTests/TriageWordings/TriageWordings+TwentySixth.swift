import RebalanceCore

/// Wordings from the thirty-fourth helper-written set (KB 2026.12.21), each standing for the class it taught the
/// rules, in my own words.
extension TriageWordings {
    static let twentySixth = TriageWordings(
        mustRefer: [
            ("chestPainOnExertion", "Walking up to the park I get a heaviness in my chest halfway up the slope."),
            ("nightPainUnrelievedByRest", "Hip wakes me every night, can't lie on it, can't lie off it either."),
            ("traumaUnableToBearWeight", "Slipped on the wet steps last night and now I cannot step on it at all."),
            // "Didn't massage" denies the massage, not the calf that follows.
            ("calfPainAndSwelling", "Didn't massage his left calf, it's swollen, hot and red since the flight."),
            // "Hi there" is a greeting, so the note is written for Dad.
            ("historyOfCancer", "Hi there, Dad has a new ache in his lower back. He had bowel cancer in 2015."),
            ("bladderOrBowelChange", "Back is killing me and when I try to pee, nothing comes out, only a drop."),
            ("saddleNumbness", "My back went at work and I don't feel right between the legs since Monday."),
            ("recentSurgery", "Just home after my knee replacement on the 4th of this month, when can I come back?"),
            // The review's examples: what the new readings must not hide.
            ("saddleNumbness", "physio did nothing numbness down below since tuesday"),
            ("saddleNumbness", "Not sure if anyone's told you but I can't feel the toilet paper when I wipe."),
            ("unexplainedWeightLoss", "Lost 8 kg since Christmas without trying. Could you do me a meal plan?"),
            ("recentSurgery", "Had my gallbladder op 2 weeks ago, GP signed me off work for 6 weeks."),
            (
                "cervicalArterialSigns",
                "Since the chiro did my neck I'm dizzy, face numb and my brain's gone numb, words coming out wrong."
            ),
        ],
        lookAlikes: [
            "Keyhole gallbladder op last spring, surgeon signed me off at six weeks, all fine.",
            "Down half a stone since the summer. Not trying hard, just cut out the takeaways.",
            "Brain's gone numb from the night feeds, I could sleep on the bus.",
            "Team memo: if anyone's client mentions double vision after a neck adjustment, send them to the GP.",
            "Breast cancer in 2010, treated, all clear every year since. Nothing hurts now.",
            // The review's examples: what the new phrases must not refer.
            "Doesn't feel the swings in her glutes yet, the bell goes too deep between the legs.",
            "Someone stepped on my foot at spin, can't believe the bruise.",
            "Boiler repair man is coming the 14th of this month, can we move to Friday?",
            "Tried pumping after class, nothing coming out, only a little from the left.",
            "Heaviness in my legs on the hill walk, chest and lungs felt great.",
            "34 weeks pregnant, can't lie on either side at night, hips ache.",
            "Morning team, my friend has chest pain on hills, can she join the class?",
        ])
}
