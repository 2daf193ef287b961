import RebalanceCore

/// Wordings from the twenty-eighth to thirtieth helper-written sets (KB 2026.12.16), each standing for the class
/// it taught the rules, in my own words.
extension TriageWordings {
    static let twentySecond = TriageWordings(
        mustRefer: [
            // Only the upper number written.
            ("highBloodPressure", "Pharmacist checked my BP at lunch, 176 over something, I didn't catch the rest."),
            ("historyOfCancer", "Ache between my shoulder blades for three weeks, fine since the prostate business."),
            ("pregnancyComplication", "I'm pregnant, 32 weeks, and I've barely felt him move since yesterday."),
            ("bladderOrBowelChange", "Keep going to wee and nothing really comes, lower back sore as well."),
            ("gaitChange", "Her walk looks off, catching her left toe on the step over and over."),
            ("gaitChange", "My legs are not obeying me since Monday, I walk like I'm on a boat."),
            ("unexplainedWeightLoss", "Dropped 4kg this month and I'm not doing anything different."),
            ("saddleNumbness", "Back's sore and when I sit it's like I'm sitting on nothing."),
            ("saddleNumbness", "Tingly in the seat area since I hurt my back on Saturday."),
            ("cervicalArterialSigns", "Since she cricked her neck she can't get her words out at times."),
            ("cervicalArterialSigns", "Neck stiff since the fall and my tea went down the wrong way twice today."),
            // "No matter" is not a denial of the bed after it.
            ("nightPainUnrelievedByRest", "No matter what position I try in bed the hip pain stays."),
            ("nightPainUnrelievedByRest", "Low back worse at night, nothing I do helps, lying any way or sitting up."),
            // Chest heaviness at rest that has eased still needs a doctor today.
            ("chestPainAtRest", "Heavy chest sitting in traffic this morning, sweaty with it, it's eased now."),
            // Eased after minutes sitting: brought on by effort, not at rest (see `chestPainThatEasesWithRest…`).
            (
                "chestPainOnExertion",
                "Chest tight like a band on the bike, eased after 3 mins sitting down. Second time."
            ),
            // A booking app's box wraps the line mid-sentence.
            (
                "chestPainAtRest",
                "Any changes since last visit?\nChest tightness on and off, even when\nI'm just sitting on the\nsofa"
            ),
            ("traumaUnableToBearWeight", "Fell off the step on Sunday onto my knee, can't get any weight on it."),
            ("unexplainedWeightLoss", "Weight 82.0 → 77.5 kg over 5 wks\nNot cutting, appetite meh"),
            ("progressiveWeaknessOrNumbness", "Numb patch on my left foot last week, now its up to the knee."),
            ("breathlessAtRestOrLyingFlat", "He's been sleeping in the armchair, lying down flat makes him puff."),
            ("recentSurgery", "Gallbladder out 5 weeks ago, the surgeon's follow-up is next month, feeling grand."),
            (
                "chestPainOnExertion",
                "Pressing feeling behind the breastbone halfway up the hill, stops till it passes."
            ),
            // A relative writing for the client who "wants to come to class".
            (
                "fractureRisk",
                "My father is 83, his bones are thin. He reached up to the cupboard and felt sudden pain in his back."
                    + " He wants to come to class anyway."
            ),
        ],
        lookAlikes: [
            "Mr Patel's son rang, he's having his knee op on the 3rd so he'll miss the next two weeks.",
            "Had the spinal surgery for cauda equina in 2015, full recovery, nothing since. Keen to deadlift.",
            "Granddaughter's got a temperature so I'm minding her, cancel Friday please.",
            "Night shift: had a pt come in who couldn't feel anything down below, off to theatre. I'm grand.",
            "If I got a clot in my calf on the long flight, how would I even know?",
            "My legs gave way... with laughing at Sandra last night 😂",
            "Cant get comfy no matter what position on this plane seat, see you Friday!",
            "Reminder to staff: anyone joining the Monday class after surgery needs a clearance letter.",
            "My legs just went on the dance floor at the wedding, out til 3, feeling it today.",
            "Pregnant, 20 weeks, swam in the sea this morning and the waters were freezing!",
            "Down 2 kg this week but I had a stomach bug, eating normally again.",
            "PA here: Tom's had back-to-back meetings all day and has a numb bum, wants an extra session to move.",
            "Heard on a podcast that numbness in the groin with back pain is an emergency, is that true? I'm fine.",
            "Mum's BP was 168/102 at the GP, sorry if I'm late tonight.",
            "Handed out the stop and call sheet to the pregnant mums: bleeding, fluid leaking, fewer kicks.",
        ])
}
