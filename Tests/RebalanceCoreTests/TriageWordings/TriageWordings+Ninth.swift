import RebalanceCore

/// Wordings from the ninth helper-written set (KB 2026.12.3), each standing for the class it taught the rules.
extension TriageWordings {
    static let ninth = TriageWordings(
        mustRefer: [
            // Weight lost without trying is often written across sentences: the loss in one, the cause ruled out in
            // another.
            ("unexplainedWeightLoss", "Client wt 68 kg today, was 77 kg at intake in Feb (4 months). Not dieting."),
            ("unexplainedWeightLoss", "His trousers keep falling down, lost a stone without doing anything different."),
            (
                "unexplainedWeightLoss",
                "I lose 6 kg this last 6 weeks and I not change nothing in the food, I eat normal."
            ),
            // Breathless sitting still, and waking to sit up for air, in a second language.
            ("breathlessAtRestOrLyingFlat", "I have short breath even when I sit and doing nothing."),
            ("breathlessAtRestOrLyingFlat", "In the night I wake up and need sit up to catch air."),
            // A red streak from a graze on the shin; a steroid injection site now hot, red and swollen.
            (
                "infectionRisk",
                "Graze from the fall last wk - now red streak going up the shin, hot, swelling, bit of pus."
            ),
            (
                "infectionRisk",
                "Place of injection on my knee (steroid) now is very hot, red and swollen, much more pain."
            ),
            ("infectionRisk", "I have HIV, I take the medicine, but now I have a back pain since 2 weeks."),
            // Night pain that no position helps.
            ("nightPainUnrelievedByRest", "Shoulder. Constant, worst at night, wakes her, no comfy position."),
            (
                "nightPainUnrelievedByRest",
                "Back's worse at night now – doesn't matter if I lie on my side, back, or sit in the chair."
            ),
            // A leg that drags, and walking "like he's had a few" without a drink.
            ("gaitChange", "Been walking skew lately, my left leg sort of drags and there's no pain at all."),
            ("gaitChange", "He's been walking like he's had a few this week, bumping into door frames."),
            ("progressiveWeaknessOrNumbness", "My right foot is slapping on the floor when I walk and it's worse."),
            // Scots for wetting oneself.
            ("bladderOrBowelChange", "Back's still agony and now I've wet maself twice without even knowing."),
            // Turning the head "to check" is not a plan to check something.
            ("cervicalArterialSigns", "Turned head to check shoulder on rower -> sudden dizzy, face went numb."),
            ("cervicalArterialSigns", "Since then he's dizzy every time he turns the head, seeing double."),
            // Settled "w/ rest" (a decimal speed does not end the sentence);
            // collapsing for seconds; blacking out on a jog.
            ("chestPainOnExertion", "Incline walk 5.5 - stopped at 6 min, tight band across chest, settled w/ rest."),
            ("chestPainOnExertion", "Sprint intervals - collapsed on rep 4, out a few secs, came round quick."),
            ("chestPainOnExertion", "Went for a jog and like 10 min in I just blacked out, woke up on the sidewalk."),
            // A greeting is not someone else.
            ("recentSurgery", "Hello my friend, I did operation for hernia 5 weeks before, doctor said ok walking."),
            // A past cancer with its "all clear" and a new back pain nothing explains.
            ("historyOfCancer", "62M, Hx prostate ca 2018, told 'all clear'. New thoracic pain 3/52, no injury."),
            // Pregnant, clear fluid that keeps trickling: the waters, not the bladder.
            ("pregnancyComplication", "35/40. She thought she'd leaked urine but it kept trickling, clear, no smell."),
        ],
        lookAlikes: [
            // A blood pressure's bottom number is not numbness.
            "BP 132/86 today, bottom number a touch high, will recheck.",
            // The writer's patient, a child's fall, a parent's child with a fever while the writer is fine.
            "Coach i'm a nurse and my patient today had the saddle numbness thing, crazy shift. I'm fine just tired.",
            "Ma wee boy fell off the trampoline and can't put weight on his ankle, we're at A&E, won't make 6pm.",
            "Ma'am my son is having fever since yesterday 102, so I will miss tomorrow's class. I am fine only.",
            // Over and done with; a plan across a colon; a question about what to do.
            "Fever last week's completely gone, it was the flu, normal temp for 5 days now.",
            "Told him: if the ankle swells up again or he can't walk on it, ring me and don't come in.",
            "If I get pain in chest when running, what I must do? I ask only, I never have this.",
            // Weight lost on a plan, or after a baby.
            "Down 6 kg since Jan on the meal plan!! Jeans are loose!",
            "4 months postnatal, breastfeeding, lost 7 kg since the birth. Eating well, energy good.",
            // Sore chest muscles after chest day; a plate dropped on a foot; missing class.
            "After yesterday chest day (incline press and flyes) my chest muscles are sore, paining when I touch.",
            "Client dropped a 10 kg plate on his foot. Walked to the desk unaided, full weight, small graze only.",
            "Hi, I can't go today, I have a meeting since the morning.",
        ])
}
