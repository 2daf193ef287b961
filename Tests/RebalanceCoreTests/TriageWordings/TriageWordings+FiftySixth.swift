import RebalanceCore

/// Wordings for KB 2027.02.18: exceptions that set aside only their own words (brief chills from the cold outdoors, a
/// stable angina someone has cleared, a bottom numb from sitting on a wallet, running late), so a sign told beside them
/// still refers; and what blind sets 68 and 69 showed missed.
extension TriageWordings {
    static let fiftySixth = TriageWordings(
        mustRefer: [
            // The chills are the cold; a fever told beside them is not.
            ("feverWithPain", "Freezing at outdoor bootcamp, had a fever and chills since, lower back aching."),
            (
                "feverWithPain",
                "Standing around outside at the match gave me chills, but fever since Monday and back pain."
            ),
            // Only the words "stable angina" are history; chest tightness on a hill beside them is today's sign.
            (
                "chestPainOnExertion",
                "Stable angina, cardiologist cleared him in March, but chest went tight walking up the hill today."
            ),
            ("chestPainOnExertion", "GP now calls it unstable angina, using his spray more."),
            ("chestPainOnExertion", "Angina no longer stable according to the cardiologist."),
            // "Running late" is the clock, so it is no effort; a chest told with real effort still refers.
            ("chestPainOnExertion", "Running late, chest pain on the stairs again this morning."),
            ("chestPainOnExertion", "running late sorry - chest got tight running for the bus"),
            // Set 68: told after a dash, away from the effort that brought it on.
            ("chestPainOnExertion", "Chest tight on the bike, went away when I stopped."),
            ("chestPainOnExertion", "Dropped on the hack squat - out for a couple of seconds, clammy after."),
            ("feverWithPain", "Chills and shaking, back killing me, couldn't get warm even outside in the sun."),
            // A read-only review's notes: each exception must stay inside its own words.
            (
                "chestPainOnExertion",
                "Angina was stable for years, but this month he's needing his GTN spray just walking to the car."
            ),
            (
                "chestPainOnExertion",
                "Had angina on the hill walk Sunday, used his spray, knee felt stable on step-ups."
            ),
            (
                "chestPainOnExertion",
                "Stable angina, signed off by his cardiologist, used his GTN twice on the bike today."
            ),
            ("chestPainOnExertion", "Gets a heavy pressure in his chest running lately, puts it down to the cold air."),
            (
                "feverWithPain",
                "R knee hot and swollen, sore down the outside of it, had the chills and felt freezing all night."
            ),
            (
                "feverWithPain",
                "Chills and lower back pain since Tuesday - did Saturday's outdoor bootcamp in the freezing cold."
            ),
            (
                "saddleNumbness",
                "Numb bum for a week - blamed his wallet but he's moved it to his front pocket and no better."
            ),
            ("saddleNumbness", "Back went lifting Sat, numb bum both sides since, thinks it's the wallet he sits on."),
            // Stable angina no one has cleared yet is still a heart to check.
            ("chestPainOnExertion", "Stable angina, awaiting cardiology review."),
            ("chestPainOnExertion", "Signed off work with stable angina, cardiologist next month."),
            ("chestPainOnExertion", "Stable angina but he hasn't been cleared yet, waiting on the cardiologist."),
            ("saddleNumbness", "Sat on my wallet in the car, numb bum, got out and it's still numb two days later."),
            // Set 69: a faint on the erg, a fracture after sitting down hard on steroids, legs "asleep" and rising,
            // and weeks since an operation written with a decimal.
            ("chestPainOnExertion", "Erg intervals, rep 3 - slumped off the seat, came round after a few seconds."),
            (
                "fractureRisk",
                "On prednisolone for years. Sat down hard on the bench Friday - since then sharp mid-back pain."
            ),
            (
                "progressiveWeaknessOrNumbness",
                "Both legs feel like sleeping, now going up to my knees, more every day."
            ),
            ("recentSurgery", "Had his hernia repaired 3.5 wks ago, wants to deadlift."),
            // The wallet explains a numb bum, not numbness between the legs that has not gone.
            (
                "saddleNumbness",
                "Sat on my wallet all day, and now numb between my legs and round my bottom for two days."
            ),
        ],
        lookAlikes: [
            "sat on my wallet the whole drive down and my bum went numb lol, fine after a walk round the car park",
            "Freezing at outdoor bootcamp, had the chills standing around waiting",
            "sorry running late, dad had chest pains at breakfast so i drove him to the ER, i'm totally fine",
            "Popped out for a few secs to grab water, came back grey-faced from the cold.",
            "Chest DOMS from Monday, tight again when he stopped between sets.",
            "Heavy chest day, pecs felt tight once he stopped, great pump.",
            "Arms straight out for a few secs at the top of each rep, got really sweaty by set 3.",
            "Sat out for a few secs then came to the rig for pull-ups.",
            "So wiped after Tuesday's session I slumped onto the sofa and was out cold by 8.",
            "Can only train once the kids are asleep, so her sleep is getting worse.",
            "TKR 6 months ago, 1.5 months since discharge from physio.",
            "72M. Sharp upper back ache after sleeping on the sofa, same as it's been for years.",
            "Took his GTN spray to the session just in case, no symptoms, cardiologist happy.",
            "Stable angina, GP cleared him for the gym last month, knee sore on lunges.",
            "Stable angina, cardiologist cleared him for moderate exercise in March. No chest pain today or in the "
                + "last 6 months",
        ])
}
