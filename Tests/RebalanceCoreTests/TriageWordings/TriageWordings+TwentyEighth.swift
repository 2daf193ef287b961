import RebalanceCore

/// Wordings from the thirty-sixth helper-written set (KB 2026.12.23), each standing for the class it taught the
/// rules, in my own words.
extension TriageWordings {
    static let twentyEighth = TriageWordings(
        mustRefer: [
            (
                "fractureRisk",
                "I write for my father. He is on steroid tablets for years, bent to lift a box and got sudden severe"
                    + " back pain."
            ),
            ("nightPainUnrelievedByRest", "At night the hip wakes me and whichever side I lie it hurts more."),
            ("bladderOrBowelChange", "I write for my mother. Her back hurts and it just comes out before the toilet."),
            ("calfPainAndSwelling", "L cafe swollen and warm, tender to touch since the long drive."),
            ("unexplainedWeightLoss", "Dropped 15 lb and I ain't been tryin, eatin like a horse."),
            ("breathlessAtRestOrLyingFlat", "Can't get comfy, up on 4 pillows or I'm gasping, ankles like balloons."),
            (
                "cervicalArterialSigns",
                "Since the neck adjustment my headache is nothing like my normal ones and I see double turning my head."
            ),
            ("recentSurgery", "Hysterectomy in the autumn, no sign off from the surgeon yet."),
            ("gaitChange", "His wife says he's been walking like he's on a boat for about a week."),
            // A cue that the note is about someone else does not reach over "but".
            ("historyOfCancer", "I volunteer at the hospice, but I had bowel cancer and now my back aches, no injury."),

            // The third review's examples: what the narrowed readings must still find.
            ("chestPainOnExertion", "Chest tightness  Walking up hills, goes when I stop - is that normal?"),
            (
                "bladderOrBowelChange",
                "Any numbness in the saddle area? No  Bladder or bowel problems, including new difficulty"
                    + " passing urine? Yes, since Tuesday"
            ),
            ("saddleNumbness", "Did kettlebell swings on Monday and since then I can't feel the paper when I wipe."),
            ("chestPainOnExertion", "Chest goes tight walking up the hill, chest was fine once I stopped."),
            (
                "traumaUnableToBearWeight",
                "She fell on the ice, can't put weight on her hip, not walking normally now at all."
            ),
            ("saddleNumbness", "Numb down below since the long bike ride on Sunday, still not back to normal."),
            ("recentSurgery", "Knee op 3 weeks ago, not signed off yet."),
            ("historyOfCancer", "Had bowel cancer in 2019, my back's at me again lately."),
        ],
        lookAlikes: [
            "If you're ever short of breath sitting still, tell your coach.",
            "The chest infection is loads better, I can sleep flat again now, bit puffed on the stairs.",
            "Numb bits after a long ride on the new saddle, back to normal by the time I'd showered.",
            "Rolled my ankle Saturday, couldn't put weight on it at first, now walking normally.",
            "Night shift: had a man come in with crushing chest pain and sweating. Can I book Thursday?",
            // The third review's examples: what the new readings must not refer.
            "Went through red flags with her: chest pain on exertion, but also any numbness in the saddle area = A&E.",
            "I'm a paramedic so long shift last night, but the last job was a man with crushing chest pain.",
            "Legs really heavy walking up the hill today, chest great.",
            "Leg gave way while deadlifting, just tired.",
            "Since the baby, if I jump or sneeze it just comes out.",
            "Headache nothing like my normal ones, just a dull one from not drinking enough.",
            "Shoulders are stiff whichever side I sleep on, think it's the new pillow.",
            "Fell over on the ice about a week ago, knee's a bit sore.",
            "Post-run brunch at r cafe, massive fry up.",
            "Down 5 kg since I started with you and eating like a horse, the training is working!",
            "Hi guys, Dad's been rushed in with chest pain walking up the stairs, sorry won't make Thursday.",
        ])
}
