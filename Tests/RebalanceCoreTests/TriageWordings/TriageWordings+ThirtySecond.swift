import RebalanceCore

/// Wordings from the forty-first helper-written set (KB 2027.01.01), each standing for the class it taught the rules,
/// in my own words.
extension TriageWordings {
    static let thirtySecond = TriageWordings(
        mustRefer: [
            ("calfPainAndSwelling", "R calf sore, looks puffy vs L, bit red behind the knee, warm to touch."),
            ("highBloodPressure", "Doc wen check my pressure, was 168 ova 98, neva take my pills."),
            (
                "bladderOrBowelChange",
                "Back sore from moving the couch and I peed my pants at the shop, never even felt it coming."
            ),
            // A grandchild writing to cancel her class writes for the client.
            (
                "fractureRisk",
                "My grandmother has osteoporosis and got sudden strong back pain bending for her slipper. Cancel her class."
            ),
        ],
        lookAlikes: [
            "My braddah had chest pain just sitting on the couch, ER last night. Me I stay good.",
            "Grip almost equal now, tingling only in the fingertips and fading each week.",
            "Intake form\nQ: Chest pain during exercise? A: No\nQ: Dizziness or fainting? A: No",
            "Reminder to all trainers: PAR-Q forms by Friday. Q3 is the one about chest pain at rest.",
            "Discharged from physiotherapy today, 26 weeks post-op. Cleared by the surgeon at 12 weeks.",
        ])
}
