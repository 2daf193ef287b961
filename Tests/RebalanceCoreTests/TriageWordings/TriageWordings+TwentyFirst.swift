import RebalanceCore

/// Wordings from the twenty-fifth to twenty-seventh helper-written sets (KB 2026.12.15), each standing for the class
/// it taught the rules, in my own words.
extension TriageWordings {
    static let twentyFirst = TriageWordings(
        mustRefer: [
            // A form's lines each answer their own label.
            ("highBloodPressure", "INTAKE\nBlood pressure: 152/106\nSmoker Y/N: N\nGoals: lose 10 lb"),
            ("calfPainAndSwelling", "Calf circumference 2.5 cm more on the right, warm to touch, new ache."),
            ("gaitChange", "Came in wobbly today, grabbing onto the rail all the way to the mat."),
            ("gaitChange", "Been walking weird this week, my right foot keeps catching on nothing."),
            ("cervicalArterialSigns", "Since my neck went stiff my words come out mushed now and then."),
            ("chestPainOnExertion", "Coach saw him holding his chest during the sprint repeats, sat him out."),
            (
                "chestPainOnExertion",
                "Tight band across my chest on the steep trail, goes away when I stop for a minute."
            ),
            ("nightPainUnrelievedByRest", "Hip wakes her most nights and lying still makes it worse, not better."),
            (
                "fractureRisk",
                "Thin bones, her doctor says. Leaned on the sink awkwardly and her wrist has been sore since."
            ),
            ("unexplainedWeightLoss", "Lost 12 lbs since summer and I'm eating the same as always, no idea why."),
            ("progressiveWeaknessOrNumbness", "Tingling that was only my thumb is now my whole hand."),
            ("progressiveWeaknessOrNumbness", "Grip feels weak and I keep dropping my keys and my phone."),
            ("progressiveWeaknessOrNumbness", "Both feet numb, started in my toes, now up to my ankles and knees."),
            ("breathlessAtRestOrLyingFlat", "She couldn't catch her breath sitting in reception, ankles puffy."),
            ("feverWithPain", "Elbow hot and swollen since yesterday and he's been feeling flu-ish."),
            ("bladderOrBowelChange", "Back's killing me and I havent been able to pee since this morning."),
            ("bladderOrBowelChange", "Says she can't tell when she needs to go #2 anymore, back worse."),
            ("saddleNumbness", "His seat feels numb like after the dentist, and the inside of his thighs too."),
            // A reviewer's notes where a new cue must not reach: a saying only as whole words, a grip-only
            // shield, a discharge that is not a clearance, a trainer describing the client, a heading's line.
            ("saddleNumbness", "Numb between my legs day and night since the fall."),
            (
                "progressiveWeaknessOrNumbness",
                "Both feet numb, now up to my knees; back ache goes as soon as I lie down."
            ),
            ("recentSurgery", "Hip replacement 10 days ago, discharged at day 3, follow up with surgeon in 6 weeks."),
            ("chestPainOnExertion", "72 y/o man, new client, chest tightness on the stairs, eases with rest."),
            ("calfPainAndSwelling", "Not sure if anyone told you but my calf's been swollen and hot since the flight."),
            ("feverWithPain", "Back's killing me and this bug gave me chills all night."),
            ("chestPainOnExertion", "Client c/o: chest tightness. On the stairs. Eases with rest. Since last week."),
            // Second-language English and Scots: "can not", "I fall from", "cannae put ony weight".
            (
                "traumaUnableToBearWeight",
                "I fall from my bike yesterday, the ankle is very swollen and I can not walk on it."
            ),
            ("traumaUnableToBearWeight", "Came off the scooter, landed on my hip, cannae put ony weight on that leg."),
            (
                "progressiveWeaknessOrNumbness",
                "The numbness was only my calf last week, now it's all up the back of my thigh."
            ),
            ("breathlessAtRestOrLyingFlat", "I can not lie flat at night, I must sit up or there is no air."),
            (
                "nightPainUnrelievedByRest",
                "When I lie down in bed it is worse, not better, so I get up and walk at night."
            ),
            (
                "historyOfCancer",
                "My mother had breast cancer, treated 2018. For a month she has pain in the upper back, no fall. She"
                    + " wants to start training with you."
            ),
        ],
        lookAlikes: [
            "No numbness at all, can feel everything down there fine, just a stiff back.",
            "Laughed so hard at the quiz I nearly wet myself, see you at 6.",
            "Long ride Sunday, bit numb from the saddle near the end, went away ten minutes after I got off.",
            "C-section was 9 months ago, GP cleared me at the 6 week check, keen to build up.",
            "Running late, her daughter has a fever so she's waiting for the sitter. Back feels good.",
            "Can only go 2 days a week since the car accident.",
            "Straight from the dentist so please raise my bike seat.",
            "Hill sprints, couldn't catch my breath so sat down for a minute.",
            "Walking weird since my new boots gave me a blister.",
            "Legs wobbly after lunges, grabbing the rail down the stairs.",
            "Legs are destroyed after leg day, quads swollen and sore, stairs are a joke.",
            "This wind is giving me chills, wrapped up warm. See you at 7.",
            "Quick question: what do we do if my waters break in class? All good for now!",
            "Would it be bad to train if I had a fever? Asking for flu season, I'm well.",
            "Team plan: if an athlete can't bear weight after a fall, call the trainer, don't walk them off.",
            "Reminder to staff: if a client mentions saddle numbness or bladder trouble, send them same day.",
            "Shift was wild, older lady slipped and couldn't bear weight on her hip. My back feels great.",
            "Nurse client: had a pt today whose legs went numb and couldn't pee, straight to theatre. I'm fine.",
            "Knee op in March, cleared at the 6 week post-op review, back to full training.",
            "Pins + needles in both hands on the rower when gripping hard, gone as soon as she relaxes her grip.",
        ])
}
