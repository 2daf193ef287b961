import RebalanceCore

/// Wordings from the thirty-eighth and thirty-ninth helper-written sets (KB 2026.12.27 and .28) and the sixth
/// review, each standing for the class it taught the rules, in my own words.
extension TriageWordings {
    static let thirtieth = TriageWordings(
        mustRefer: [
            ("recentSurgery", "Had my shoulder scoped on the 9th of this month, feeling good, back Monday?"),
            (
                "pregnancyComplication",
                "31 weeks pregnant and baby hasn't really been moving since last night, usually she's wild."
            ),
            (
                "bladderOrBowelChange",
                "Back sore since Tuesday and when I go for urine it is not coming, only a little bit."
            ),
            ("gaitChange", "My daughter says I'm shuffling and drifting to one side on our walks."),
            // A minus before a weight on a weigh-in is a loss.
            ("unexplainedWeightLoss", "Weigh-in today -4.8kg since March, not dieting, eating as usual."),
            // Asking to be reminded of a class time does not make the note about someone else.
            (
                "unexplainedWeightLoss",
                "Down like 12 pounds since summer and not even trying, remind me when Saturday is?"
            ),
            ("gaitChange", "Keep catching my left toes on the pavement, tripped many times when I walk."),
            // An exception that is itself denied is no exception.
            (
                "traumaUnableToBearWeight",
                "Came off the ladder Sunday, today I'm not walking normally, can't put weight through the heel."
            ),
            ("saddleNumbness", "No sensation between my legs when I sit, since my back went on Friday."),
            // Set 39.
            ("gaitChange", "My walking is not straight since last week, I keep going to one side."),
            ("saddleNumbness", "Back sore since lifting the benches and an odd deadness in the seat area today."),
            ("calfPainAndSwelling", "L calf sore 3 days. Girth L 40cm vs R 37cm, warm and red."),
            (
                "infectionRisk",
                "I used to use needles till the summer, clean now, but my back has been killing me for two weeks."
            ),
            // A foster parent writes for the client, and the friend's trampoline is only where it happened.
            (
                "traumaUnableToBearWeight",
                "I foster Jade. She fell off her friend's trampoline last night and can't walk on her foot at all."
            ),
            ("bladderOrBowelChange", "Since 2 days I don't have control for urine, it comes without I know."),
            // "-ve" is a written "negative"; "+ve" is a finding, not a denial.
            ("progressiveWeaknessOrNumbness", "Both legs getting weaker since Monday, +ve numbness spreading up."),
            // The sixth review: exceptions that are themselves denied a few words before.
            ("gaitChange", "Walking funny since Monday but it's not the new shoes, I've worn them for months."),
            ("gaitChange", "Unsteady on my feet all week, nothing to do with leg day, haven't trained since Sunday."),
            (
                "saddleNumbness",
                "Is anyone with a car going past the station? I've had no feeling down below since last night."
            ),
            ("saddleNumbness", "Reminding you I can't feel the toilet paper since the weekend."),
            ("feverWithPain", "101.5F this morning even with it being cool outside, back is sore."),
        ],
        lookAlikes: [
            "Sprint intervals Saturday, swap the runs for rowing if it's over 104F.",
            "Heat plan: 108F forecast. Anyone with chest tightness or dizziness sits out and gets ice towels.",
            "Numb bum after the 40 min spin, gone after a few mins of walking.",
            "My husband says I'm walking funny but that's the bunion rubbing in the new shoes.",
            "Legs heavy after squats, couldn't get up off the toilet without holding the sink, they feel fine now.",
            // Set 39.
            "Screened: -ve numbness down below / inner thighs, waterworks normal. Modified session.",
            "Buddy from the plant dropped a lot of weight without trying and it was serious. I'm the same as ever.",
            "Had to bring Liam to A&E last night, chest pain sitting at the table and sweating. He's fine now.",
            "Nearly wet meself laughing at the battle ropes yesterday.",
            "Old discharge summary: post-op uneventful, F/U ortho clinic 6/52. The op was last year.",
            "Had a man on my round this morning with new numbness in the saddle area, waited for the ambulance.",
            "Reminder to self: new BP cuff, the old one read 180/110 on my arm because the cuff was too small.",
            // The sixth review.
            "No loss of sensation in the saddle area, bladder fine.",
            "No feeling of numbness between my legs, just sore glutes.",
            "GP sent a urine sample off, results not coming back till Friday.",
            "Walking funny today, no plaster on the blister yet.",
            "Legs went wobbly today, no squats this time but the lunges destroyed me.",
            "Got the op confirmed for the 30th of this month so want to get strong before.",
            "Coach says I'm walking funny on the incline cos my calves are tight.",
            "Stop the session if her temp is over 38.5. She felt fine today, 36.8.",
            "If her temp is higher than 38.5 she stays home. Today 36.9.",
            "34 wks pregnant, I've not really been moving much since the bump got big, baby kicks loads.",
        ])
}
