import RebalanceCore

/// Wordings for KB 2027.02.27, from blind sets 82 to 85 and a read-only review: a chest that stops the client halfway
/// up the stairs, a small bump onto the bottom with thin bones, a puck or a helmet to the head, a wide-based walk
/// grabbing the rail; with the look-alikes (a fever told as over, a numb brain from spreadsheets, an operation signed
/// off, a numb bottom on a long train ride, a question about after an operation, a grandparent's sign, an ice rink, a
/// sit to stand onto a chair, pillows for reflux, a fear taken back).
extension TriageWordings {
    static let sixtyFourth = TriageWordings(
        mustRefer: [
            // Stopping halfway for the chest is the effort bringing it on, however lightly it is told.
            (
                "chestPainOnExertion",
                "Every time he does the stairs up to our flat lately he has to stop halfway and rubs his chest, says "
                    + "it's 'just a bit tight' and then it's fine after a sit down."
            ),
            // A minor fall onto the bottom with long-term steroid tablets.
            (
                "fractureRisk",
                "Dad slipped on the wet step last night, only a little bump onto his bottom but now he's got sharp "
                    + "pain low in his back whenever he moves. He's been on steroid tablets for his lungs for years."
            ),
            (
                "headInjury",
                "He took a puck to the side of the head at hockey practice last night, seemed fine at first, but this "
                    + "morning he's thrown up 3 times and the headache's getting worse."
            ),
            (
                "gaitChange",
                "New walking pattern noted today - wide-based, veering L on warm-up laps, kept grabbing the rail."
            ),
            (
                "headInjury",
                "Jake took a helmet to helmet hit at practice last night. Seemed ok at dinner but he's thrown up 3 "
                    + "times since 6am and says his headache is getting worse."
            ),
            (
                "headInjury",
                "Clashed heads in a tackle at Saturday's 7s, played on. Seemed alright Sunday. Today she's been "
                    + "nodding off between sets and the headache's worse than it was at the weekend."
            ),
            (
                "traumaUnableToBearWeight",
                "Couldn't put weight on my ankle after I went over on it, turns out it was broken."
            ),
            ("feverWithPain", "Temp 38.9 this morning and my back is killing, will I feel back to normal by Thursday?"),
            // A simile of sitting is no rest; told at rest, it is chest pain at rest.
            (
                "chestPainOnExertion",
                "on saturday's hill repeats i got this pressure in my chest like someone sitting on it, only on the "
                    + "climbs, totally went away on the descents."
            ),
            (
                "chestPainAtRest",
                "Watching telly last night, chest felt like someone was sitting on it for half an hour."
            ),
            // A question about the session does not take back the sign told before it.
            (
                "chestPainOnExertion",
                "Chest goes tight every time I walk up to the station and I have to stop halfway, what happens if it "
                    + "does that mid-session?"
            ),
            (
                "chestPainOnExertion",
                "Mum's been chesty and tight walking up to the shops all week, has to stop halfway."
            ),
            // A fever that came back, and a normal blood pressure beside a fever, are no fever told as over.
            ("feverWithPain", "Temp 39.1 Tues, fever broke Thurs, back up to 38.8 last night and shivery"),
            (
                "feverWithPain",
                "Mum's new knee is hot, red and swollen and her temp was 38.6 tonight, BP wise it's been normal since "
                    + "the op so GP isn't fussed"
            ),
            // A discharge from the ward or a sick note is not clearance to train.
            ("recentSurgery", "THR 12 days ago, cleared for discharge Friday and wants to start back with us Monday"),
            ("recentSurgery", "ACL recon 3 wks ago, surgeon signed the sick note till March, itching to get back"),
        ],
        lookAlikes: [
            "Shaz had a fever last week – 38.5 on the Tuesday with a chesty cough and aches – all cleared up now, temp "
                + "normal since Friday and she's back at work.",
            "work is at fever pitch this week, my brain is numb from spreadsheets. can we do boxing tonight?",
            "Pt 6 wks s/p rotator cuff repair, ortho cleared for progressive loading per protocol.",
            "8 week post-op check on the ACL went great, full go on strength work, my PT is sending notes over.",
            "R TKR 14/52 ago, consultant signed him off at 12wk review. Progressed to step-ups today.",
            "my bum went completely numb on that 3 hour train to Leeds 😂 fine as soon as I stood up and walked about.",
            "Quick q before my knee op in June – what happens if I can't put weight on it after?",
            "Grandma's friend at the community center told her back pain at night means cancer, and now she's worried "
                + "though she has no back pain at all.",
            // A grandparent's sign in a grandchild's note is asked about, not referred.
            "Nan's been getting chest pain, has to stop halfway up her stairs with her chest all tight so the GP's "
                + "referred her. I'm doing her shopping this week so can we move Weds to Sat?",
            "Grandma's been wide-based and grabbing the furniture since they changed her tablets, GP review Monday.",
            "Rec hockey Sunday, took a puck to the side of the head off the visor, carried on no bother.",
            "Has to stop halfway through her runs to hoick up her sports bra, too tight across the chest and rubs.",
            "Step practice at the front door: came down onto the bottom step with no rail today, really steady.",
            "Sit to stand x10, bottom back, still bumps onto the chair rather than lowering, cue 3 sec down next time",
            "Took the kids ice skating, I was wide-based and grabbing the rail the whole time haha, calves are wrecked",
            "Dad sleeps propped up on two pillows but that's for his reflux, always has, his breathing is fine lying "
                + "down.",
            "Had flu last wk, temp up to 38.6 then, now 36.8 for 4 days and feels back to normal. Easy session today.",
            "Went down holding my knee in the cup match and shouted that I couldn't put weight on it - turns out I "
                + "could lol, walked off after 5 min.",
            "BP log review: readings down from 162/100 in Jan to 138/86 avg this month since starting lisinopril.",
        ])
}
