import RebalanceCore

/// Wordings for KB 2027.02.15: drenching night sweats told as waking soaked or changing the sheets, and a fall over
/// a pet read as the client's own but not as new unsteadiness, with look-alikes (soaked by rain or a workout,
/// someone else's fall).
extension TriageWordings {
    static let fiftyThird = TriageWordings(
        mustRefer: [
            (
                "feverWithPain",
                "Mid back sore for 3 weeks, waking drenched most nights and having to change the sheets."
            ),
            ("feverWithPain", "Low back pain, and I've been waking up soaked in sweat, the sheets are wringing wet."),
            (
                "fractureRisk",
                "On prednisolone for years. Tripped over the cat Sunday, sat down hard and my back has hurt since."
            ),
        ],
        lookAlikes: [
            "Got soaked walking home in the rain last night, knees fine, hip mobility improving.",
            "Woke up early for the 6am class, drenched in sweat after the bike intervals, great session.",
            "Her dog tripped over the lead on their walk, no issues for her, squat depth better.",
            "Tripped over the dog yesterday, no harm done, squats good.",
            "Fell over the cat on the stairs last week, bruised knee, fine now, carry on with split squats.",
            "Sheets soaked from the baby's bottle leaking, up all night. Hips feel good.",
        ])
}
