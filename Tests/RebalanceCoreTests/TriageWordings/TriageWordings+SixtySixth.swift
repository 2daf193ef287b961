import RebalanceCore

/// Wordings for KB 2027.03.01, from blind sets 90 to 93 and two read-only reviews: urine not managed, a loss with diet
/// unchanged, a sore spot on the spine after sitting down hard on steroids, a foot caught and slapping down, night pain
/// that nothing makes easier, a cancer history's new pain beside an unrelated lift; with the look-alikes (a push-up
/// not managed, a toilet not found, a loss from marathon miles, a spot rubbed by a strap, a foot caught on the rope,
/// a kettlebell slapping the forearm, sore legs after leg day, a strain felt going on the last rep).
extension TriageWordings {
    static let sixtySixth = TriageWordings(
        mustRefer: [
            (
                "bladderOrBowelChange",
                "Pete, 59, Royal Mail driver, LBP 5/7 after lifting a parcel. Today says he hasn't managed to pass "
                    + "urine since last night even though he feels he needs to, and the back's worse."
            ),
            (
                "bladderOrBowelChange",
                "Back's flared since Sat and he didn't manage a wee all night, bladder feels full."
            ),
            (
                "unexplainedWeightLoss",
                "Marcus is down 14 lb in about 2 months and swears he hasn't changed diet or training, says he's "
                    + "eating more if anything."
            ),
            // One tender spot on the spine after a small fall, with steroids.
            (
                "fractureRisk",
                "On prednisone for her lupus for about 3 yrs. She slipped on the ice Tuesday, barely went down, just "
                    + "sat down hard. Since then there's a really sore spot in the middle of her back that's not "
                    + "easing."
            ),
            (
                "gaitChange",
                "She keeps catching her right foot on stuff the last week or so, like it slaps down when she walks."
            ),
            // What was tried and failed, with the pain told as what wakes him.
            (
                "nightPainUnrelievedByRest",
                "His back is waking him every night about 3am, he ends up pacing the landing - we've tried the sofa, "
                    + "the floor, hot water bottle, different pillows, nothing makes it any easier."
            ),
            // A grind on the last rep explains nothing told apart from it.
            (
                "historyOfCancer",
                "Ex prostate ca 2020. Hit a PB on deadlift, bit of a grind on the last rep but form held. Separately "
                    + "he's had a deep ache in his ribs for 3 weeks, no injury, worse at night."
            ),
            (
                "historyOfCancer",
                "Breast cancer 2018. New ache in her left hip for 4 weeks, came on for no reason, she never felt it go "
                    + "on any lift and it's now spreading into her groin."
            ),
            // Round two: a knock's later signs, a slip onto the bottom, double vision turning the head, clearance
            // only when it is given, a question answered after who asked, a small loss beside a large one.
            (
                "headInjury",
                "Slipped at work last night and banged her head on a door frame. She seemed ok at the time but "
                    + "this morning she's really drowsy and keeps nodding off."
            ),
            (
                "headInjury",
                "Caught his head on a pole on site this morning, hard hat was off. Headache's got steadily worse "
                    + "since and he's been sick twice."
            ),
            (
                "fractureRisk",
                "Osteoporosis, on Adcal. Slipped off the bottom stair onto her bum Monday - not a big fall - but "
                    + "her lower back's been really sore since."
            ),
            (
                "cervicalArterialSigns",
                "got my neck cracked at the chiro on my lunch break. ever since the room keeps spinning and I'm "
                    + "seeing two of everything when I look left"
            ),
            (
                "recentSurgery",
                "Had his ACL recon 3 weeks ago, aiming for full return to sport next season, not been back to "
                    + "see the surgeon yet."
            ),
            (
                "recentSurgery",
                "had my hip replacement on the 2nd, surgeon said no full return to the gym til my 12 wk check so "
                    + "can we just do upper body?"
            ),
            (
                "recentSurgery",
                "Rotator cuff repair last month, sling only off Monday. Physio protocol says full return to gym "
                    + "at 6 months post op, but he wants to start benching now."
            ),
            (
                "saddleNumbness",
                "Numbness in the saddle area? Asked him - no tingling, just numb when he wipes, been like that "
                    + "since Tuesday."
            ),
            (
                "chestPainOnExertion",
                "Chest tightness during the intervals? Asked her straight - no. Checked again after the hill "
                    + "reps - yes, tight across the chest and into her left arm, had to sit down."
            ),
            (
                "unexplainedWeightLoss",
                "Lost 2 lb this week and she's down nearly a stone since Christmas, not dieting, eating the same "
                    + "as always."
            ),
            (
                "unexplainedWeightLoss",
                "He's dropped 1 kg on the scales every single week since February without trying, 9 kg down now."
            ),
            (
                "unexplainedWeightLoss",
                "lost 3 lbs and then another 3 the week after and its still going, nearly a stone now, no idea "
                    + "why, jeans hanging off me"
            ),
            // New glasses and a leg day set aside only what they explain, not the sign told beside them.
            (
                "cervicalArterialSigns",
                "Got new glasses last week and since the chiro cracked my neck yesterday I'm dizzy and seeing double"
            ),
            (
                "nightPainUnrelievedByRest",
                "Leg day Monday was brutal but my back wakes me every night now, tried ice, ibuprofen, the recliner, "
                    + "nothing helps"
            ),
        ],
        lookAlikes: [
            "Still hasnt managed a full push up from his toes, doing them off the bench for now, maybe by xmas lol",
            "Canal route is grand but we havent managed to find a toilet anywhere along it, so he goes at the "
                + "leisure centre first.",
            "Weight down 4kg over the past 6 weeks since she upped her mileage for the marathon, hasn't changed diet "
                + "so its the running, right on target for race weight",
            "On steroids for her asthma. Sore spot in the middle of her back where the bra clasp rubs on the rowing "
                + "machine, skin a bit red, suggested a sports bra",
            "Double unders still a work in progress, keeps catching her foot on the rope, 12 in a row today tho",
            "KB cleans need work, the bell flips over and it slapped down on his forearm twice this week, back to "
                + "technique drills",
            "Legs still sore from Saturdays leg day, couldnt get comfy in bed last night, tried foam rolling and a hot "
                + "bath and nothing makes it easier but DOMS always peaks day 2",
            "Writing for Tom - he had testicular cancer 10 yrs ago, all clear for ages. His shoulder's sore since he "
                + "hit a bench PR yesterday, he felt it go on the last rep so knows exactly what it is.",
            // Round two: a booking muddle after an old knock, a slip caught in time, new glasses, an eye drill.
            "Chest tightness during the intervals? Asked him straight - no. Just legs burning and totally "
                + "gassed by round 4, which, fair.",
            "scale says I'm down 2 lbs this month without trying, prob just not snacking since we moved "
                + "offices. appetite normal",
            "Had my ACL recon in March, surgeon & PT signed me off last week for full return to gym, letter "
                + "attached.",
            "Random question - what would you do if your calf swelled up after a long flight? Asking because "
                + "I'm flying to Oz in December.",
            "Bumped her head on the car door back in March, got checked at the time and was totally fine. "
                + "New baby at home so she keeps nodding off on the couch by 9pm, totally normal lol.",
            "Banged his head on the rig in January, A&E checked him, all clear. He keeps asking me the same "
                + "question about creatine every session haha, told him to google it.",
            "Clipped her head on a kitchen cupboard a few weeks ago, no symptoms at all. She got muddled "
                + "about what day her session was with the new timetable and missed Thursday, rebooked for Monday.",
            "Caught his head on a scaffold pole at work last summer, few stitches, fine since. Headache's "
                + "got steadily worse through the afternoon today but he'd skipped lunch and had no water, gone "
                + "now after a sandwich and a pint of water.",
            "Caught her head on the pole in pole fitness last week, tiny tap, no symptoms whatsoever. She "
                + "doesn't know what day the class is on now they've moved it, can you text her the new time?",
            "Slipped off the kerb onto her bum on the ice back in Jan 2022, x-ray clear, no pain since. On "
                + "alendronate for her osteoporosis, wants to work on balance.",
            "Nearly slipped off the bottom stair onto her bum this morning but caught the bannister, didn't "
                + "actually fall, no pain anywhere. Here for strength and balance.",
            "New varifocals - first day he was seeing two of everything when looking left or right through "
                + "the edges, optometrist adjusted the fit Tuesday and it's sorted now.",
            "Convergence drill with the pen, look left, look right, then pen to the nose, she's seeing two "
                + "of everything once it's an inch away which is totally normal, eyes otherwise fine.",
        ])
}
