import RebalanceCore

/// Wordings for KB 2027.02.23, from blind set 74 and three read-only reviews: vomiting with new confusion, more ways a
/// knock to the head is told, a calf cramp that will not go, weight lost with the diet unchanged; with the reviews'
/// everyday look-alikes and the exceptions they made narrower.
extension TriageWordings {
    static let sixtieth = TriageWordings(
        mustRefer: [
            // Vomiting with new confusion is an emergency even when the knock is told in another sentence.
            (
                "headInjury",
                "Client slipped on wet floor, struck back of head on the step. Since then vomited x2 and keeps asking "
                    + "the same questions."
            ),
            ("headInjury", "Mum's been vomiting since lunch and is really confused, didn't recognise me."),
            ("headInjury", "Vom x2 and doesn't know what day it is."),
            (
                "headInjury",
                "Dad came off his bike yesterday. He's thrown up twice this morning and keeps asking what happened."
            ),
            // More ways the knock itself is told.
            ("headInjury", "KB slipped, struck on the head, confused after."),
            ("headInjury", "Slipped in the shower, hit back of my head on the tiles, was sick after."),
            ("headInjury", "Banged back of his head on the rack, out cold for a sec."),
            ("headInjury", "Took a knee to the side of the head at BJJ, threw up after."),
            ("headInjury", "Got struck on the back of the head by the bar on a failed snatch, been sick twice since."),
            ("headInjury", "Smacked my forehead on the bar and was out cold for a sec."),
            ("headInjury", "Slipped on the ice and landed on the back of her head, was sick after."),
            ("headInjury", "Vomited x3 overnight and a bit confused this morning, wife says."),
            // An exception for puzzlement or a cold sets aside only its own words, never the knock beside them.
            (
                "headInjury",
                "Jake smacked his head on the rig, was out cold for a few secs and now seems confused about where "
                    + "he is."
            ),
            ("headInjury", "Cracked the back of her head on the platform, vomited and felt sick within minutes."),
            // Weight lost with nothing changed on purpose.
            (
                "unexplainedWeightLoss",
                "Weigh-in: Bill is down 7 kg since March. He hasn't changed what he eats and isn't trying to lose "
                    + "weight."
            ),
            ("unexplainedWeightLoss", "On Elvanse 3 yrs, weight always steady, lost 7kg since Feb without trying."),
            // A calf cramp that stays, or came with a flight, is how a clot is often told.
            (
                "calfPainAndSwelling",
                "Massive cramp in my left calf since the flight back from Dubai Tuesday, still there, leg feels tight."
            ),
            ("calfPainAndSwelling", "Left calf's been cramping since I flew back from Dubai on Sunday, feels tight."),
            (
                "calfPainAndSwelling",
                "Cramp in my left calf since the long flight back from Bangkok, still there 3 days later."
            ),
            (
                "unexplainedWeightLoss",
                "On vyvanse 3 yrs same dose, lost 8kg since Jan without trying, started getting night sweats."
            ),
            (
                "calfPainAndSwelling",
                "Massive calf cramp since the flight home, tried to walk it off, still won't shift."
            ),
            (
                "calfPainAndSwelling",
                "Massive cramp in my left calf last night, had to stand on it to make it go, calf still swollen and "
                    + "sore this morning."
            ),
            // Exceptions the reviews narrowed or withdrew, so these stay referrals.
            (
                "feverWithPain",
                "Fever 39.4 last night with severe lower back pain, temp back to normal with paracetamol and the back "
                    + "is still agony."
            ),
            (
                "cervicalArterialSigns",
                "Discharged from the stroke unit in March and this morning my face drooped on the left and my speech "
                    + "was slurred for 10 mins."
            ),
            (
                "chestPainAtRest",
                "Crazy shift at the restaurant, had crushing chest pain and my left arm went numb for the last hour."
            ),
            (
                "cervicalArterialSigns",
                "New lady came in today for her assessment, face droop on the left side since this morning and slurred "
                    + "speech."
            ),
        ],
        lookAlikes: [
            "Woke at 4am with a massive cramp in my left calf, had to stand on it to make it go. Gone by lunchtime, no "
                + "swelling.",
            "Cramp in my calf last night, gone after a walk round the kitchen.",
            "Calf cramp again on leg day, he won't go lighter on the squats.",
            "Overdid the assault bike finisher, threw up in the bin and was a bit disorientated for a min, fine after "
                + "10.",
            "Leg day destroyed me, threw up and didn't know where I was lol.",
            "Sorry for repeating myself, morning sickness still bad, been sick every day this week.",
            "Sam puked after the 2k row again, feel like I'm repeating myself telling him to eat 2h before.",
            "Threw up after legs again, still asking the same question about creatine every session.",
            "I've been sick and tired of asking the same questions to the GP about my hip.",
            "Been sick all week with a cold so really confused why the scale went up 2lb.",
            "Puked after the prowler finisher lol, seems confused by the new split so regress next week.",
            "Sorry for the no-show, was sick x3 after the work do and can't remember what happened after midnight.",
            "Threw up after the assault bike finisher lol, the new macros are not making sense to me.",
            "Threw up halfway, didn't recognise half the moves on the new plan.",
            "Been sick all week and I'm really confused on what I should eat.",
            "Being sick most mornings (14 wks pregnant), really confused about what's safe to lift.",
            "Still getting leg cramps at night, they won't go away however much I stretch.",
            "Scale hasn't changed but my jeans are so much looser!",
            "Appetite off the charts since starting with you, yet 2kg down and trousers loose.",
            "Had norovirus last week, appetite's been off, dropped 3kg and jeans loose.",
            "lost 12 lbs in 6 wks, mostly from cutting the beer and the drive thru. wasnt even trying that hard lol",
            "Down 3kg in 4 weeks since starting with us, diet hasn't changed so it's all the extra training.",
            "Sorry for the late cancel, I'm a stroke nurse and we had a mad shift – one lady came in with slurred "
                + "speech and a face droop after a chiropractor cracked her neck. I'm fine, just knackered.",
        ]
    )
}
