import RebalanceCore

/// Wordings from the seventh and eighth reviews and the fortieth helper-written set (KB 2026.12.29 to .31), each
/// standing for the class it taught the rules, in my own words.
extension TriageWordings {
    static let thirtyFirst = TriageWordings(
        mustRefer: [
            // "-ve" after a test denies the test, not the signs after it.
            ("saddleNumbness", "Cough/sneeze -ve, saddle numbness since Tuesday, bladder ok."),
            ("saddleNumbness", "Slump -ve, SLR +ve L, numb around the back passage reported today."),
            ("feverWithPain", "Covid test -ve, still shivery and temp 38.9, back is agony."),
            // A denied verb rules the whole exception out, whatever else it names.
            ("saddleNumbness", "Numbness in the saddle area after cycling, didn't go away when I got off."),
            ("saddleNumbness", "Tingling down below after spin, hasn't worn off even though I got off hours ago."),
            ("bladderOrBowelChange", "Since 2 days the urine not coming, bladder full, back pain very bad."),
            ("bladderOrBowelChange", "Had to take the day off work, can't tell when I need a wee since Friday."),
            ("highBloodPressure", "The woman at the pharmacy took my BP, it was 188/118."),
            ("feverWithPain", "Back pain, and my temperature when I wake up is 38.6 every day this week."),
            ("gaitChange", "Walking funny all week, can't be the new boots, I've had them a year."),
            // Set 40.
            ("nightPainUnrelievedByRest", "Back gets worse when I lay down at night, I end up sleeping in the chair."),
            ("bladderOrBowelChange", "Back is killing me and I haven't peed since last night."),
            ("pregnancyComplication", "35 weeks pregnant. Wet in my undies that wasn't wee, trickling since."),
            (
                "chestPainOnExertion",
                "Every time I get going stacking bales my chest goes tight, have to stop till it quits."
            ),
            (
                "progressiveWeaknessOrNumbness",
                "Hands numb for weeks and now it's gone up past my wrists, dropping cups."
            ),
            // The eighth review: a denied verb reaches the whole item; "-ve" opening an item denies only that item;
            // being fine sitting up is what breathlessness lying flat means.
            ("saddleNumbness", "Saddle numbness didn't go away when I got off the bike, still there this morning."),
            ("saddleNumbness", "-ve trauma, new numbness in the saddle area since this morning."),
            ("breathlessAtRestOrLyingFlat", "Breathless when I lie flat, fine sitting, ankles swollen."),
            ("feverWithPain", "Not sure if it matters but my temp is 38.6 today and my back is killing me."),
            ("infectionRisk", "Used to use needles, type 1 diabetic too. Back pain worse every week."),
            ("saddleNumbness", "Reminder to self: book the GP, numb in the saddle area since Sunday."),
            ("feverWithPain", "Back sore and a Mild fever since yesterday."),
            // A coach writing in the second person.
            (
                "nightPainUnrelievedByRest",
                "You said the back wakes you up every night and nothing you do makes it ease."
            ),
        ],
        lookAlikes: [
            "Numb in the saddle area after cycling yesterday but no worries, it passed.",
            "Numbness down there on the long ride, eased not long after I got off the bike.",
            "Been using needles for my IVF injections for 3 weeks, lower back aching.",
            "My drive keeps going to one side on the golf course, back fine.",
            "Walking funny all week, no surprise after the squats.",
            "Walking funny all week, no pain, just the new shoes rubbing.",
            // Set 40.
            "Bad case of Black Friday fever, bought new lifting shoes and a belt.",
            "One of the guys in my unit got a clot in his calf after the flight, leg all swollen. I'm good.",
            "You said the tingling down your leg has shrunk back to just your butt cheek now.",
            "Chest cold mostly gone, only puffed if I run for the bus, fine sitting and sleeping.",
            "Coach said pain that wakes you every night and nothing you do makes it ease is a red flag. Mine's fine.",
        ])
}
