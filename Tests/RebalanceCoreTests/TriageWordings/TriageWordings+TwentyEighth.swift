import RebalanceCore

/// Wordings from the thirty-sixth helper-written set (KB 2026.12.23), each standing for the class it taught the
/// rules, in my own words.
extension TriageWordings {
    static let twentyEighth = TriageWordings(
        mustRefer: [
            (
                "fractureRisk",
                "Sir, my father is on steroid tablets for years. He bent to lift a box and got sudden severe back pain."
                    + " His session is on Monday."
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
        ],
        lookAlikes: [
            "If you're ever short of breath sitting still, tell your coach.",
            "The chest infection is loads better, I can sleep flat again now, bit puffed on the stairs.",
            "Numb bits after a long ride on the new saddle, back to normal by the time I'd showered.",
            "Rolled my ankle Saturday, couldn't put weight on it at first but walking normally now.",
            "Night shift: had a man come in with crushing chest pain and sweating. Can I book Thursday?",
        ])
}
