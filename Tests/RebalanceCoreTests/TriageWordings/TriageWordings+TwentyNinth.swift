import RebalanceCore

/// Wordings from the thirty-seventh helper-written set (KB 2026.12.24 and .25), each standing for the class it taught
/// the rules, in my own words.
extension TriageWordings {
    static let twentyNinth = TriageWordings(
        mustRefer: [
            ("gaitChange", "Her gait is noticeably different today, veering left since about Thursday."),
            ("breathlessAtRestOrLyingFlat", "Just sitting on the couch and still breathing hard, three days now."),
            ("progressiveWeaknessOrNumbness", "It started in my foot and now it's up past the knee."),
            // "Not realising" is the sign itself, not a denial of it.
            ("bladderOrBowelChange", "Twice this week I soiled myself not realising I needed to go."),
            ("nightPainUnrelievedByRest", "Back is more bad when I lie down at night, I sit in the chair to sleep."),
            // "St." is Saint, not the end of a sentence.
            ("chestPainOnExertion", "Walked up to St. Anne's and my chest went tight, eased after standing a minute."),
            (
                "traumaUnableToBearWeight",
                "Came off the ladder Friday, cant put no weight on my left leg, using my mums crutches."
            ),
            ("saddleNumbness", "Says the area he sits on feels like after a dentist injection."),
            (
                "chestPainOnExertion",
                "Hauling bags up the ladder I got a tight band across my chest, went away when I sat down."
            ),
            // The fourth review's examples: what the new readings must not hide.
            ("chestPainAtRest", "Woke at 3am with a tight chest, sweating, went away when I sat up."),
            (
                "bladderOrBowelChange",
                "Bladder or bowel changes? None  Except can't feel when I need to go since Monday"
            ),
            ("bladderOrBowelChange", "Bladder hasn't really been normal for a week, can't tell when I need to go."),
            ("bladderOrBowelChange", "Back went Monday, now wee just comes out without me knowing, hurts to cough."),
            ("cervicalArterialSigns", "Awful headache since Saturday, nothing like my usual ones, been sick twice."),
            ("saddleNumbness", "Back op 4 weeks ago, not signed off yet and numb down below since Sunday."),
            ("chestPainOnExertion", "\u{2610} Chest pain walking uphill - yes, since last week, goes when I stop"),
            (
                "chestPainOnExertion",
                "Did the charity fun run down Mill St. Chest went tight on the hill, eased when I stopped."
            ),
            // The fifth review's examples.
            ("saddleNumbness", "Bladder or bowel changes? No  Numb round my bum since Monday"),
            ("chestPainOnExertion", "Any chest pain? No  I get chest tightness on hills"),
            (
                "bladderOrBowelChange",
                "Wet myself twice since Monday without noticing, and when I cough it shoots down."
            ),
            ("breathlessAtRestOrLyingFlat", "Short of breath between sets and now short of breath at rest too."),
            (
                "progressiveWeaknessOrNumbness",
                "Tingling in both feet creeping up past my ankles, leg giving out on squats."
            ),
            ("saddleNumbness", "Since my back went Friday I can't feel the saddle."),
            ("recentSurgery", "ACL recon 8 weeks ago, surgeon hasn't signed off yet."),
            ("chestPainOnExertion", "Walked up Mt. Tam, chest went tight halfway."),
        ],
        lookAlikes: [
            "Bladder trouble last year was the cold tablets, fine since.",
            "\u{2610} chest pain  \u{2610} SOB  \u{2610} dizziness, all nil.",
            "Pt of mine came in last night with crushing chest pain, straight to the cath lab. I'm all good.",
            "Breathing hard during intervals, settles within 2 min of rest.",
            // The fourth review's examples: what the new phrases must not refer.
            "Plantar fasciitis pain started in my foot and now the calf is tight up to the knee.",
            "Breathing heavy between sets, back to normal with 90s rest.",
            "Lunges today, left leg keeps giving out on the last rep.",
            // The fifth review's examples.
            "Any bladder or bowel changes? No  Happy to train Mon and Wed.",
            "\u{2610} Loss of bladder or bowel control  \u{2610} Numbness in the saddle area (groin)  \u{2611} Back",
            "Headache not like my usual, after a bad night's sleep.",
        ])
}
