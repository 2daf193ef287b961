import RebalanceCore

/// Wordings from the forty-seventh helper-written set and review 13 (KB 2027.01.09), each standing for the class it
/// taught the rules, in my own words.
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
            ("feverWithPain", "Back's been sore all week and I've had the shivers all night, 101 on the thermometer."),
            ("calfPainAndSwelling", "Left calf swelled right up after the long drive, warm and tender."),
            ("pregnancyComplication", "26 weeks pregnant, a bit of spottin this morning, fresh red."),
            ("pregnancyComplication", "31 weeks pregnant and didn't feel baby kick at all today."),
            // A question the note answers yes is the client's sign, not a plan.
            ("saddleNumbness", "Asked if she had any numbness down below, said yes since Monday."),
        ],
        lookAlikes: [
            "My grandma lost 6 kg without trying and they're doing scans; I'm fine and coming Thursday.",
            "You asked me whether I have a fever: no, no chills either, just stiff from driving.",
            "What would yous do if me BP came in at 170/105 one day? Mine's always 120/78.",
            "The calf's navel swelled up so the vet is coming out to the farm.",
            "Asked whether any numbness down below: no, never.",
        ])
}
