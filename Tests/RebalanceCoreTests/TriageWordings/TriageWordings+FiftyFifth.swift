import RebalanceCore

/// Wordings for KB 2027.02.17: exceptions that set aside only the words they share (cold weather and chills, a tired
/// wobble after leg work, one trip over the dog), so a sign told beside them still refers.
extension TriageWordings {
    static let fiftyFifth = TriageWordings(
        mustRefer: [
            // The cold-weather exception for chills once held for the whole fever flag in its sentence.
            ("feverWithPain", "Fever and chills since standing in that cold wind at the match, lower back aching."),
            ("feverWithPain", "Chills from the freezing out there and a fever since Sunday, back pain worse."),
            // One trip over the dog is an accident; a foot that keeps catching, told beside it, is not.
            ("gaitChange", "My foot keeps catching on the pavement and I tripped over the dog yesterday too."),
            ("gaitChange", "Keeps tripping over the cat lately, never used to, feels unsteady."),
            ("gaitChange", "Been falling over a lot, tripped over the cat twice this week and my walking feels off."),
            ("gaitChange", "Legs wobbly after the squats, and his foot keeps catching on the stairs since last week."),
        ],
        lookAlikes: [
            "Tripped over the dog in the hall yesterday, landed on the sofa thank goodness! Not a mark on me.",
            "Fell over the dog's lead on the walk, grazed knee, all fine.",
            "Shivery in the air con at work, fine otherwise.",
            "Legs like jelly after the squats, ha.",
        ])
}
