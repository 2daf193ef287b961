import RebalanceCore

/// Wordings for KB 2027.02.21–22, from blind sets 72 and 73 and four read-only reviews: a hit to the head with a
/// warning sign after it (the head injury flag), and sight lost in one eye for minutes; with the reviews' everyday
/// look-alikes.
extension TriageWordings {
    static let fiftyNinth = TriageWordings(
        mustRefer: [
            // Concussion red flags after a knock, however well the client seems afterwards.
            ("headInjury", "Smacked his head on the squat rack and was out cold for a few seconds."),
            ("headInjury", "Fell off the plyo box and banged her head, she threw up in the changing room after."),
            ("headInjury", "Banged my head against the door frame, been sick twice since."),
            ("headInjury", "Took a knock to the head at footy Saturday, been sick twice since and feels drowsy."),
            ("headInjury", "Clashed heads at netball, knocked out for a few seconds."),
            ("headInjury", "Slipped on the ice, head hit the pavement, out cold for a minute."),
            ("headInjury", "No LOC but has vomited twice since hitting her head."),
            ("headInjury", "Hit his head on the rig Tues, out cold for a few secs, says he's feeling better now."),
            ("headInjury", "Says the headache is getting worse and she keeps asking what day it is."),
            ("headInjury", "Slipped on the ice, her head hit the sidewalk, out cold for a minute."),
            ("headInjury", "Fell off the box, hit head, LOC ~10 s, vomited x1."),
            ("headInjury", "Took a head injury at rugby Saturday, was knocked out and has vomited twice."),
            ("headInjury", "Banged her head on the rack and was sick in the car on the way home."),
            ("cervicalArterialSigns", "Her face drooped on one side when she was in her car this morning."),
            ("headInjury", "Got kicked in the head sparring, out cold for a few secs and threw up."),
            ("headInjury", "Hit his head on the bar and was unresponsive for a few seconds."),
            ("headInjury", "Banged his head on the rack, didn't know what day it was for a bit."),
            // "If I hit" is no plan: it can be a client unsure of the knock, or a habit that brings a sign on.
            (
                "headInjury",
                "Came off my bike Sunday, not sure if I hit my head, woke up on the road and threw up twice."
            ),
            ("chestPainOnExertion", "If I hit any hills on my runs my chest goes tight and heavy."),
            // Set 73: "when I was on the phone" is no childhood; "coming round" after a slump is a faint.
            (
                "cervicalArterialSigns",
                "Had my neck cracked at the chiro this morning and since then I'm seeing double, and my words came out "
                    + "all jumbled when I was on the phone to Mum."
            ),
            (
                "chestPainOnExertion",
                "On rep 3 of the rower she slumped off the seat and was out for ~5 sec before coming round."
            ),
            (
                "traumaUnableToBearWeight",
                "I fall from the bicycle yesterday, my ankle is very big and I cannot put the weight on it."
            ),
            ("headInjury", "Hit head on bar, LOC ~10 s, vomited x1."),
            ("headInjury", "Fell off the box and hit the back of her head on the floor, was sick twice."),
            ("headInjury", "Smacked his head on the bar and was out for a few secs, seems fine now."),
            (
                "headInjury",
                "Hit my head on the squat rack Saturday and the headache's been getting worse every day since."
            ),
            (
                "headInjury",
                "Banging my head against a wall with work, then smacked my head on the rack Tuesday and was sick twice."
            ),
            // A curtain over one eye, even for minutes, is a warning stroke.
            (
                "cervicalArterialSigns",
                "Her left eye went dark like a curtain for a few minutes this morning, fine now."
            ),
            ("cervicalArterialSigns", "Lost the vision in my right eye for 5 mins yesterday then it came back."),
            ("cervicalArterialSigns", "Couldn't see out of my right eye for a few minutes this morning."),
            ("cervicalArterialSigns", "My left eye went completely dark for about 5 minutes this morning."),
            // A general word elsewhere in the sentence ("bruised", "usual", "same as always") is no cause for the eye.
            (
                "cervicalArterialSigns",
                "Neck's been sore and bruised since the chokehold at BJJ Saturday, and this morning my left eye went "
                    + "dark for a few minutes."
            ),
            (
                "cervicalArterialSigns",
                "Lost the vision in my right eye for 10 mins this morning, way worse than my usual migraine aura."
            ),
            (
                "cervicalArterialSigns",
                "Left eye went black for a few minutes on my walk this morning, fine after and trained same as always."
            ),
            (
                "cervicalArterialSigns",
                "Right eye went dark like a curtain for 5 mins - I always get migraines but never like this."
            ),
            // A faint with an accident the client did not feel coming is still a bladder or bowel sign (a draft that
            // set the words aside beside a faint, for set 72's rower, cleared these).
            ("bladderOrBowelChange", "Fainted at work yesterday and had a bowel accident, didn't feel it coming."),
            ("bladderOrBowelChange", "Passed out at home and had an accident, didn't feel it coming."),
        ],
        lookAlikes: [
            // A hit, a head and being sick told apart: illness, a hangover, a hard session, coaching.
            "Struck down with a bug, my head is pounding and I've been sick all night so can't make it today.",
            "Migraine hit me at work, my head was pounding and I threw up.",
            "Got absolutely smashed Saturday, my head was banging and I threw up all Sunday.",
            "Hit the wall at 30k, my head was gone and I threw up at the finish.",
            "She got confused about where to keep her head when she hit depth, we'll drill it.",
            "Bumped my head on the cupboard when my sister came round, bit of a lump.",
            "Knocked my head on the car door, then went out for about 5k, felt ok.",
            "Headache worse since Tuesday, the co-codamol makes me drowsy.",
            "Whacked his head on the J-hook, small bump, no LOC, no vomiting, no headache, no confusion.",
            "Been banging my head against a brick wall with this meal plan, sick of chicken and rice.",
            "Concussed twice playing rugby at school, threw up after one of them.",
            "Out cold as soon as my head hit the pillow.",
            "Banging headache and threw up twice last night so can't make it today.",
            "Clipped her head on the rack, bit dazed for a sec, carried on fine.",
            "Slumped off the erg after her 2k test, wiped, then went out for a cool-down walk.",
            "Eating 3,000 kcal a day and still can't put the weight on.",
            "The pain behind my left eye disappeared after a coffee.",
            "Blindness in her left eye since birth, so spot her from the right.",
            "Since his head injury he gets confused with multi-step cues, so keep instructions simple.",
            "Bumped my head on the kitchen cabinet Friday, then was sick in bed all weekend with a cold.",
            "Took a ball to the head in the group game, we got knocked out in the quarter-finals anyway.",
            "Migraine is splitting my head in two, threw up twice this morning.",
            // One eye with a cause of its own.
            "Contact lens folded in my right eye mid-set, lost the vision in it till I got it out.",
            "Caught an elbow sparring, his right eye went black and swollen.",
            "Took a knee to the face at BJJ, left eye's gone black and purple.",
            "Sweat kept running into my left eye, couldn't see out of it on the last set.",
            "Right eye still streaming from hay fever, went for about 40 mins on the bike instead.",
            "The vision in her left eye is a bit blurry since the new glasses.",
            // Denials that a general "had / been" stop would have cut short (withdrawn after review).
            "Pt denies having been incontinent or having had any saddle numbness.",
            "At no time has she been incontinent.",
            "I don't think I've ever had chest pain on a run.",
        ])
}
