import RebalanceCore

/// Wordings from stop 42 (KB 2027.01.27 to .29): a name for someone else that opens the phrase itself ("my training
/// partner … passed out"), a player of someone the note names, and the classes set 55 taught (blood in a pregnancy note
/// that is a blood pressure or a test, spotting told by its color, a stop-conditions sheet, "nothing touch it" at
/// night, not an ounce of weight, chest pain that "subsided" with rest, fainting while shoveling, a simile's "at the
/// vet"), in my own words.
extension TriageWordings {
    static let fortySecond = TriageWordings(
        mustRefer: [
            // The client's own training still counts when a partner is only there.
            ("chestPainOnExertion", "Training with my partner on Sunday and I nearly passed out on the last sprint."),
            ("pregnancyComplication", "I'm 26 weeks pregnant and saw some blood in my underwear this morning."),
            ("pregnancyComplication", "28 weeks pregnant. Blood when I wiped twice today, bright red."),
            // "Little one" opens the phrase but is the client's own baby, not someone else.
            ("pregnancyComplication", "32 weeks pregnant, little one not moving as much since yesterday."),
            // Spotting told by its color and where it was seen (review 26).
            ("pregnancyComplication", "30 weeks pregnant, a brownish stain on my pad this afternoon."),
            ("pregnancyComplication", "Pregnant, 33 weeks: passed a small clot this morning, no pain."),
            (
                "nightPainUnrelievedByRest",
                "My hip wakes me every night and nothing touch it, not pills, not the heat pad."
            ),
            (
                "traumaUnableToBearWeight",
                "Rolled the ankle at five-a-side last night, can't put an ounce of weight on it."
            ),
            (
                "chestPainOnExertion",
                "Felt faint while shoveling the drive and my chest was heavy; it subsided after ten minutes of rest."
            ),
            (
                "feverWithPain",
                "Temp 102, shaking like a puppy at the vet, and my right knee is hot, swollen and red since last night."
            ),
        ],
        lookAlikes: [
            "My training partner held a choke too long on Tuesday and passed out for a second. I'm fine, just shaken.",
            "She coaches the under-10s; one of her players had a suspected DVT after the tournament flight.",
            "32 weeks pregnant. Midwife checked my blood pressure and bloods, all normal. Bloody tired though!",
            "Pregnant, 22 weeks. Bloodwork last week was fine and my blood group is O positive.",
            "Read your stop conditions sheet: chest tight or dizzy means I stop and tell you. All good so far.",
            "How do you even tell a sore calf from a clot? Mine are fine, just curious after a long flight.",
        ])
}
