import RebalanceCore

/// Wordings for KB 2027.02.21, from blind set 72 and a read-only review: a hit to the head with a warning sign after
/// it (the head injury flag), and sight lost in one eye for minutes; with the review's everyday look-alikes.
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
            ("cervicalArterialSigns", "The vision in her left eye went for about five minutes this morning."),
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
            "Took a ball to the head in the group game, we got knocked out in the quarter-finals anyway.",
            "Quick q - if I hit my head on the bar and feel a bit confused after, is that a concussion?",
            "Migraine is splitting my head in two, threw up twice this morning.",
            // One eye with a cause of its own.
            "Contact lens folded in my right eye mid-set, lost the vision in it till I got it out.",
            "Usual migraine aura, lost vision in my left eye for 20 mins then the headache, same as always.",
            "Caught an elbow sparring, his right eye went black and swollen.",
            "Can't see out of her left eye since a childhood injury, so spot her from the right.",
            "The vision in her left eye is a bit blurry since the new glasses.",
            // Denials that a general "had / been" stop would have cut short (withdrawn after review).
            "Pt denies having been incontinent or having had any saddle numbness.",
            "At no time has she been incontinent.",
            "I don't think I've ever had chest pain on a run.",
        ])
}
