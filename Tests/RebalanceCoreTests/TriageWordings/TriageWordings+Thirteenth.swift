import RebalanceCore

/// Wordings from the thirteenth helper-written set (KB 2026.12.7), each standing for the class it taught the rules.
extension TriageWordings {
    static let thirteenth = TriageWordings(
        mustRefer: [
            ("gaitChange", "I want tell you my walking is strange since 2 week. My leg not go where I want."),
            // A relative introducing themselves: "Jim's son here".
            (
                "gaitChange",
                "Hi, Jim's son here. Dad's been off on his feet the last few weeks, shuffling, catching his toes."
            ),
            // The calf named in one clause, the swelling and warmth compared with the other leg in the next.
            (
                "calfPainAndSwelling",
                "My left calf has been really sore since - it's noticeably fatter than the right, warm to touch."
            ),
            (
                "bladderOrBowelChange",
                "Yesterday I did not arrive to the toilet, I make poo in my pants and did not feel it coming."
            ),
            // "Wasn't my own" is how it felt, not a denial.
            (
                "saddleNumbness",
                "Couldnt sit on the toilet properly, felt like it wasnt my own arse, numb between me legs."
            ),
            ("chestPainOnExertion", "'Bit lightheaded' after 3rd sled push, then nearly fainted and went grey."),
            (
                "cervicalArterialSigns",
                "Twice this week my legs have just gone from under me with no warning. Food keeps catching."
            ),
        ],
        lookAlikes: [
            "I had Bell's palsy in 2015 - numb, droopy face on one side for a few months. Fully resolved years ago.",
            // A reading with its effort named after it.
            "BP 172/88 straight after the sled push; rechecked after 10 min seated rest: 126/80.",
            "Sciatica update: leg pain has retreated to the buttock only (centralising), pins & needles in foot gone.",
            "Manages a care home - three residents had falls this week and couldn't weight bear. She's fine herself.",
            "Kept tripping over my words explaining the new app to my boss lol, but squats felt strong today.",
            "Work is at fever pitch this month, feeling a bit flat. Training is my therapy.",
            "The young fella was up all night with a temperature of 39 and a sore neck, he's grand now.",
            // "Hasn't had a fall that we know of" is not "hasn't had a wee".
            "He hasn't had a fall or hurt himself that we know of and his knees are the same as ever.",
        ])
}
