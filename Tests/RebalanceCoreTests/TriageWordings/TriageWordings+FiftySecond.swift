import RebalanceCore

/// Wordings for KB 2027.02.14: fainting or nearly fainting in a session told in lay words (a stair machine, "he went
/// grey", "nearly went down"), with look-alikes where something else went grey.
extension TriageWordings {
    static let fiftySecond = TriageWordings(
        mustRefer: [
            ("chestPainOnExertion", "Blacked out for a second or two on the stair climber, a member caught me."),
            ("chestPainOnExertion", "Ten minutes into the rower she went grey and nearly went down, so we stopped."),
            ("chestPainOnExertion", "Almost passed out on the cross trainer yesterday, had to hold the rails."),
        ],
        lookAlikes: [
            "The sky went grey halfway through the run so we cut it short and did core inside.",
            "Hair went grey years ago, still running 10k a week and loving it.",
        ])
}
