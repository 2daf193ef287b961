import RebalanceCore

/// Wordings from this stop (KB 2027.02.06), in my own words: the classes set 59 taught once it joined the tuning
/// notes. Weight that is "down" without trying, beside a comparison ("eats better than me") that is no improvement; a
/// jolt of pain in the mid back on steroid tablets; numbness climbing past the ankle while the other foot starts
/// "doing the same"; an operation "done on" a date this month; the client's own chest tight when they "go hard"; and
/// the look-alikes: weight lost on a plan, a stage performance this month, a sore chest after chest day, a jolt of
/// pain in a hamstring, an operation still to come, a muscle group trained hard, a bruise spreading.
extension TriageWordings {
    static let fortySixth = TriageWordings(
        mustRefer: [
            ("unexplainedWeightLoss", "Down 15 pounds since spring. Not trying. My dog eats better than me."),
            (
                "fractureRisk",
                "On prednisolone for asthma. Coughed yesterday and felt a jolt of pain in the middle of my back."
            ),
            (
                "progressiveWeaknessOrNumbness",
                "Numb left toes last week; now it's up past the ankle, and the right foot started doing the same."
            ),
            ("recentSurgery", "Laparoscopic gallbladder removal was done on the 5th of this month."),
            ("chestPainOnExertion", "When I go hard on the rower my chest gets tight and I have to stop."),
        ],
        lookAlikes: [
            "Down 10 lb since January on the meal plan you gave me, all on purpose.",
            "We performed on the 3rd of this month at the Bowl and my shoulders felt great all night.",
            "Went hard on chest day, chest muscles sore and stiff from the bench press the next morning.",
            "Felt a jolt of pain in my left hamstring on the last sprint, walked it off.",
            "Laparoscopic hysterectomy to be performed on the 28th of this month; she wants to train till then.",
            "Thursdays we go hard and heavy on chest and shoulders, so a tight chest on Friday is normal for her.",
            "The bruise from the sprain has gone up past the ankle, and the left foot started going yellow too.",
        ])
}
