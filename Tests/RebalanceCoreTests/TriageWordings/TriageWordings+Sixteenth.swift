import RebalanceCore

/// Wordings from the sixteenth helper-written set (KB 2026.12.10), each standing for the class it taught the rules.
extension TriageWordings {
    static let sixteenth = TriageWordings(
        mustRefer: [
            // A "wee bit" before "but" explains nothing after it.
            (
                "bladderOrBowelChange",
                "Wee bit awkward to say but I wet myself last night without noticing, back is sore."
            ),
            // An earlier weight with its month, across a dash, and a word that nothing explains it.
            ("unexplainedWeightLoss", "Scales say 70 kg – was 77 kg in April. Not dieting at all, appetite poor."),
            // A cancer "all clear" is its history, not a "no"; the new pain has no cause of its own.
            ("historyOfCancer", "PMHx: bowel cancer 2019, surgery and chemo, all clear. New low back ache, no injury."),
            // A time after the pain dates the osteoporosis named after it, not the pain.
            (
                "fractureRisk",
                "I sneezed hard and now a sharp pain in my ribs, and I have osteoporosis from three years ago."
            ),
            ("infectionRisk", "L ankle hot and red since this morning, no injury, felt shivery last night."),
            ("infectionRisk", "The scrape on her knee: redness has spread past the line I drew yesterday."),
            ("breathlessAtRestOrLyingFlat", "I cannot lie down at night, I sit up in the recliner or I have no air."),
            ("gaitChange", "He looked unsteady walking down the hallway today, hands on the wall the whole way."),
            // A return to the gym that is booked is not an operation still to come.
            (
                "recentSurgery",
                "Booked for return to training after ACL repair, 5/52 post-op, no word from the surgeon."
            ),
        ],
        lookAlikes: [
            "One of her patients at 30/40 had a bleed on the ward today. She's fine, kept the session easy.",
            "My training partner twisted his ankle and couldn't stand on it, so he'll miss our duo session.",
            "Please update my address: the bowel cancer screening kit letters keep going to the old one.",
            "The new spin class playlist is numbingly dull. Legs felt great though.",
            "CPD workshop notes: osteoporosis + sudden pain after minor strain = refer. Today's client: no pain.",
            "Long shift on the ambulance: two strokes with slurred speech. I'm fine, upper body please.",
            "Car broke down so I'm walking in, might be late. Back's fine.",
            "Hx breast ca 2015, all clear. Sore glutes after the first hip-thrust session, DOMS, easing.",
            "Leg pain only reaches the buttock now, pins and needles gone from the toes. Progressing bridges.",
            "He has a hernia operation booked for next month, so please pause the membership from the op date.",
        ])
}
