import RebalanceCore

/// Wordings from the thirty-third helper-written set (KB 2026.12.20), each standing for the class it taught the
/// rules, in my own words.
extension TriageWordings {
    static let twentyFifth = TriageWordings(
        mustRefer: [
            ("chestPainOnExertion", "On the bike after ten minutes my chest squeeze, I stop and it go away."),
            ("chestPainOnExertion", "Each time the trail got steep my chest went tight and I had to stop."),
            // "Never had this happen before" ends its denial.
            ("saddleNumbness", "Never had this happen before, woke up numb between my legs today."),
            ("traumaUnableToBearWeight", "Came off the ladder Friday, can't take any weight on the left foot."),
            (
                "progressiveWeaknessOrNumbness",
                "Pins and needles from my toes is now up past my knee, other foot as well."
            ),
            ("nightPainUnrelievedByRest", "Every night the back wakes me, lying down is agony, so I pace the hall."),
            // A phone's dictation of "left calf".
            ("calfPainAndSwelling", "Client says her left cough is swollen and hot since Sunday."),
        ],
        lookAlikes: [
            "Down a kilo and a half, that's just the tummy bug going round the office.",
            "Gave Ruth the when to worry handout: numb saddle area, bladder changes, weak legs. She has none.",
        ])
}
