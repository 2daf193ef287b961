import RebalanceCore

/// Wordings for KB 2027.02.24, from blind sets 75 and 76 and three read-only reviews: news told ahead of a session and
/// a dragged right or left foot; with the reviews' look-alikes (a trainer's plan for the next session, a dog's own
/// signs, a stubbed toe, foot-dragging as an idiom, a deliberate gait change) and the signs that the withdrawn drafts
/// (a "fine at first but" reader rule, new past-time words, a dog walked by the client) would have hidden.
extension TriageWordings {
    static let sixtyFirst = TriageWordings(
        mustRefer: [
            // News told ahead of a session is not the trainer's plan for it.
            (
                "breathlessAtRestOrLyingFlat",
                "I thought I ought to mention before our next session that for the past fortnight I've been short of "
                    + "breath even sitting still, and I now sleep propped up on three pillows or I wake up gasping."
            ),
            // A dragged foot with its side told; a gait change set aside as deliberate leaves the other signs.
            (
                "gaitChange",
                "My husband says I've been dragging my right foot the last couple of weeks and I keep catching my "
                    + "toe on the rug."
            ),
            ("gaitChange", "Keep catching my right toe on the stairs lately, stubbed it twice this week."),
            (
                "gaitChange",
                "Walks slowly and very deliberately now, obvious gait change since last wk, holding the wall in the "
                    + "corridor."
            ),
            (
                "gaitChange",
                "Running coach flagged a gait change - I keep catching my right toe and stumbling this week."
            ),
            // Signs that withdrawn drafts would have set aside: a time before an operation, "fine at first but".
            (
                "calfPainAndSwelling",
                "Left calf swollen, hot and sore since the long-haul flight on Sunday, before that I'd been totally "
                    + "fine."
            ),
            (
                "breathlessAtRestOrLyingFlat",
                "Before the op I'd get breathless lying flat and I still do, need 3 pillows."
            ),
            (
                "chestPainAtRest",
                "My angina's changed - before that I'd only get chest tightness on hills, now I get chest tightness "
                    + "sitting at my desk."
            ),
            (
                "breathlessAtRestOrLyingFlat",
                "Waking up gasping for breath most nights, want to be fitter before the operation in May."
            ),
            ("chestPainOnExertion", "Chest pain going up stairs, GP wants it checked before my op next month."),
            (
                "headInjury",
                "Came off my bike and hit my head on the kerb, the paramedic checked me over and I felt fine at first "
                    + "but since then I've been sick three times and I'm really confused."
            ),
            (
                "chestPainAtRest",
                "Was fine at first this morning but since I sat down at my desk I've had a heavy crushing pain in my "
                    + "chest going into my left arm."
            ),
            (
                "calfPainAndSwelling",
                "Knee op 3 weeks ago, recovered fine at first but now my calf is swollen, hot and sore."
            ),
            (
                "bladderOrBowelChange",
                "C/o sharp pain in her back & legs since Sat, legs weak and struggling to pass urine."
            ),
        ],
        lookAlikes: [
            "Working on transitioning to midfoot strike per running coach - deliberate gait change. No pain.",
            "Before our next session, if calf pain or swelling, stop and call GP.",
            "Before the next session: saddle numbness or new bladder trouble = stop and 999.",
            "Just so you know before our next session: calf pain with swelling after a long flight = no training, GP "
                + "that day.",
            "Walked my dad round the block, he got a heavy squeezing in his chest halfway up the hill.",
            "Walking the dog tonight and she's gone really wobbly on her back legs, keeps falling over, vet Monday.",
            "I took the dog out at lunch and he threw up twice, now he seems really confused - vet at 4.",
            "I walk the dog every morning and she's started stumbling and bumping into things, getting old bless her.",
            "Been sick twice today with a tummy bug, and my boss keeps asking me the same thing - when will you be "
                + "back",
            "Kept hitting my head on the pull-up bar at first but now I unconsciously duck under it.",
            "Caught my big toe on the bed frame this morning, swollen and purple now, think it's broken.",
            "Caught my big toe on the coffee table last night, think it's broken, purple now.",
            "Catching my toe on the box during box jumps today, shin's a mess lol.",
            "Caught his toes on the sled push, nail came off, sore now.",
            "Sorry, I've been dragging my feet on the food diary lately - will fill it in tonight.",
            "Mountain climbers - dragging the feet today, cued to drive knees.",
        ]
    )
}
