import RebalanceCore

/// Wordings from the forty-seventh helper-written set and reviews 13–15 (KB 2027.01.09 and .10), each standing
/// for the class it taught the rules, in my own words.
extension TriageWordings {
    static let thirtySeventh = TriageWordings(
        mustRefer: [
            ("breathlessAtRestOrLyingFlat", "Can hardly catch my breath even sitting still on the couch tonight."),
            ("unexplainedWeightLoss", "Lost 14 pound since the spring and I ain't trying, eating the same as ever."),
            (
                "infectionRisk",
                "Had a kidney infection a fortnight back and now my lower back is in bits, worse every day."
            ),
            ("nightPainUnrelievedByRest", "Hip wakes me at night and whatever side I turn it won't settle."),
            ("calfPainAndSwelling", "Left calf swelled right up after the long drive, warm and tender."),
            ("pregnancyComplication", "26 weeks pregnant, a bit of spottin this morning, fresh red."),
            ("pregnancyComplication", "31 weeks pregnant and haven't felt my baby kick at all today."),
            // Review 16: fewer kicks than usual refer at any week; not having felt one yet, from 20 weeks.
            ("pregnancyComplication", "Midwife note pasted: 34/40, RFM today, advised to attend triage."),
            ("pregnancyComplication", "Usually so active but hardly any movement today, I'm 30/40."),
            ("pregnancyComplication", "Lost my first at 18 weeks pregnant. Not felt the baby kick since lunch."),
            ("pregnancyComplication", "Not felt any kicks yet and she's 26/40."),
        ],
        lookAlikes: [
            "My oupa lost 10 kg without trying and is having scans; I'm fine and coming Thursday.",
            "Dropped a 20 pound plate on my toe, aint tryin that again! Toe bruised but walking fine.",
            "Was laughing so much sat in the café that I could hardly catch my breath.",
            "New mattress: whichever side I turn it, it sags in the middle. Back a bit stiff, loosens after a walk.",
            "I cannot catch the 6am class anymore, sitting in traffic every morning. Can we do 7?",
            "Asked whether any numbness down below: no, never.",
            "15 weeks pregnant, haven't felt the baby kick yet, midwife says any week now.",
            "Pregnant, GA 13, no kicks felt yet, feeling more energy this week.",
        ])
}
