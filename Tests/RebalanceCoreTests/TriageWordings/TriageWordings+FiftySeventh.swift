import RebalanceCore

/// Wordings for KB 2027.02.19, from blind set 70 and three read-only reviews: urine not passed since last night, and
/// "screen" no longer read as "screened"; the reviews' notes pin what the withdrawn drafts would have cleared.
extension TriageWordings {
    static let fiftySeventh = TriageWordings(
        mustRefer: [
            ("bladderOrBowelChange", "LBP since Fri, hasn't passed urine since last night."),
            ("bladderOrBowelChange", "Back went Tues, havent passed water all day, doesn't feel full."),
            // A spin-class numbness still there, or only hoped to go, is no numbness that passed.
            ("saddleNumbness", "Numb down below since the spin class on Sunday, still numb today, back aching."),
            ("saddleNumbness", "Numbness in my groin since my Peloton ride this morning, hope it's gone by dinner."),
            // "If can't WB tomorrow" is often written because she cannot now ("either", "still").
            (
                "traumaUnableToBearWeight",
                "Fell off the step Sat, can't weight bear. Plan: if can't WB tomorrow, X-ray."
            ),
            (
                "traumaUnableToBearWeight",
                "Rolled ankle at netball last night, v swollen, if still can't WB tmrw X-ray."
            ),
            (
                "traumaUnableToBearWeight",
                "Rolled ankle at netball last night, swollen ++, if can't WB tomorrow either, A&E."
            ),
            (
                "traumaUnableToBearWeight",
                "Fell off bike Sat, unsure if unable to WB from pain or swelling, GP tomorrow."
            ),
            // A screen done, with what it found, is no plan ("screen for" is a plan, "screened for" is not); nor is a
            // sign told after a screening reminder in the same sentence.
            ("saddleNumbness", "Screened today: saddle numbness since yesterday, back pain 7/10."),
            ("saddleNumbness", "Screened for CES: saddle numbness since Sat, back pain 6/10."),
            ("saddleNumbness", "Saddle numbness worse at each review since Jan. Otherwise asymptomatic."),
            (
                "saddleNumbness",
                "Note to self - screen saddle/B&B every LBP review - today c/o saddle numbness since Sat."
            ),
            (
                "saddleNumbness",
                "Used the CES card to self-screen tonight: numb in my groin and bottom since this morning, can't feel "
                    + "the paper when I wipe."
            ),
            // A read-only review's notes: each exception and plan must stay inside its own words.
            ("bladderOrBowelChange", "111 said ring back if cant pee by 6pm, havent passed urine since last night."),
            ("bladderOrBowelChange", "Haven't urinated since last night, back is killing me."),
            ("bladderOrBowelChange", "LBP, not passed urine for 14 hrs."),
            ("saddleNumbness", "Bird dogs, side plank if tolerated, c/o numb bum & groin since Sat, back sore."),
            (
                "saddleNumbness",
                "Screened cauda equina today: saddle anaesthesia L>R, urinary retention since last night."
            ),
            (
                "breathlessAtRestOrLyingFlat",
                "Breathless lying flat & ankles swollen since Mon, missed Tues walk cos the dog was at the vet."
            ),
            (
                "breathlessAtRestOrLyingFlat",
                "Can't lie flat, wake up gasping most nights, thought it was because the cat sleeps on my chest."
            ),
            ("breathlessAtRestOrLyingFlat", "Can't breathe lying flat, like the cat lying on my chest."),
            (
                "breathlessAtRestOrLyingFlat",
                "Can't lie flat since Mon, have to sit up to breathe, missed Tues walk cos the dog was at the vet."
            ),
            (
                "traumaUnableToBearWeight",
                "Unsure if unable to WB from pain or swelling, came off bike Sat, ankle swollen and looks deformed."
            ),
            (
                "gaitChange",
                "Mum's been really unsteady and catching her toes the last few weeks, GP wants her doing strength "
                    + "work with you - could I bring her along to watch a class before she starts?"
            ),
        ],
        lookAlikes: [])
}
