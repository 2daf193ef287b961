import RebalanceCore

/// Wordings for KB 2027.02.28, from blind sets 86 to 89: a fever told as "running 101.2", a loss with nothing
/// changed, a fall caught on the hand with steroids, night pain nothing can be done about, vision gone double after a
/// knock told in a later sentence, a head caught on the rack, toes caught told as new; with the look-alikes (a pace
/// "running 39.5 min", lying flat after sled pushes, an operation signed off to crack on, a chiropractor's questions
/// answered "none of that", keys down a drain, pain denied on steroids, a fall laughed off, toes caught on kit).
extension TriageWordings {
    static let sixtyFifth = TriageWordings(
        mustRefer: [
            // A temperature straight after "running" is a reading.
            (
                "feverWithPain",
                "Texted at 7: been running 101.2 since last night, achy all over and my lower back is killing me."
            ),
            (
                "unexplainedWeightLoss",
                "My husband's dropped about 12 lbs since October and he hasn't changed a thing, still eating his "
                    + "usual and his Friday pint."
            ),
            // Someone else's guess at a diet explains nothing.
            (
                "unexplainedWeightLoss",
                "Not dieting, eating the same as always, but I'm down nearly a stone since New Year. The wife reckons "
                    + "I'm secretly on Slimming World ha."
            ),
            (
                "fractureRisk",
                "On prednisone for her asthma for years. Tripped on the step Sunday and caught herself on her left "
                    + "hand, wrist swollen and sore since."
            ),
            (
                "nightPainUnrelievedByRest",
                "My back wakes me every night around 2am and there's nothing I can do, tried every position, it's "
                    + "just there."
            ),
            // A sign told apart from the knock need not be among the knock's own phrases.
            (
                "headInjury",
                "Banged his head on the car door frame Saturday. Since then everything's gone double when he reads."
            ),
            (
                "headInjury",
                "Caught my head on the rack upright yesterday. This morning I've been sick twice and the headache's "
                    + "getting worse."
            ),
            // From the review: a partner's guess in the same sentence, a fall shrugged off with steroids and a
            // swollen wrist, breathless lying flat beside a rower session, an operation the client is keen on.
            (
                "unexplainedWeightLoss",
                "Lost 9kg since Xmas without trying, OH reckons I'm secretly on slimming world lol"
            ),
            (
                "fractureRisk",
                "On pred for her PMR. Caught herself on her R hand stepping off the bus Sat, wrist swollen since, "
                    + "nothing hurts when she lifts tho so wants to carry on"
            ),
            (
                "breathlessAtRestOrLyingFlat",
                "Breathless lying flat in bed, needs 3 pillows now and ankles puffy, fine in the day and did 2k on the "
                    + "rower Tues"
            ),
            // A muscle sore after a session explains nothing else the note tells.
            (
                "historyOfCancer",
                "Hx prostate ca. Glutes were sore after Monday's session but the low back pain is new."
            ),
            (
                "recentSurgery",
                "New hip 2 wks ago, keen to crack on with the gym asap, surgeon follow up not till 6 wks"
            ),
            (
                "gaitChange",
                "For a fortnight or so my feet don't do what I tell them, my toes keep catching on the pavement and my "
                    + "daughter says I'm walking like I'm on a boat."
            ),
        ],
        lookAlikes: [
            "Ran 10k this morning, running 39.5 min pace felt easy, no issues at all.",
            "Out of breath after the sled pushes, had to lie flat on the floor for a minute, fine after.",
            "14 weeks since my new hip and the surgeon signed me off last week, said crack on with the gym.",
            "had my neck cracked at the chiro Tuesday, felt looser. dizziness, double vision, anything odd? no none "
                + "of that",
            "Dropped my keys down the drain outside the gym, lost 20 minutes fishing for them, session was short.",
            "On prednisone for years for my lupus, rheumatologist is happy with me lifting, nothing hurts at the "
                + "moment.",
            "Jake's booked for Friday. His grandpa was taken to hospital last night with chest pain and sweating, so "
                + "Jake may be quiet. Jake himself feels great.",
            // From the review: a runner's weekly miles, toes caught on kit, sea legs, a camera that caught a head,
            // a count gone double figures, a fall shrugged off, falls teaching.
            "Peak week done! Running 40.5 this week, long run 18 on Sun, feeling strong",
            "My toes keep catching the edge of the box on box jumps so switched to step ups for now",
            "Kept catching my toes on the rope in double unders lol, need a longer rope",
            "Just back from the Norway cruise and still walking like I'm on a boat, see you Thursday",
            "Filmed his front squats, camera caught his head on the way down, chin's dropping. Threw up twice after "
                + "the assault bike finisher lol, classic",
            "Caught his head on the rack getting under the bar, tiny bump, laughed it off. Pull ups it's gone double "
                + "figures finally",
            "Falls class: practised getting down to the floor and back up, went over why a foosh is how wrists "
                + "break, she's feeling much more confident",
        ])
}
