import RebalanceCore

/// Wordings for KB 2027.02.25, from blind sets 77 and 78 and read-only reviews: "h/a" for a headache, a worsening
/// headache with muddle, vomiting with "keeps asking me the same questions" told of the one who was sick, a scuffed
/// foot with its side, weakness "week on week"; with the reviews' look-alikes (a muddle over a booking, a partner or
/// child asking the same question, a dance step, a weaker side whose load goes up, drowsiness from a named cause).
extension TriageWordings {
    static let sixtySecond = TriageWordings(
        mustRefer: [
            // Trainers' "h/a" is a headache; muddle beside a worsening one is an emergency.
            (
                "headInjury",
                "Slipped on ice Sun, hit back of head on kerb, no LOC per client. Today reports h/a getting worse "
                    + "each day since, not touched by paracetamol, and seemed muddled re: what day it was."
            ),
            (
                "headInjury",
                "Took a cricket ball to the side of the head at nets Sat, h/a getting progressively worse since."
            ),
            ("headInjury", "Hit my head on the low beam in the loft last night, feeling muddled and foggy today."),
            // The one who was sick is the one asking the same questions.
            (
                "headInjury",
                "Hi, Jack clashed heads at rugby on Saturday. He's been sick twice since yesterday afternoon and "
                    + "keeps asking me the same questions over and over."
            ),
            (
                "gaitChange",
                "Noticed today Margaret is scuffing her right foot on every step - toe catching on the mat."
            ),
            ("gaitChange", "Scuffing the right foot on the mat since Xmas, shoe worn through at the toe."),
            ("gaitChange", "Scuffing R foot on the treadmill since Xmas, worse when tired."),
            ("gaitChange", "Had to give up tap this month because I keep scuffing my left foot."),
            // A knock with its signs in the same clause, in more of the ways they are written.
            (
                "headInjury",
                "Dad hit his head on the kitchen cupboard last night and keeps asking me the same questions."
            ),
            (
                "headInjury",
                "Ella took a ball to the side of the head at netball. Since then she's vomited and keeps asking me "
                    + "what day it is."
            ),
            ("headInjury", "Got kneed in the head at BJJ Sunday, headache is getting progressively worse."),
            (
                "headInjury",
                "Fell off the reformer and hit her head on the frame Mon, h/a's been getting worse each day."
            ),
            ("headInjury", "Struck his head on the bar Sat, headache progressively worsening since."),
            ("headInjury", "Clashed heads at 5-a-side Tues and he's been muddled and slow since."),
            (
                "headInjury",
                "Sam took a knee to the head at rugby on Saturday. He's thrown up twice today and keeps asking me the "
                    + "same thing over and over."
            ),
            ("headInjury", "Took an elbow to the head at BJJ on Thursday and the headache is steadily getting worse."),
            ("headInjury", "Clashed heads in the lineout Saturday and my headache has worsened every day since."),
            (
                "gaitChange",
                "Mum's had to give up her tap class, she keeps scuffing her right foot and nearly went flying twice."
            ),
            ("gaitChange", "Gait obs: R foot scuffing through swing on the treadmill, new this block."),
            (
                "progressiveWeaknessOrNumbness",
                "Grip L hand noticeably weaker wk on wk - dropped 10kg DB today. No injury."
            ),
            ("progressiveWeaknessOrNumbness", "Left hand grip weaker by the day, jar lids impossible now."),
        ],
        lookAlikes: [
            // A muddle over a booking or the sessions done, not confusion.
            "Migraine h/a worse since Tues and I was a bit muddled with the new booking app - have I missed Thurs?",
            "Was sick all Monday with food poisoning so a bit muddled on which sessions I've done - resend the plan?",
            "Was a bit muddled with the new booking app this morning and then banged my head on the car door!",
            // Someone else asking the client the same question.
            "Tummy bug's been through the house - I was sick twice last night and she keeps asking me the same "
                + "question, 'are you better yet mummy'.",
            "Puked after the last sled push and kept asking me the same question - 'is that the last one?'",
            "Threw up after the sled finisher and keeps asking us the same question - 'why do you hate me'",
            "Was sick all night from dodgy prawns, the 3yo was up too and keeps asking me the same thing.",
            "Bumped heads with my line manager all week, h/a getting progressively worse by the afternoon.",
            "Bumped heads with my husband all weekend over the extension and I'm feeling muddled about everything.",
            "Been banging my head on the desk over my tax return all week, h/a getting steadily worse by 4pm.",
            "Banged my head on the cupboard Sunday, hubby's fussing and keeps asking me the same thing - am I OK",
            "Back from Singapore Sunday, jet lag is brutal, headache worse every afternoon and I feel muddled till 4.",
            "Jade was sick in the bin after the Tabata finisher, then kept asking me what day the next bootcamp is.",
            "Our youngest has been sick all night and keeps asking me the same things, is it morning yet.",
            "Mum's been sick with worry about her hip op and keeps asking me the same questions about the anaesthetic.",
            "My tap teacher says I keep scuffing my left foot on the flaps, it's driving her mad.",
            "Tennis elbow update: pain on gripping weaker week on week since the strap.",
            // Drowsiness with its own cause is not a knock's.
            "Day 3 off caffeine - h/a getting progressively worse and v drowsy all afternoon, might skip HIIT.",
            "Hay fever's brutal, h/a worse today and really drowsy from the Piriton - can we keep it light?",
            // A dance step, and boots scuffed on the astro.
            "Started tap in Jan and I keep scuffing my right foot instead of brushing it, all the beginners do.",
            "Keeps scuffing his football boots on the astro since he started in goal - mum not impressed.",
            "Keep scuffing my left footy boot on the astro, toe's worn through already, new ones Friday.",
            "Started salsa on Tuesdays, keep scuffing my right foot on the turns, floor's really sticky.",
            // Weaker symptoms and weaker excuses are not weakness that spreads.
            "Pins and needles in R hand weaker week on week since the night splint.",
            "Her excuses for skipping cardio are weaker by the week.",
            "Pelvic floor still weak after my second, holding the squeeze a few secs longer week on week.",
        ]
    )
}
