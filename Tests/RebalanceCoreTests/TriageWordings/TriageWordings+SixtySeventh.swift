import RebalanceCore

/// Wordings for KB 2027.03.02, from blind sets 94 to 97 and a read-only review: a knock from a pole walked into, a day
/// asked after a knock, the middle of her back on steroids, a bone cancer of childhood, a squeeze in the middle of the
/// chest each time the effort comes, a chest told beside a session booked, lying flat told as a reason, double vision
/// after the chiropractor, a baby who has barely moved; with the look-alikes (a phone call at a desk, night sweats on
/// HRT, a hydration bladder, a sofa collapsed onto, a water bottle that leaked, a cataract signed off, a shuffle that
/// has not changed, a younger brother's temperature, a husband's buddy at the chiropractor).
extension TriageWordings {
    static let sixtySeventh = TriageWordings(
        mustRefer: [
            (
                "headInjury",
                "lol so i walked into a tent pole at reading fest sat nite and apparently i was spark out for like a "
                    + "min?? head is worse today than yday and i keep nodding off mid convo on the coach home."
            ),
            (
                "headInjury",
                "He smacked his head on the car boot lid putting his laptop bag in, said hes fine but hes been really "
                    + "drowsy all eve and keeps asking me what day it is."
            ),
            (
                "chestPainAtRest",
                "She's been sitting at her desk on a call for the last half hour and says her chest feels heavy like "
                    + "someone's sitting on it, she's clammy and gray and it's going up into her jaw."
            ),
            (
                "chestPainAtRest",
                "Dad is booked for 10 but he's been sat in his chair since breakfast with a pressure in the middle of "
                    + "his chest going down his left arm, and he's grey and sweaty."
            ),
            (
                "fractureRisk",
                "Mum has osteoporosis and has been on steroids for her lungs for years. She only slid off the bottom "
                    + "stair on Sunday, didn't even properly fall, but since then she's had a sharp pain in the "
                    + "middle of her back that catches when she breathes in or turns."
            ),
            (
                "historyOfCancer",
                "PMH: osteosarcoma L femur aged 12, treated + discharged. Since Sept has had a deep ache in her "
                    + "lower back, not linked to any training or lifting, and not settling."
            ),
            (
                "chestPainOnExertion",
                "coach had us running suicides at practice and every time i hit the 3rd line i get this squeezing "
                    + "thing right in the middle of my chest, it goes away like 5 min after i stop."
            ),
            (
                "breathlessAtRestOrLyingFlat",
                "Kidney clinic's not till next month but this week I've been sleeping propped on 3 pillows cos if I "
                    + "lie flat I can't get my breath."
            ),
            (
                "cervicalArterialSigns",
                "my buddy talked me into her chiropractor sat, he did the big twist/crack thing. ever since i keep "
                    + "getting these dizzy spells, saw double for like 10 min this morning."
            ),
            (
                "pregnancyComplication",
                "32/40 today, she's usually kicking like crazy after breakfast but she's barely moved since last "
                    + "night. otherwise feel fine."
            ),
            // The review's notes: what the new set-asides must not hide.
            (
                "chestPainOnExertion",
                "Carried the shopping up to the flat and got a crushing pain in my chest, collapsed on the sofa and "
                    + "couldn't get my breath for 20 mins, still feel rough"
            ),
            (
                "feverWithPain",
                "Even on HRT I'm getting drenching night sweats again, soaking the sheets 3 times a night and shaking "
                    + "with cold after each one, lost my appetite too"
            ),
            (
                "pregnancyComplication",
                "37 weeks pregnant and I've been leaking on and off since 6am, clear and not wee, changed my pants "
                    + "twice, been drinking loads from my big bottle like the midwife said"
            ),
            (
                "recentSurgery",
                "Surgeon signed me off work for 6 weeks after the hernia op last Tuesday, walking only for exercise "
                    + "and no lifting till I'm seen at my check"
            ),
            (
                "gaitChange",
                "Bill walked fine for years, this week he's suddenly shuffling with tiny steps and catching his toes "
                    + "on the mat"
            ),
            (
                "cervicalArterialSigns",
                "Saw double on and off yesterday afternoon at my desk, maybe 10 mins each time, no idea why, fine today"
            ),
            (
                "chestPainOnExertion",
                "Both off school with chickenpox so I'm shattered, and I've been getting a tight crushing chest every "
                    + "time I go up the stairs since Tuesday"
            ),
        ],
        lookAlikes: [
            "night sweats were drenching me most nights over the summer but since the GP started me on HRT gel 6 wks "
                + "ago they've nearly gone, sleeping through, see you sat",
            "camelbak bladder leaked all down my back on the long run, soaked thru by mile 9 lol, new one ordered, "
                + "fine for thurs",
            "Shannon basically collapsed on the sofa after her sprint tri and slept 10 hrs lol, PR'd by 4 min tho!",
            "Quick note from Jess's husband: she's 28 weeks and doing fine, but her water bottle leaked all over her "
                + "bag after your class so she left her towel there to dry. Baby's kicking away.",
            "Mum had her cataract done 6 weeks ago and the consultant signed her off at the check yesterday - all "
                + "clear for exercise, just no swimming for another week.",
            "Dad saw his neurologist last week - his walking's the same as it's been for the past year, a little "
                + "shuffle when he's tired in the evenings, nothing new.",
            "might be 10 mins late, little bro has a temp of 39 and mum's at work so im dropping him at nan's. I'm "
                + "fine, not even a sniffle",
            "Paramedic shift was brutal, out on a call to a man with crushing chest pain at 3am. I'm fine, just "
                + "knackered.",
            "Bumped my head on the loft hatch yesterday, tiny lump, feel totally fine. Only drama is the 5yo keeps "
                + "asking me what day it is bc she's counting down to her party lol",
            "Saw double when the twins walked in for their session today, matching pink sets and everything",
        ])
}
