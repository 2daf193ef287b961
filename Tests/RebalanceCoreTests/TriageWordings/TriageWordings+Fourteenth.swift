import RebalanceCore

/// Wordings from the fourteenth helper-written set (KB 2026.12.8), each standing for the class it taught the rules.
extension TriageWordings {
    static let fourteenth = TriageWordings(
        mustRefer: [
            (
                "pregnancyComplication",
                "33 wks pregnant and bub's been really quiet since yesterday, usually she's kicking all night."
            ),
            (
                "calfPainAndSwelling",
                "Right calf tight and 'full' for 4 days, it's hotter than the other one, my sock leaves a mark."
            ),
            // "Not getting any better" keeps a pain current.
            (
                "historyOfCancer",
                "My breast cancer (2012, all clear since). An ache in my ribs for a month, not getting any better."
            ),
            // A dash before a time goes on with the same thought.
            ("recentSurgery", "Surgery in the last 12 months? Inguinal hernia mesh repair - 4 weeks ago."),
            (
                "progressiveWeaknessOrNumbness",
                "My right foot's been slapping down when I walk, cannae lift my toes up properly."
            ),
            (
                "cervicalArterialSigns",
                "Sudden severe R neck pain + occipital headache, 'worst ever', since reversing the van."
            ),
            (
                "nightPainUnrelievedByRest",
                "L shoulder pain 6/52. Constant at night, can't find any comfy position, wakes her 3-4x."
            ),
            // A daughter writing before her mother's programme starts.
            (
                "gaitChange",
                "I'm Maureen's daughter. Mum's been walking differently the last month. "
                    + "Before you start her programme, keep an eye."
            ),
        ],
        lookAlikes: [
            "My mother (82) fell in the house and broke the hip, she cannot walk. "
                + "I go to visit her, please cancel. I am good.",
            "Brief him on what to watch out for - numbness down below, bladder changes - so he'd stop and tell us.",
            "I'm a district nurse and every patient today had puffy ankles "
                + "and couldn't lie flat without getting breathless.",
            "My buddy from the team got a DVT after his flight, calf all swollen and hot. My legs are good tho.",
        ])
}
