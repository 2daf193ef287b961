import RebalanceCore

/// Wordings for KB 2027.02.20, from blind set 71 and two read-only reviews: a sign told right after a cancellation
/// ("not gonna make it today") is not denied by it; and the reviews' notes against withdrawn drafts (a dash before
/// "since then", "LOC" or "came round" read as a comma; "gonna" as a hedge; "I won't make it" as the writer).
extension TriageWordings {
    static let fiftyEighth = TriageWordings(
        mustRefer: [
            // A read-only review's notes: a denial, an answer or a time told before a dash does not reach past it.
            ("chestPainOnExertion", "Denies CP/SOB - passed out on the treadmill at the end of intervals, came round."),
            ("chestPainOnExertion", "Collapsed on the sled push - came to in ~5s - fine, sat with her 20 min."),
            (
                "saddleNumbness",
                "Sciatica eased off with the tablets - since then numb around my bum and struggling to start a wee."
            ),
            (
                "chestPainOnExertion",
                "Did the Race for Life Sunday - since then I've had chest tightness on the stairs."
            ),
            // A cancellation denies nothing told after it; "can't make it to the toilet" is still a sign.
            (
                "feverWithPain",
                "Not gonna make it today, had chills and sweats all night, temp was 38.6, lower back killing me."
            ),
            ("feverWithPain", "Can't make it today, fever all night and my knee is hot and swollen."),
            ("bladderOrBowelChange", "Back agony since Sat, can't make it to the toilet in time, wet myself twice."),
            (
                "feverWithPain",
                "Not going to make it today, chills and sweats all night and my lower back is killing me."
            ),
            (
                "chestPainOnExertion",
                "Son here - Dad's had chest pain walking up the stairs since Tuesday. "
                    + "I won't make it to drive him Thursday."
            ),
        ],
        lookAlikes: [
            "Faint during the session - no, felt fine throughout, HR back to 90 in a minute.",
            "Can't make it today, the car's in the garage. Back's fine, no pain.",
            "Calf tight after the run, physio checked it, it's not gonna be a DVT, just a strain.",
        ])
}
