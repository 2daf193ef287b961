import RebalanceCore

/// Wordings from the thirty-first helper-written set (KB 2026.12.17), each standing for the class it taught the
/// rules, in my own words.
extension TriageWordings {
    static let twentyThird = TriageWordings(
        mustRefer: [
            // A double negative still says the loss was not sought.
            ("unexplainedWeightLoss", "Trousers hanging off me, 5 kilo gone since summer without doing nothing."),
            ("historyOfCancer", "Had my prostate out a few years back, now an ache in my ribs I can't explain."),
            // A note opening with a greeting and then Dad is written for Dad.
            ("gaitChange", "Morning! Dad's walking with tiny steps lately and tripping on the carpet."),
            ("chestPainOnExertion", "Chest goes tight when I carry the shopping up the hill, goes off when I stop."),
            ("feverWithPain", "Ankle swollen up overnight and sore, I'm all shivery today."),
        ],
        lookAlikes: [
            "Rowing intervals left me gasping for a minute or two, fine after sitting on the floor.",
            "Strained my calf at tennis last week, bruising fading and swelling down, walking fine.",
            "Came in all shivery from the wind on the bike, knee still a bit sore from Saturday's match.",
        ])
}
