import RebalanceCore

/// Wordings from KB 2027.02.12, in my own words: breathlessness lying flat told only as having to sit up again, or
/// as being breathless when one "lies" or is "laying" down, with the look-alikes where "lie down, sit up" is a core
/// drill or a list of things tried for a pain.
extension TriageWordings {
    static let fiftieth = TriageWordings(
        mustRefer: [
            ("breathlessAtRestOrLyingFlat", "When I lie down I have to sit up again within minutes."),
            ("breathlessAtRestOrLyingFlat", "Lying down she has to sit up after a few minutes."),
            ("breathlessAtRestOrLyingFlat", "Lately when I lay down I gotta sit up to breathe."),
            ("breathlessAtRestOrLyingFlat", "Gets breathless when she lies down, worse this week."),
            ("breathlessAtRestOrLyingFlat", "SOB laying down for the past fortnight."),
        ],
        lookAlikes: [
            "Core today: lie down, sit up slowly, 3x8 roll-downs. Felt strong.",
            "Tried everything for the sore neck: lie down, sit up, heat, stretches. Sleeping fine though.",
        ])
}
