import RebalanceCore
import Testing

/// Safety first: every red flag refers, in answers and in words, negations do not, referral wins.
@Suite("Safety triage")
struct TriageTests {
    @Test("Every red-flag answer refers", arguments: try knowledge().safety.redFlags.map(\.id.rawValue))
    func everyAnsweredFlagRefers(_ id: String) throws {
        let assessment = try assess(Case(redFlags: [RedFlagID(id)]))
        #expect(assessment.referral.required)
        #expect(assessment.clearance == .refer)
        let reason = try #require(assessment.referral.reasons.first)
        #expect(reason.id == id)
        #expect(!reason.message.isEmpty && !reason.seeWhom.isEmpty && !reason.source.isEmpty)
    }

    /// One symptom, one urgency: a "yes" to the health screen's chest-pain question is as urgent as the same words in
    /// a note.
    @Test func theChestPainQuestionAndTheNoteAgreeOnUrgency() throws {
        let answered = try assess(Case(healthScreen: HealthScreen(answers: ["chestPain": true])))
        let written = try assess(
            Case(healthScreen: HealthScreen(answers: [:]), notes: "Gets chest tightness when climbing stairs."))
        let fromQuestion = try #require(answered.referral.reasons.first { $0.id == "chestPain" })
        let fromNote = try #require(written.referral.reasons.first { $0.id == "chestPainOnExertion" })
        #expect(fromQuestion.urgency == fromNote.urgency)
    }

    static let phrases: [(String, String)] = [
        ("saddleNumbness", "Since Tuesday numb around the groin and inner thighs when sitting on the saddle."),
        ("saddleNumbness", "I have saddle numbness since the weekend."),
        ("saddleNumbness", "Tingling in the perineum when I sit."),
        ("saddleNumbness", "I can't feel my groin properly."),
        ("bladderOrBowelChange", "Trouble starting to pee since the back went."),
        ("bladderOrBowelChange", "New urinary incontinence this week."),
        ("bladderOrBowelChange", "I lost control of my bowels yesterday."),
        ("unexplainedWeightLoss", "Lost about 6 kg without trying over two months."),
        ("unexplainedWeightLoss", "Unexplained weight loss since spring."),
        ("nightPainUnrelievedByRest", "Night pain that is constant, no position helps."),
        ("feverWithPain", "Back pain with fever and chills this week."),
        ("feverWithPain", "Waking with night sweats."),
        ("chestPainOnExertion", "Gets chest tightness when climbing stairs."),
        ("chestPainOnExertion", "Nearly passed out while running last week."),
        ("progressiveWeaknessOrNumbness", "The numbness in my foot is spreading up the leg."),
        ("progressiveWeaknessOrNumbness", "Keeps dropping cups with the right hand."),
        ("progressiveWeaknessOrNumbness", "Her grip is getting weaker every week."),
        ("cervicalArterialSigns", "My right arm went weak and I couldn't find my words for about 10 min this morning."),
        ("traumaUnableToBearWeight", "Fell off a ladder and cannot put weight on the ankle."),
        ("recentSurgery", "Had knee surgery three weeks ago, recent operation."),
        ("pregnancyComplication", "Pregnant, 28 weeks, some bleeding yesterday."),
        ("historyOfCancer", "Treated for breast cancer in 2019; new back pain at night for three weeks."),
        ("calfPainAndSwelling", "Left calf is swollen, warm and painful since the flight."),
        ("cervicalArterialSigns", "Neck pain with double vision when I turn my head."),
    ]

    @Test("Clear phrases in notes refer", arguments: phrases)
    func phraseRefers(_ flag: String, _ text: String) throws {
        #expect(try assess(notes(text)).referralIDs.contains(flag), "\(text)")
    }

    static let negations: [String] = [
        "No saddle numbness.",
        "Denies bladder change.",
        "No numbness or tingling in the groin, no bladder issues.",
        "Denies bowel or bladder problems; no fever.",
        "No unexplained weight loss.",
        "Never had cancer.",
        "Treated for breast cancer in 2019, all clear since; here to get fitter.",
        "Screen neg for B&B, saddle anaesthesia, weight loss.",
        "Saddle numbness – no. Fever: nil.",
        "Her father had bowel cancer; her own back pain started after gardening.",
        "Numbness in the foot easing week by week.",
        "If she gets chest pain, stop and call 911.",
        "Without any chest pain on exertion.",
        "No double vision.",
        "Not pregnant, no bleeding.",
        "Sits 9 h a day. No leg symptoms.",
        "Old ankle sprain years ago, walks normally now.",
        "Morning stiffness for 10 minutes, eases when moving.",
        "Pins and needles in the hand when leaning on the elbow; goes away when I move.",
        "Back pain 6/10 after gardening, better with walking.",
        // A weaker grip on one side is an imbalance to train, not a worsening nerve (review 20).
        "Grip strength weaker on my left, grip work added to the programme.",
        "Weaker grip on the left - she's left-handed though.",
    ]

    @Test("Negated or harmless notes do not refer", arguments: negations)
    func negationDoesNotRefer(_ text: String) throws {
        let assessment = try assess(notes(text))
        #expect(!assessment.referral.required, "\(text) → \(assessment.referralIDs)")
    }

    @Test func negationDoesNotReachPastACommaOrBut() throws {
        #expect(try assess(notes("No leg pain, but numb around the groin.")).referralIDs.contains("saddleNumbness"))
        #expect(try assess(notes("No back pain, numbness in the groin")).referralIDs.contains("saddleNumbness"))
    }

    /// How people write, read the way a clinician reads it (KB 2026.11.8).
    @Test func doubleNegativesShorthandAndOnsetAreReadAsWritten() throws {
        // "Can't … without" affirms what follows "without".
        #expect(
            try assess(notes("cant really talk much without getting puffed atm even sitting down")).referralIDs
                .contains("breathlessAtRestOrLyingFlat"))
        // A lone hash is a fracture in clinical shorthand; a hashtag or a number sign is not.
        #expect(
            try assess(notes("Runner, no period for 8 months, pinpoint shin pain. ?stress #.")).referralIDs.contains(
                "fractureRisk"))
        #expect(!(try assess(notes("Great #legday, set #3 felt strong.")).referral.required))
        // One denial covers words listed with slashes.
        #expect(!(try assess(notes("Neck ROM full, no dizziness/diplopia/dysarthria on rotation.")).referral.required))
        // "Started when I was sitting" tells when it began, not that it is over.
        #expect(
            try assess(notes("heavy feeling in my chest that started when I was just sitting watching telly"))
                .referralIDs.contains("chestPainAtRest"))
        // Exertional chest pain settles on stopping: that is how it behaves, not history.
        #expect(
            try assess(notes("On the incline walk, retrosternal discomfort, resolved within 2 min of stopping."))
                .referralIDs.contains("chestPainOnExertion"))
        // A daughter writing about Dad: his blood pressure is the client's.
        let dad = "Dad's blood pressure has been running about 170/100 on his home monitor all week."
        #expect(try assess(notes(dad)).referralIDs.contains("highBloodPressure"))
    }

    /// Wordings from the seventh helper-written set (KB 2026.12.1), each standing for its class.
    @Test func layWordsFromTheSeventhSetAreReadAsAClinicianWould() throws {
        func refers(_ text: String, _ flag: String) throws -> Bool {
            try assess(notes(text)).referralIDs.contains(flag)
        }
        // Chest pressure that settles with rest behaves like pain brought on by effort.
        #expect(
            try refers("c/o central chest pressure, settled after 3 min rest. Same on stairs.", "chestPainOnExertion"))
        // Scots: "no been able tae pee".
        #expect(try refers("Back's murder and I've no been able tae pee since last night", "bladderOrBowelChange"))
        // Redness spreading from a cut, with a throbbing knee.
        #expect(
            try refers("the cut on my shin is red and hot, spreading up towards my knee, throbbing", "infectionRisk"))
        // A fall onto the hip with thin bones; one bony spot agony to press after a jump in mileage.
        #expect(try refers("osteoporosis, slipped yest and landed on R hip, limping", "fractureRisk"))
        #expect(try refers("one spot on the bone that's agony to press, upped to 70k a week", "fractureRisk"))
        // Numbness climbing both legs.
        #expect(
            try refers(
                "numbness in my feet is moving up, now past my ankles both sides", "progressiveWeaknessOrNumbness"))
        // Someone else's illness, a bank balance, and a bike saddle that stopped mattering once off the bike.
        #expect(!(try assess(notes("my father has cancer in lung and now his back is very painful")).referral.required))
        #expect(!(try assess(notes("her little boy has a fever and a sore knee")).referral.required))
        #expect(!(try assess(notes("My bank balance collapsed after Christmas")).referral.required))
        #expect(!(try assess(notes("my nan's blood pressure was 190 over 110 today")).referral.required))
        #expect(!(try assess(notes("numb bum on the new saddle, went the second I got off")).referral.required))
    }

    /// Wordings from the eighth helper-written set (KB 2026.12.2), each standing for its class.
    @Test func layWordsFromTheEighthSetAreReadAsAClinicianWould() throws {
        func refers(_ text: String, _ flag: String) throws -> Bool {
            try assess(notes(text)).referralIDs.contains(flag)
        }
        #expect(
            try refers(
                "I had an accident today like I didn't even no I was going till it was happening",
                "bladderOrBowelChange"))
        #expect(
            try refers("my calf is killing me its really fat and hot compared to the other one", "calfPainAndSwelling"))
        #expect(
            try refers(
                "in spinning when I push hard I feel pain in the middle of chest like a weight", "chestPainOnExertion"))
        #expect(
            try refers(
                "went lightheaded on my run and went down at the top of the hill, came round straight away",
                "chestPainOnExertion"))
        #expect(
            try refers("while watching TV I feel something is pressing my chest and I am sweating", "chestPainAtRest"))
        #expect(
            try refers("when I sit on toilet I don't feel good the skin there, like it is sleeping", "saddleNumbness"))
        // Questions, stop rules and someone else's fall are not the client's signs.
        #expect(
            !(try assess(notes("what would happen if I got numbness down there on the bike? just curious")).referral
                .required))
        #expect(
            !(try assess(notes("Mam's after falling and can't put weight on her hip, she's in A&E")).referral.required))
        let stopRules = Case(
            healthScreen: HealthScreen(pregnant: true, pregnancyWeeks: 22),
            notes: "22/40. Stop if bleeding, fluid leak or bad headache, went through it with her.")
        #expect(!(try assess(stopRules).referral.required))
    }

    @Test func hedgedMentionsStillRefer() throws {
        #expect(try assess(notes("Not sure if it matters: numb in the groin after riding.")).referral.required)
    }

    @Test func painAreaNotesAreScannedToo() throws {
        let input = Case(painAreas: [
            PainArea(region: .lowBack, side: .both, nprs: 6, notes: "incontinence since Monday")
        ])
        #expect(try assess(input).referralIDs.contains("bladderOrBowelChange"))
    }

    @Test func positiveOttawaRuleRefers() throws {
        let assessment = try assess(findings(.positive("ottawaAnkle", .left)))
        #expect(assessment.referralIDs.contains("traumaUnableToBearWeight"))
        #expect(try !assess(findings(.positive("ottawaAnkle", .left, false))).referral.required)
    }

    @Test func bloodPressureRule() throws {
        func screen(_ systolic: Int, _ diastolic: Int) throws -> Assessment {
            try assess(
                Case(
                    healthScreen: HealthScreen(
                        restingBloodPressure: BloodPressure(systolic: systolic, diastolic: diastolic))))
        }
        #expect(try screen(160, 80).clearance == .refer)
        #expect(try screen(130, 100).clearance == .refer)
        #expect(try screen(159, 99).clearance == .clearedWithCaution)
        #expect(try screen(139, 89).clearance == .cleared)
    }

    @Test func healthQuestionOutcomes() throws {
        func answered(_ id: String) throws -> Assessment {
            try assess(Case(healthScreen: HealthScreen(answers: [id: true])))
        }
        #expect(try answered("boneJointProblem").clearance == .cleared)
        #expect(try answered("prescribedMedication").clearance == .clearedWithCaution)
        #expect(try answered("heartConditionOrHighBP").clearance == .clearedWithCaution)
        #expect(try answered("chestPain").clearance == .refer)
        #expect(try answered("medicallySupervisedOnly").clearance == .refer)
        let allNo = try assess(
            Case(healthScreen: HealthScreen(answers: ["chestPain": false, "boneJointProblem": false])))
        #expect(allNo.clearance == .cleared)
    }

    @Test func pregnancyIsACautionNotAReferral() throws {
        let assessment = try assess(Case(healthScreen: HealthScreen(pregnant: true, pregnancyWeeks: 22)))
        #expect(assessment.clearance == .clearedWithCaution)
        #expect(assessment.cautions.contains { $0.id == "pregnancy" })
    }

    /// Not having felt the baby kick is a warning once kicks are expected (RCOG: felt by 20 weeks); fewer kicks
    /// than usual, and every other sign, refer at any week.
    @Test func notFeelingKicksCountsFromTheWeekKicksAreExpected() throws {
        func refers(_ note: String, weeks: Int?) throws -> Bool {
            try assess(Case(healthScreen: HealthScreen(pregnant: true, pregnancyWeeks: weeks), notes: note))
                .referralIDs.contains("pregnancyComplication")
        }
        #expect(try !refers("Haven't felt the baby kick yet, first-time mum.", weeks: 15))
        #expect(try refers("Haven't felt the baby kick since Sunday.", weeks: 20))
        #expect(try refers("Haven't felt the baby kick since Sunday.", weeks: nil), "an unknown week refers")
        #expect(try refers("Haven't felt the baby kick since Sunday.", weeks: 0), "a 0 is no week")
        #expect(try refers("Baby kicking less than usual today.", weeks: 17), "a change from her usual refers")
        #expect(try refers("Some spotting this morning, not felt baby kick yet.", weeks: 12))
        // The note's own week counts when the screen gives none, and when it is later than the screen's.
        #expect(try !refers("15 weeks pregnant, not felt the baby move yet.", weeks: nil))
        #expect(try !refers("Pregnant, 16 wks. No kicks felt yet, midwife says normal.", weeks: nil))
        #expect(try refers("Pregnant, 2 weeks of not feeling the baby move.", weeks: nil), "weeks that tell how long")
        #expect(try refers("31/40, haven't felt the baby move today.", weeks: 16))
        #expect(try refers("Third trimester, haven't felt the baby kick today.", weeks: nil))
        // A week that is not this pregnancy's now holds nothing back.
        #expect(try refers("Lost her last baby at 18 weeks pregnant. Not felt the baby kick since lunch.", weeks: nil))
        #expect(try refers("She was 16 weeks pregnant when she joined. Not felt the baby move today.", weeks: nil))
        #expect(try refers("Booked at 10/40. Haven't felt the baby kick since last night.", weeks: nil))
        #expect(try refers("First trimester was rough. Not felt the baby move today.", weeks: nil))
    }

    @Test func referralWinsOverEverythingElse() throws {
        var input = try CaseReader(knowledge: knowledge()).read(example("desk-worker-low-back.case.json"))
        input.healthScreen = HealthScreen(answers: ["prescribedMedication": true])
        input.notes += " Mentions unexplained weight loss."
        let assessment = try assess(input)
        #expect(assessment.clearance == .refer)
        #expect(assessment.referral.required)
        #expect(assessment.patternIDs.contains("lowerCrossed"), "the engine still reports what it saw")
        let text = AssessmentTextReport(knowledge: try knowledge()).render(assessment)
        #expect(text.hasPrefix("REFER TO A CLINICIAN"))
    }

    /// The text report gives who and how soon as two fields, so a "who" with its own timing reads as written.
    @Test func theTextReportSaysWhoAndHowSoonApart() throws {
        let assessment = try assess(Case(redFlags: ["chestPainAtRest", "breathlessAtRestOrLyingFlat"]))
        let text = AssessmentTextReport(knowledge: try knowledge()).render(assessment)
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("  • ") }
        #expect(lines.count == 2 && lines.allSatisfy { $0.contains(". Who: ") && $0.contains(". How soon: ") })
        #expect(!text.contains("see 911") && !text.contains("today, today"), "\(text)")
    }

    @Test func reasonsAreOrderedByUrgency() throws {
        let assessment = try assess(Case(redFlags: ["historyOfCancer", "saddleNumbness", "feverWithPain"]))
        #expect(assessment.referral.reasons.map(\.urgency) == assessment.referral.reasons.map(\.urgency).sorted())
        #expect(assessment.referral.reasons.first?.id == "saddleNumbness")
    }
}
