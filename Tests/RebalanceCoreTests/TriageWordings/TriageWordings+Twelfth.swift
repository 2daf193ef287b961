import RebalanceCore

/// Wordings from the twelfth helper-written set (KB 2026.12.6), each standing for the class it taught the rules.
extension TriageWordings {
    static let twelfth = TriageWordings(
        mustRefer: [
            // A hot, swollen joint on immune-suppressing drugs, with no word for pain.
            ("infectionRisk", "Client on methotrexate + adalimumab for RA. R knee hot, red, swollen since Weds."),
            // A word queried in brackets does not split the sentence.
            (
                "calfPainAndSwelling",
                "My right leg in the back part (calf?) is red and hot and bigger than the other one."
            ),
            // A wife writing for her husband, who struggles to swallow.
            (
                "cervicalArterialSigns",
                "My husband asked me to message, his words keep coming out muddled, struggling to swallow."
            ),
            (
                "cervicalArterialSigns",
                "When a looked up tae peg oot the washing ma legs just went fae under me. Neck's dead sair."
            ),
            ("historyOfCancer", "My lower back has been bugging me for a month. I had a melanoma removed 4 yrs ago."),
            (
                "chestPainOnExertion",
                "On the bike intervals I get this weird pressure behind my breastbone, goes away when I stop."
            ),
            // A relative writing for a client who does not want to miss class.
            (
                "feverWithPain",
                "My mum has had a temperature of 38.6 and now her hip is really painful. "
                    + "She doesn't want to miss her class."
            ),
        ],
        lookAlikes: [
            "I have big fever for the football World Cup, I watch the matches all night so maybe I am little tired.",
            "Gave her the handout 'stop exercising and call your midwife if: bleeding, fluid leaking, bad headache'.",
            "My best mate had a DVT after her flight to Thailand so I'm paranoid lol, my legs are totally fine though.",
            // A consequence named after the signs is a plan.
            "Neck: mobility drills only - told her dizziness or double vision would mean we stop. She's had none.",
        ])
}
