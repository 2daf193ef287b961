import RebalanceCore

/// Wordings for KB 2027.02.17: exceptions that set aside only the words they share (cold weather and chills, a tired
/// wobble after leg work), so a sign told beside them still refers; a faint on a treadmill told as legs that went;
/// and what a read-only review found the first draft cleared.
extension TriageWordings {
    static let fiftyFifth = TriageWordings(
        mustRefer: [
            // The cold-weather exception for chills once held for the whole fever flag in its sentence.
            ("feverWithPain", "Fever and chills since standing in that cold wind at the match, lower back aching."),
            ("feverWithPain", "Chills from the freezing out there and a fever since Sunday, back pain worse."),
            // A wobble after squats is tired legs; a foot that keeps catching, told beside it, is not.
            ("gaitChange", "Legs wobbly after the squats, and his foot keeps catching on the stairs since last week."),
            ("gaitChange", "My foot keeps catching on the pavement and I tripped over the dog yesterday too."),
            ("gaitChange", "Tripped over the cat 3 times this month."),
            ("gaitChange", "Corrie says her foot keeps catching since last week."),
            (
                "chestPainOnExertion",
                "On the treadmill my vision went all tunnelly and my legs just went, had to sit on the floor."
            ),
            ("chestPainOnExertion", "Intervals on the rower, went grey and my legs gave way, sat down for 5 min."),
            ("chestPainOnExertion", "Nearly passed out on the treadmill, rugby on the tv."),
            // Legs that went as the head turned, or after a neck manipulation, are still a drop attack.
            (
                "cervicalArterialSigns",
                "Turned my head to check the mirror and my legs just went, no warning, neck sore for a week."
            ),
            (
                "cervicalArterialSigns",
                "Chiro cracked my neck Monday; on the treadmill today went lightheaded and legs gave way."
            ),
            // A cause told for something else is no cause for the pain.
            (
                "historyOfCancer",
                "Hx bowel ca 2021. Constant mid-back ache 5 wks, waking him at night. Overdid it on the wine Saturday."
            ),
        ],
        lookAlikes: [
            "This wind is giving me chills, wrapped up warm, back feels good. See you at 7.",
            "Shivery in the air con at work, fine otherwise.",
            "Legs like jelly after the squats, ha.",
            "Legs went all wobbly after the lunges, back felt great though.",
        ])
}
