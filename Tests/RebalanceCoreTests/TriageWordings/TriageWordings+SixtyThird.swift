import RebalanceCore

/// Wordings for KB 2027.02.26, from blind sets 79 and 80 and read-only reviews: a knock's warning sign told apart from
/// the knock, lay words for pre-eclampsia and for dizziness or double vision after a manipulation, and a chest pain
/// that goes once the client sits down; with the look-alikes (a knock with no sign of its own, someone else's
/// sickness, a relative of the other sex, an operation signed off).
extension TriageWordings {
    static let sixtyThird = TriageWordings(
        mustRefer: [
            // A sign told in a later sentence, or past a "but", with the client's own recent knock.
            (
                "headInjury",
                "banged my head on the garage door yday, felt fine at first but now the headache is way worse and "
                    + "i've puked twice. can i still do legs tmrw"
            ),
            (
                "headInjury",
                "Took a football to the side of the head at her lad's match Sun. Headache getting worse each day not "
                    + "better, was sick this morning. Session abandoned."
            ),
            (
                "headInjury",
                "Mom here - Mia bumped her head on the rig Saturday, seemed totally fine but her headache has gotten "
                    + "worse every day and tonight she's super sleepy."
            ),
            (
                "headInjury",
                "hit head on barbell racking yest. Today h/a getting progressively worse since am, v drowsy"
            ),
            ("headInjury", "Smacked my head on the bar, headache's gotten way worse since."),
            // Lay words for the signs of pre-eclampsia, in a pregnant client's note (see `pregnantNotes`).
            // Dizziness and double vision after a manipulation, in lay words.
            (
                "cervicalArterialSigns",
                "Had my neck cracked at the chiro on Tuesday and since then I keep getting the spins when I look up."
            ),
            ("cervicalArterialSigns", "Osteo adjusted my neck Monday and I've seen two of everything since."),
            // A pain spreading to the arm that goes once the client sits down is brought on by effort.
            (
                "chestPainOnExertion",
                "Whenever I push the pace on the rower I get a heavy ache in the middle of my chest that creeps into "
                    + "my left arm - goes once I sit down."
            ),
            // From review: knocks and signs in the words people use, and a parent who names themselves first.
            (
                "headInjury",
                "A box fell off the top shelf at work and hit me on the head Tues. Today I've thrown up twice and the "
                    + "headache's worse"
            ),
            (
                "headInjury",
                "Bar came down on my head on the bench last night when the safety slipped, been sick twice this "
                    + "morning"
            ),
            ("headInjury", "Bashed me head on the loft hatch last night, woke up and spewing, head is pounding"),
            ("headInjury", "took a football to the head at 5 a side sat, sparked out for a bit, been vommin since"),
            (
                "headInjury",
                "Got a boot to the head in a ruck Saturday, was sick three times yesterday and keeps nodding off"
            ),
            (
                "headInjury",
                "banged my head on the kitchen cupboard yday, felt fine at first but headache's way worse today"
            ),
            (
                "headInjury",
                "Head clash at 5-a-side Sat. No LOC, no vomiting at the time. This morning vomited x2, h/a much worse"
            ),
            (
                "cervicalArterialSigns",
                "Barber did the neck crack thing at the end of my trim, since then been seeing 2 of everything."
            ),
            (
                "cervicalArterialSigns",
                "Popped my neck myself this morning trying to loosen it and now I've got the spins."
            ),
            // From the second review: a bump on the head, concussion in plain words.
            (
                "headInjury",
                "Got a bump on the head from the kitchen cupboard door Saturday. Been sick twice since and the "
                    + "headache is way worse today."
            ),
            (
                "headInjury",
                "Got concussed at rugby on Saturday. Been sick twice since and the headache's getting worse."
            ),
        ],
        lookAlikes: [
            // A knock with no sign of its own, or a sign that is someone else's or told of the past.
            "Hit my head on the car boot yesterday. The kids have been throwing up all night.",
            "Banging my head against a brick wall with this diet. Was sick twice this morning, think it was the "
                + "prawns.",
            "Knocked my head on the squat rack last month, all fine. Threw up on Tuesday after the stomach bug.",
            "Old head injury from rugby years ago. Headache getting worse this week with the deadlines.",
            "Hit my head on the shelf yesterday. Confused about the new app though!",
            // Signed off after a reconstruction; an old stress fracture; the spins from a night out.
            "ACL recon was 9 months ago, PT discharged me last week with written clearance to return to the gym.",
            "Old stress #, R 2nd metatarsal (2017), fully healed, no sx since. Running volume progressing fine.",
            "Neck stiff from the sofa, had the spins after too many pints on Saturday.",
            // From the second review: a fit of another kind, a cold, a chiro for the back.
            "Cracked my head on the car door Sunday, ouch. On the plus side I've started fitting into my size 12 jeans "
                + "again!!",
            "Bumped my head on the kitchen cabinet Monday, no biggie. Was sick today (cold) so skipping tonight, "
                + "sorry!",
            "Chiro fixed my SI joint 🙌 and the new spin class gave me the spins lol",
            "Clashed heads with my line manager again over the rota 🙄. Headache's been getting worse all week, prob "
                + "stress.",
            // From review: signs with a cause of their own, told before the knock or beside an idiom.
            "Sorry for the confusion about Thursday, I'd put it in the wrong week 🙈 Also banged my head on the car "
                + "boot getting the shopping out, lump but fine.",
            "Smashed the assault bike finisher last night, puked in the car park 🤢 worth it. This morning whacked my "
                + "head on the kitchen cupboard, bit of a lump.",
            "Caught the stomach bug off the kids, threw up twice Sunday night. Monday clattered my head on the loft "
                + "hatch getting the suitcases down. Feel ok today.",
            "Was knocked out of the squash ladder in the semis, gutted. Took an elbow to the head in the last game, "
                + "it's fine.",
            "The booking app was unresponsive all morning so couldn't get Thursday. Whacked my head on the rig "
                + "yesterday btw, bit of a bump.",
            "Was banging my head all night at the Slipknot gig Saturday, neck is wrecked 🤘 Threw up in the Uber "
                + "home, too many jägers.",
            "Booze has been knocked on the head till Feb 🍷❌ Threw up after Sunday's long run though, didn't eat "
                + "enough beforehand.",
            "Bumped heads with HR all week over the new rota, I'm done 😩 Puked after spin on Tuesday too.",
            "Head knock at netball Sat (clash with GK). Checked today: LOC – no. Vomiting – no. Confusion – no. "
                + "Headache – mild, settling. Happy for light session.",
            "h/a's much worse around my period, always have been. Clipped my head on the pull-up bar Tuesday.",
            "On nights this week so blacked out the bedroom windows, sleeping ok. Smacked my head on the van door.",
            "I've got osteopenia and get the spins when I stand up too fast, worse since the new BP tablets.",
            "Seen two of the osteos at the clinic about my lower back now, both say it's muscular.",
            "Got the spins getting up off the bench after heavy hip thrusts, had to sit on the floor for a bit.",
            "Cracked open the prosecco for my 30th, had the spins by 11 😂 Rough day today.",
        ]
    )
}
