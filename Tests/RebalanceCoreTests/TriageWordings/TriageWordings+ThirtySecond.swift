import RebalanceCore

/// Wordings from the forty-first helper-written set and the ninth review (KB 2027.01.01 and .02), each standing for
/// the class it taught the rules, in my own words.
extension TriageWordings {
    static let thirtySecond = TriageWordings(
        mustRefer: [
            ("calfPainAndSwelling", "R calf sore, looks puffy vs L, bit red behind the knee, warm to touch."),
            ("highBloodPressure", "Doc wen check my pressure, was 168 ova 98, neva take my pills."),
            (
                "bladderOrBowelChange",
                "Back sore from moving the couch and I peed my pants at the shop, never even felt it coming."
            ),
            // The ninth review: a worsening that is "less each week" is no recovery, and a physio's discharge is no
            // surgeon's clearance.
            (
                "progressiveWeaknessOrNumbness",
                "Legs weaker every day, walking less each day, numbness spreading up both legs."
            ),
            (
                "recentSurgery",
                "Hip replacement 4 weeks ago. Discharged from physiotherapy last week, not seen the surgeon."
            ),
            (
                "chestPainOnExertion",
                "The question about chest pain: yes, tight chest walking uphill every morning this week."
            ),
        ],
        lookAlikes: [
            "My braddah had chest pain just sitting on the couch, ER last night. Me I stay good.",
            "Grip almost equal now, tingling only in the fingertips and fading each week.",
            "Intake form\nQ: Chest pain during exercise? A: No\nQ: Dizziness or fainting? A: No",
            "Q: Chest pain during exercise?\nA: No",
            "Reminder to all trainers: PAR-Q forms by Friday. Q3 is the one about chest pain at rest.",
        ])
}
