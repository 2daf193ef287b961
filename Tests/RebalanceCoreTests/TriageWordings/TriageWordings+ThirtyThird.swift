import RebalanceCore

/// Wordings from the forty-second helper-written set and the tenth review (KB 2027.01.03), each standing for the class
/// it taught the rules, in my own words.
extension TriageWordings {
    static let thirtyThird = TriageWordings(
        mustRefer: [
            ("pregnancyComplication", "32 weeks pregnant, since this morning baby no move so much."),
            ("chestPainOnExertion", "Going up the hill there is pressing in my chest, then I stop and it goes away."),
            ("chestPainOnExertion", "Farmer carries, round 2: client stopped, said tight chest, sat out the rest."),
            (
                "progressiveWeaknessOrNumbness",
                "Remember my numb toes? Now it goes all the way up to the shin, and the other foot also started."
            ),
            ("progressiveWeaknessOrNumbness", "Heel raises: L calf weaker than wk 1, pins n needles up past ma knee."),
            ("progressiveWeaknessOrNumbness", "Tingling now down into the foot, was only in the buttock last month."),
            ("bladderOrBowelChange", "Back's killing me and I've no had a proper pee since yesterday."),
            ("cervicalArterialSigns", "Since the chiro did my neck, headache like never in my life, and dizzy."),
            ("cervicalArterialSigns", "Neck pain since Sunday, drinks going down wrong x2 today."),
            ("cervicalArterialSigns", "Sudden neck pain and a headache, not like my migraines at all."),
            ("infectionRisk", "Back's been murder all week. Out of hospital after a kidney infection."),
            (
                "fractureRisk",
                "Bent down for the paper and felt a pop in my back and ever since it's sharp. Bone scan last year "
                    + "said osteoporosis."
            ),
            ("gaitChange", "My wife says I walk different this week, and I keep drifting into the wall."),
            // The tenth review: pain that was only in the buttock and is now in the groin has spread into the saddle.
            ("saddleNumbness", "Numb in my groin and inner thighs now, was only in my left buttock till yesterday."),
        ],
        lookAlikes: [
            "Won a tenner at the bingo, I've got bingo fever!",
            // The tenth review: a new word must not catch the gym's own words.
            "Cued her to walk differently today, shorter stride on the treadmill.",
            "Squat felt weaker than last week, tired after three night shifts.",
            "28 weeks pregnant. Midwife says no movement restrictions, baby kicking loads.",
            "Pt stopped the set early on chest press, pain in the front of the shoulder.",
            "On methotrexate for years. Traffic was murder, sorry I was late. Knees feel great.",
            "Session went down wrong x2 this week, she was late both times, we'll move her slot.",
            "She needs to go see her GP about the knee, nothing happens on that waiting list.",
            "Legs just go to jelly on the last set of Bulgarians, every time.",
        ])
}
