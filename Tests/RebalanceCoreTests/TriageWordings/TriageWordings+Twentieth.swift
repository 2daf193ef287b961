import RebalanceCore

/// Wordings from the twenty-second to twenty-fourth helper-written sets (KB 2026.12.13), each standing for the class
/// it taught the rules, in my own words.
extension TriageWordings {
    static let twentieth = TriageWordings(
        mustRefer: [
            // A grandchild or son writing about a grandparent's or parent's class with the trainer.
            ("recentSurgery", "Nana had her knee replaced on the 4th of last month and wants her class with you back."),
            ("cervicalArterialSigns", "Worst headache of my life since this afternoon, right up the back of my neck."),
            ("infectionRisk", "On methadone now but injected a few times last month; mid back getting worse."),
            (
                "bladderOrBowelChange",
                "Back sore since Sunday, I try to pee and nothing come out even though I feel full."
            ),
            ("feverWithPain", "Temp keeps going up and down and my hip is throbbing."),
            ("pregnancyComplication", "I'm 34 weeks pregnant and my belly tightens every 5 minutes since lunch."),
            (
                "progressiveWeaknessOrNumbness",
                "Both legs feel heavier every day this week, hard to get out of the car."
            ),
            // A form's "Y" between a label and its description.
            ("chestPainAtRest", "Chest discomfort: Y — squeezing, comes on sitting at my desk."),
            // "Used to be" after "now" compares; it does not end the sign.
            ("breathlessAtRestOrLyingFlat", "Need 3 pillows at night now, used to be 1."),
            // A companion is not the one it happened to.
            (
                "chestPainOnExertion",
                "Hiked with my buddy and halfway up got a tightness across my chest, stopped till it went."
            ),
            ("gaitChange", "Walking in from the car park she was drifting left and touched the hallway wall twice."),
            ("infectionRisk", "Kidney transplant 2019, still on tacrolimus, and my lower back is achy this week."),
            ("nightPainUnrelievedByRest", "Shoulder wakes me every night and lying down makes it worse."),
            (
                "cervicalArterialSigns",
                "Had his neck adjusted Friday, since then a headache and he chokes when he drinks."
            ),
            ("chestPainOnExertion", "On the incline walk his chest felt burning in the middle, settled sitting down."),
            ("bladderOrBowelChange", "Back very bad, I go toilet and no urine come out since last night."),
            ("feverWithPain", "He's had a temp since Sunday and now his hip hurts even lying in bed."),
            (
                "historyOfCancer",
                "Back's been grumbling for weeks. Had my 5 year all clear from breast cancer in spring."
            ),
            ("nightPainUnrelievedByRest", "Hip is fine in the day but at night I cannot find position to relax it."),
            ("feverWithPain", "Shivery all day, 38.9 on the thermometer, lower back aching."),
            ("unexplainedWeightLoss", "Weigh-in: 61 kg (67 in March). Not dieting, appetite normal."),
        ],
        lookAlikes: [
            "Had glandular fever at uni, all good now.",
            "My son has fever so I cannot come today, sorry.",
            "Colleague collapsed at work with a bad headache and slurred words; I'm fine, a bit shaken.",
            "Roommate's pregnant and had some spotting, driving her to the OB.",
            "Asked re any chest tightness on the incline: none on hills, none at rest.",
            "Guy at work lost 2 stone without trying, turned out to be thyroid. I feel great.",
            "Read online that bad backs can cause numbness down there. Mine's just stiff, nothing like that.",
            "Years back I went dizzy after a chiro session; checked out, nothing serious. Neck's fine.",
            "The dog can't put any weight on her back leg, vet at four, need to leave early.",
            "Screened: no numbness groin/inner thigh, waterworks and bowels normal, legs feel strong.",
        ])
}
