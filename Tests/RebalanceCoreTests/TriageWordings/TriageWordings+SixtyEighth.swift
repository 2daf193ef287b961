import RebalanceCore

/// Wordings for KB 2027.03.03, from blind sets 98 to 101 and a read-only review: tightness behind the breastbone
/// written as "mid-sternal", a knock followed by a day asked and a question repeated, lying flat on a reformer beside
/// pillows propped, a daughter who writes "Sue here"; with the look-alikes ("back in the saddle" after a season off,
/// stress incontinence since a baby, a few pounds lost, the sternal notch or the sternal head of the pec, a pillow for
/// hair clips or a whiplash neck).
extension TriageWordings {
    static let sixtyEighth = TriageWordings(
        mustRefer: [
            (
                "chestPainOnExertion",
                "S: 52yo PM (fintech), c/o mid-sternal tightness ~5 min into rower x3 sessions now, eases w/ "
                    + "2-3 min rest. Denies at rest. O: HR 146 at onset, looked grey. A: ?exertional. P: stopped "
                    + "cardio, no further sess until seen by MD today."
            ),
            (
                "headInjury",
                "My husband Carl cracked his head on the low beam in our basement gym Saturday, seemed fine, "
                    + "kept working all weekend. This morning he's really drowsy, keeps asking what day it is and "
                    + "repeating the same question. Should I still bring him Thursday?"
            ),
            (
                "headInjury",
                "Mum slipped and hit her head on the kitchen cupboard this morning. Since lunch she's kept "
                    + "asking us what day it is and repeating herself."
            ),
            (
                "headInjury",
                "Took a knock to the head at rugby training last night. This morning he keeps asking what day "
                    + "it is, repeating the same question every few minutes."
            ),
            (
                "headInjury",
                "Hit his head on the low beam in the garage yesterday. Today keeps askin what day it is and "
                    + "repeating himself, wife is worried."
            ),
            (
                "breathlessAtRestOrLyingFlat",
                "Can we swap the mat work for something sitting up? Every time I lie flat on the reformer I "
                    + "feel like I'm drowning, I've been sleeping propped on 3 pillows for a week or so and my ankles "
                    + "are like balloons by teatime, never used to be."
            ),
            (
                "breathlessAtRestOrLyingFlat",
                "Hello, Sue here (Margaret's daughter). Mum's been sleeping sat up on four pillows this week "
                    + "because she says she can't get her breath lying flat, and her ankles have come up like "
                    + "balloons. She's adamant she's coming to chair exercises Tuesday - thought you should know."
            ),
            (
                "breathlessAtRestOrLyingFlat",
                "Can't lie flat on the reformer any more, gets short of breath within a minute and has to sit "
                    + "up, ankles puffy too."
            ),
            (
                "saddleNumbness",
                "Back in the saddle after his L5 disc surgery but the saddle area is numb again and he had "
                    + "trouble starting a wee this morning."
            ),
        ],
        lookAlikes: [
            "Back in the saddle after panto season 🐴 my feet were numb from the cold in that theatre all Dec "
                + "lol but all fine now, can we do Tues 6pm?",
            "Mild stress incontinence when she coughs, had it since her 3rd baby (40 yrs ago!), no back pain, "
                + "nothing new. Added pelvic floor work.",
            "Mom's lost maybe 3 lbs over the last 2 months, she thinks it's the pickleball. Still eating like a "
                + "horse 😂",
            "Front squats: bar sits right on his sternal notch in the front rack, says it's uncomfortable "
                + "pressure there while he walks it out, we'll switch to a cross-arm grip.",
            "Cable flies low to high to hit the sternal head of pec, he feels it tight and achy by rep 12, "
                + "normal pump.",
            "Bar slipped on his hip thrusts and rolled up his torso, small bruise over the sternal area, tender "
                + "and aches a bit lying in bed on his front, breathing fine.",
            "Reformer jumpboard lying flat today, her hair clips dug in so she propped her head on a pillow, "
                + "bit breathless after the jump sets.",
            "Flat on the mat for dead bugs was fine, but she sleeps propped on 3 pillows because of her neck "
                + "since the whiplash.",
        ])
}
