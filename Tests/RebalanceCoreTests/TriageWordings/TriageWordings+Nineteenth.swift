import RebalanceCore

/// Wordings from the nineteenth and twentieth helper-written sets (KB 2026.12.13), each standing for the class it
/// taught the rules, in my own words.
extension TriageWordings {
    static let nineteenth = TriageWordings(
        mustRefer: [
            // Slash shorthand is spelled out: "c/o" complains of, "w/" with.
            ("chestPainOnExertion", "Min 8 on the rower pt stopped, c/o pressure mid chest, resolved w/ rest."),
            // "a.m." does not end the sentence in the middle of the sign.
            ("breathlessAtRestOrLyingFlat", "I keep waking at 3 a.m. gasping and have to sit up on the bed."),
            ("saddleNumbness", "Back's been bad since Friday and I don't feel nothing when I wipe."),
            ("bladderOrBowelChange", "Twice this week he hasn't made it to the bathroom and never felt it coming."),
            ("bladderOrBowelChange", "Writing for my father: an accident in his pants today, didn't even realize."),
            ("bladderOrBowelChange", "Lower back wrecked and I ain't been able to go number 2 since Sunday."),
            ("bladderOrBowelChange", "Peed myself on the stairs, didn't even feel it coming, sciatica back too."),
            ("pregnancyComplication", "30 weeks pregnant and the baby has barely moved today, she's normally wild."),
            ("pregnancyComplication", "33/40, some water came out when I got off the couch, not pee I think."),
            ("unexplainedWeightLoss", "Weigh in 70.1 kg, 76 kg 8/52 ago, not dieting, new back ache."),
            (
                "progressiveWeaknessOrNumbness",
                "My right foot's been slapping the floor since Monday, can't pull my toes up."
            ),
            (
                "traumaUnableToBearWeight",
                "Came off the ladder Sunday onto her knee, can't manage more than a step or two."
            ),
            (
                "fractureRisk",
                "On alendronate for osteoporosis; a sudden sharp pain in the middle of my back since Friday."
            ),
            ("calfPainAndSwelling", "Mi pantorrilla izquierda está hinchada y roja, I didn't hit it on anything."),
            ("chestPainAtRest", "No puedo ir hoy, tightness en el pecho while sitting at my desk, up into my jaw."),
            (
                "cervicalArterialSigns",
                "Got my neck cracked at lunch and since then everything is spinny, words come out weird."
            ),
            (
                "cervicalArterialSigns",
                "Chiro adjusted my neck Tuesday; now a headache not like any I've had, double when I look left."
            ),
            (
                "infectionRisk",
                "Used to shoot up, clean a year now, but my back has a sore spot mid spine for no reason."
            ),
            // Written by a son or daughter for a parent who trains here.
            (
                "gaitChange",
                "My mom has started shuffling and drifting left in the hallway. Just so you know before her session."
            ),
            // An earlier list item's time dates that item, not a new event after it.
            ("fractureRisk", "Broke my wrist 3 years ago, sudden back pain lifting the shopping. I have osteoporosis."),
        ],
        lookAlikes: [
            // Only looked for, then found clear: a "no", not a treated cancer.
            "Tested for bowel cancer in March, all clear. Back a bit achy after gardening.",
            // Degrees after a test are an angle.
            "SLR 40 degrees R, 65 L; knee flexion 105°; back stiff.",
            "If pt reports dizziness or double vision → stop, sit, reassess. Nil today.",
            "Numbness in both feet from the chemo is a little less each month, balance good.",
            "Revise DVT signs and Wells score for the CPD quiz.",
            "Daddy's BP was 182/104 at the pharmacy. Mine was 120/80.",
            "Flu w/ fever 2 weeks ago, back to 100% now.",
            "Had a pt in the ER w/ crushing chest pain and sweating, long shift, see you at 7.",
            "My manager is a pain in the neck and the meetings make me dizzy.",
            "Rolled my ankle Monday and couldn't walk on it that night, but today I'm walking fine.",
            "I nearly peed myself laughing at the class video.",
        ])
}
