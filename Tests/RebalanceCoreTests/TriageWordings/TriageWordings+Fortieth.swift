import RebalanceCore

/// Wordings from review 24 (KB 2027.01.21): safety briefings and printed lists the client says they have had none
/// of, and briefings followed by the client's own sign, in my own words.
extension TriageWordings {
    static let fortieth = TriageWordings(
        mustRefer: [
            ("chestPainOnExertion", "Safety brief re chest pain on the stairs. She said well I did get it Tuesday."),
            (
                "cervicalArterialSigns",
                "Safety chat re neck. Since the chiro cracked it Monday she keeps seeing double."
            ),
        ],
        lookAlikes: [
            "Safety brief done re chest tightness or dizziness on exertion. Pt currently asymptomatic.",
            "Discussed: numbness getting worse or a change in walking = stop and see doc. None so far.",
            "Went over the stop signs: chest pain, fainting, breathless lying flat. Denies any of them.",
            "Explained red flags (saddle numbness, new bladder or bowel change with back pain) - client denies all.",
        ])
}
