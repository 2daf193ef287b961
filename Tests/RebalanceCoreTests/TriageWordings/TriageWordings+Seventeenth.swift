import RebalanceCore

/// Wordings from the seventeenth helper-written set (KB 2026.12.11), each standing for the class it taught the rules.
extension TriageWordings {
    static let seventeenth = TriageWordings(
        mustRefer: [
            (
                "bladderOrBowelChange",
                "Back's wrecked since the move, and I've had two accidents in my trackies, no warning."
            ),
            // A denial that is itself the warning ("not dieting") stays one statement with the run-on before it.
            (
                "unexplainedWeightLoss",
                "scales say im down 8 pounds since march and i havent changed a thing not dieting"
            ),
            (
                "historyOfCancer",
                "My knee's been giving me gyp for weeks. Had the breast cancer op in 2014, all done with."
            ),
            (
                "breathlessAtRestOrLyingFlat",
                "Just sat on the couch and I'm puffing, cant catch my breath even sitting still."
            ),
            ("chestPainOnExertion", "Stopped the rower – c/o retrosternal tightness, settled after 3 min rest."),
            // "About" before a number is an estimate, not something read about.
            ("highBloodPressure", "My home monitor has been reading about 150/106 most mornings, sitting quietly."),
            (
                "fractureRisk",
                "My mother slipped off the step, now big pain in the hip, she has osteoporosis. "
                    + "She is asking if she can come."
            ),
        ],
        lookAlikes: [
            // A whole number with a bare degree sign is an angle.
            "Tingling in the foot much less this week. SLR 45° → 70°, strength 5/5. Progress hinges.",
            "The numb patch on my thigh is less every week, the doctor says it's the nerve from my belt.",
            "Chest pain, dizziness or breathlessness on exertion? Not that I've ever noticed. Night pain? No.",
            "Post-CABG, cleared by cardiology. Stop criteria reviewed: chest tightness, unusual SOB. None today.",
            "If Jean ever mentions her ankles swelling or breathlessness lying down I'll send her to the GP.",
            "Coach my ate is 28 weeks pregnant and had a little bleeding, she is in hospital. I am ok, see you at 6.",
            "Rough night on the road mate – two cardiac arrests and an old fella who couldn't weight bear. I'm fine.",
            "She had pneumonia back in February with high temps, but she's been fully better since April.",
            "My Da's in hospital with a clot in his calf, all swollen. I'm grand myself.",
            "RA, on methotrexate. Knee grand, she's just wiped out from work. Gentle session.",
        ])
}
