import RebalanceCore

/// Wordings for KB 2027.02.13: constant night pain told as what was tried and how it failed, across a sentence or
/// opening the next, with the look-alikes where the remedies failed for another trouble, by day, in the past, in a
/// plan, in a retest, for someone else's pain, or where the only pain is told apart from them.
extension TriageWordings {
    static let fiftyFirst = TriageWordings(
        mustRefer: [
            (
                "nightPainUnrelievedByRest",
                "Hip has been sore in bed for a month. Tried a heat pad, paracetamol and a pillow between the knees: "
                    + "zero difference."
            ),
            (
                "nightPainUnrelievedByRest",
                "Shoulder's been bad in bed for weeks, sore the whole time. Ice, ibuprofen, sleeping propped up. "
                    + "Doesn't help one bit."
            ),
            (
                "nightPainUnrelievedByRest",
                "Knee aches through the small hours, I turn one way then the other and it simply doesn't let up."
            ),
            (
                "nightPainUnrelievedByRest",
                "Lower back sore in bed, tried resting, the hot water bottle and Nurofen, but it changes nothing."
            ),
            (
                "nightPainUnrelievedByRest",
                "Hip aches in bed. Ice, heat pad, ibuprofen, a pillow between my knees: nothing worked."
            ),
            (
                "nightPainUnrelievedByRest",
                "My back pain has got so I can hardly sleep. Same at bedtime as at four in the morning. "
                    + "The heating pad and the Tylenol don't make a lick of difference."
            ),
        ],
        lookAlikes: [
            "Calves sore from the hill session. Cough keeps me up at night, tried honey, lozenges and an extra pillow, "
                + "none of it works.",
            "Ankle sore in the day, ibuprofen doesn't touch it. Sleeps right through, no pain in bed at all.",
            "Back was sore at night last spring, heat and pills made no difference, but physio sorted it and it's been "
                + "fine since.",
            "Plan: ice and rest for the sore knee, and if ice doesn't help at night we'll refer.",
            "Retested hip extension after the stretches: no difference between sides. Knee a bit sore, sleeping fine.",
            "Calves sore from the hill session. Cough keeps me up at night, no pain, tried honey, lozenges and an "
                + "extra pillow, none of it works.",
            "Stinking cold all week. Lemsip, paracetamol, hot bath, extra pillow at night, no difference. Shoulder's a "
                + "bit sore from Monday's bench.",
            "Hubby's back has been bad for weeks. Heat pad, ibuprofen, sleeping on the sofa, no difference. I'm only a "
                + "bit sore after Tuesday's legs.",
            "Knee ache at night: ice and ibuprofen made no difference, heat pad works a treat though.",
            "Foam rolled and stretched before squats, depth exactly the same. Sleeping fine, hips just a bit achy "
                + "after.",
            "Tried a hot bath, magnesium, reading in bed: useless, still wide awake at 2am. Neck a bit sore from the "
                + "new pillow.",
            "Legs killing me after Monday's session, stairs are a nightmare. Foam rolled, stretched, hot bath, nothing "
                + "helped!",
        ])
}
