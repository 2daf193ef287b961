import RebalanceCore

/// Wordings from this stop (KB 2027.02.07), in my own words: night pain whose denial belongs to the relief, not the
/// night ("no relief at night", "no let-up at night"), night told as its hours ("worst in the small hours"), and Scots
/// "cannae find a position"; and the look-alikes a reviewer feared once a denied night word no longer rules the flag
/// out by itself: nights that are fine, "night pain nil", "no bother in bed", an ache that never keeps them awake, an
/// early start for work.
extension TriageWordings {
    static let fortySeventh = TriageWordings(
        mustRefer: [
            ("nightPainUnrelievedByRest", "Hip aches with no relief at night, whatever position I try."),
            (
                "nightPainUnrelievedByRest",
                "L hip ache with no let-up at night, it's constant and nothing I try eases it."
            ),
            ("nightPainUnrelievedByRest", "Constant ache in the left hip, worst in the small hours."),
            ("nightPainUnrelievedByRest", "Shoulder pain, zero relief at night, lying on either side."),
            ("nightPainUnrelievedByRest", "Back's worst at night. Cannae find a position, nothin touches it."),
        ],
        lookAlikes: [
            "Constant ache in her knee on the stairs, nights fine, nothing eases it on hills.",
            "Neck ache constant at the desk, night pain nil, nothing helps bar a walk.",
            "Knee ache constant on stairs, no bother in bed, keeps her off the hills.",
            "Calf ache is constant on shift, never keeps me awake at night.",
            "Constant ache after the long runs, worst at 6 am when I get up for work.",
            "Back ache eases with the heat pad, no pain at night, no let-up at work though.",
        ])
}
