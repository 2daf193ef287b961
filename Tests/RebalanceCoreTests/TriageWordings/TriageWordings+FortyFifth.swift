import RebalanceCore

/// Wordings from stop 44 (KB 2027.02.03), in my own words: the classes set 58 taught. Numb insides of both thighs;
/// "where did 12 pounds go?"; dizziness and double vision after a salon basin; constant pain from lying down till
/// morning; tingling that started in both feet and has reached the knees; a cataract operation; a relative who is a
/// client "on your Friday list"; and the look-alikes: a printed list or brief whose sign opens the phrase, a question
/// "at what point should" one worry, a neighbor, a form that "asks about" a past clot, a dog at the groomer's, the
/// studio's written policy, and a form's one-letter "N" answers.
extension TriageWordings {
    static let fortyFifth = TriageWordings(
        mustRefer: [
            ("saddleNumbness", "Since Tuesday the insides of both thighs have gone numb, and my low back aches."),
            (
                "unexplainedWeightLoss",
                "Where did 12 pounds go? Lost them since spring without trying, eating the same."
            ),
            (
                "cervicalArterialSigns",
                "Hairdresser had my head tipped back over the sink; since then I'm dizzy and seeing 2 of everything."
            ),
            (
                "nightPainUnrelievedByRest",
                "Constant ache in my mid back that starts when I lie down and lasts till morning, whatever position."
            ),
            (
                "progressiveWeaknessOrNumbness",
                "The tingling started in both feet last week and has now reached my knees."
            ),
            ("recentSurgery", "Had my cataract done 10 days ago, is lifting okay?"),
            (
                "breathlessAtRestOrLyingFlat",
                "For my dad, he's on your Friday list: he sleeps in his recliner as he can't breathe lying down."
            ),
            // A reviewer's notes on this stop's first draft: each was hidden by a cue the draft had added.
            ("calfPainAndSwelling", "Denies chest pain – just 2 days of calf swelling and heat since the flight."),
            ("saddleNumbness", "Numb between my legs since Tuesday, is that actually serious?"),
            ("progressiveWeaknessOrNumbness", "Left leg getting weaker, no, I haven't changed anything."),
            ("chestPainOnExertion", "Had to stop immediately, chest tight and pain down my left arm."),
        ],
        lookAlikes: [
            "Liked the brief on red flags (calf swelling after flights, fainting). Fine myself.",
            "At what point should a woman my age worry about chest tightness on a run? I have none.",
            "My next door neighbor had a stroke on Friday, slurred speech and a droopy face. I'm fine.",
            "The intake form asks about blood clots: I had one after surgery in 2012, clear ever since.",
            "Had a senior golden today, wobbly on her back legs, told the owner to see the vet. I'm good.",
            "I read your policy that any client reporting chest pain or fainting is referred first. Sensible.",
            "Form answers: Chest pain, N. Bladder or bowel changes, N. Night pain, N.",
        ])
}
