import RebalanceCore

/// Wordings from the nineteenth to twenty-first helper-written sets (KB 2026.12.13), each standing for the class it
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
                "Writing for my mom: she has started shuffling and drifting left in the hallway this week."
            ),
            // An earlier list item's time dates that item, not a new event after it.
            ("fractureRisk", "Broke my wrist 3 years ago, sudden back pain lifting the shopping. I have osteoporosis."),
            // The twenty-first set, studied after it was measured held out.
            ("pregnancyComplication", "35+2 now, had a gush when I stood up and my knickers have been damp since."),
            ("nightPainUnrelievedByRest", "My back is worse when I lie down in bed than up and about, every night."),
            ("bladderOrBowelChange", "Back's been rotten and I couldnae pee properly, barely anything came out."),
            ("gaitChange", "Walking like I've had a few pints all week, feet wide apart, holding the bannister."),
            (
                "gaitChange",
                "Hi, it's Maggie, Tom's daughter. Dad's started shuffling and catching his feet on the rug."
            ),
            ("saddleNumbness", "My undercarriage has gone numb since last night and my back's bad."),
            ("recentSurgery", "The new knee is in, done on the 10th of last month, walking with a stick."),
            // From the review of this cycle's rules: each would have been missed by a first draft of them.
            ("feverWithPain", "Knee hot and swollen, 38.6°C, shivery."),
            ("saddleNumbness", "Sister's got MS. Saddle numbness since Monday, can't feel wiping."),
            ("chestPainAtRest", "Rang to see if client was ok, says crushing chest pain while sitting watching telly."),
            ("saddleNumbness", "Had a PT session Sat, since then can't feel the loo roll when I wipe."),
            (
                "historyOfCancer",
                "Lump found, sent for tests, breast cancer 2019, mastectomy and chemo, all clear. New back pain."
            ),
        ],
        lookAlikes: [
            // A message cut off mid-sentence.
            "Running late, it's",
            "Mounjaro going well, 8 kg down in 3 months, not hungry much.",
            "Wrecked after nights, had a fella in ED with a numb bum who couldn't pee; I'm grand.",
            "Sent her the antenatal sheet: stop and ring the maternity unit if bleeding or waters.",
            "Pain shoots up my back when I bend, better after the walk.",
            "Barely slept, baby kicking all night, 30 weeks pregnant and feeling good.",
            // Only looked for, then found clear: a "no", not a treated cancer.
            "Tested for bowel cancer in March, all clear. Back a bit achy after gardening.",
            // Degrees after a test are an angle.
            "SLR 40 degrees R, 65 L; knee flexion 105°; back stiff.",
            "If pt reports dizziness or double vision → stop, sit, reassess. Nil today.",
            "Numbness in both feet from the chemo is a little less each month, balance good.",
            "Revise DVT signs and Wells score for the CPD quiz.",
            "Daddy's BP was 182/104 at the pharmacy. Mine was 120/80.",
            "Had a pt in the ER w/ crushing chest pain and sweating, long shift, see you at 7.",
            "My manager is a pain in the neck and the meetings make me dizzy.",
            "Rolled my ankle Monday and couldn't walk on it that night, but today I'm walking fine.",
            "I nearly peed myself laughing at the class video.",
            "My boss is a pain in the neck and the spreadsheets make me dizzy.",
            "Body temp fine. Hip flexion 105°, SLR 40 degrees.",
        ])
}
