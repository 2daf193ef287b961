import RebalanceCore

/// Wordings from the fifteenth helper-written set (KB 2026.12.9), each standing for the class it taught the rules.
extension TriageWordings {
    static let fifteenth = TriageWordings(
        mustRefer: [
            // "When I was reversing" says what they were doing, not a time of life.
            (
                "cervicalArterialSigns",
                "My neck went crack when I was reversing the car and I'm having trouble swallowing."
            ),
            (
                "chestPainOnExertion",
                "On the treadmill when I pushed the incline up my heart went really fast and fluttery."
            ),
            (
                "progressiveWeaknessOrNumbness",
                "My right foot has started slapping down, I can't lift the front of it properly."
            ),
            (
                "fractureRisk",
                "She sat down a bit heavily on the sofa and now has terrible low back pain. Her bones are thin."
            ),
            ("infectionRisk", "The graze on my shin is looking angry now, the red patch has spread up past my knee."),
        ],
        lookAlikes: [
            "Education: explained sudden severe headache or double vision after neck exercise = stop and seek help.",
            "Wants to hike Kilimanjaro. Discussed altitude breathlessness and what to do if ankles swell up there.",
            "Bench 80kg, squat 120kg, the Hyrox fever is real. Dropped the ball on stretching.",
            "Numb bum after the 3-hr car journey to the comp, gone once she walked around, bladder and bowel fine.",
            "Plan: teach him to recognise DVT signs (hot swollen calf) before his long-haul flight next month.",
        ])
}
