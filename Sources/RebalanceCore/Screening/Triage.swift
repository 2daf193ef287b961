/// Safety triage, run before anything else: red-flag answers and phrases, positive Ottawa rules,
/// health-screen answers and blood pressure decide whether the client is cleared or referred.
public struct Triage: Sendable {
    public let safety: SafetyDefinitions
    private let scanner: NoteScanner

    public init(safety: SafetyDefinitions) {
        self.safety = safety
        self.scanner = NoteScanner(flags: safety.redFlags, cues: safety.noteReading)
    }

    public func evaluate(_ input: Case) -> TriageResult {
        var reasons: [ReferralReason] = []
        var cautions: [Caution] = []
        let answered = Set(input.redFlags)
        for flag in safety.redFlags where answered.contains(flag.id) {
            reasons.append(reason(flag, .answer, "answered yes: \(flag.question)"))
        }
        // Scan in a fixed order so the quoted evidence never depends on the order areas were listed in.
        let areaNotes = input.painAreas.sorted { ($0.region.rawValue, $0.side) < ($1.region.rawValue, $1.side) }
            .compactMap(\.notes).sorted()
        let texts = [input.notes] + areaNotes + input.goals
        let pregnant = input.healthScreen?.pregnant == true
        var doubts: [NoteScanner.Doubt] = []
        for text in texts where !text.isEmpty {
            let reading = scanner.read(
                text, pregnant: pregnant, pregnancyWeeks: input.healthScreen?.pregnancyWeeks, sex: input.client.sex,
                age: input.client.age)
            for match in reading.matches {
                guard let flag = safety.redFlags.first(where: { $0.id == match.flag }) else { continue }
                reasons.append(reason(flag, .notes, "noticed in the notes: “\(match.excerpt)”"))
            }
            doubts += reading.doubts
            // A pressure written in a note is judged by the same rule as the measured one.
            for pressure in reading.pressures {
                bloodPressureOutcome(
                    systolic: pressure.systolic, diastolic: pressure.diastolic, trigger: .notes,
                    written: pressure.text, reasons: &reasons, cautions: &cautions)
            }
        }
        for flag in safety.redFlags {
            for test in flag.positiveTests ?? [] {
                let sides = input.findings.filter { $0.test == test && $0.value == .boolean(true) }
                    .map { $0.side ?? .both }.sorted()
                guard !sides.isEmpty else { continue }
                let named = sides.map(\.rawValue).joined(separator: ", ")
                reasons.append(reason(flag, .test, "\(test) positive (\(named))"))
            }
        }
        if let screen = input.healthScreen {
            screenOutcome(screen, reasons: &reasons, cautions: &cautions)
        }
        let questions = confirmingQuestions(doubts, settled: Set(reasons.map(\.id)), answers: input.confirmations)
        for question in questions where question.answer == true {
            guard let flag = safety.redFlags.first(where: { $0.id == question.flag }) else { continue }
            reasons.append(
                reason(flag, .confirmed, "confirmed as the client's own, current symptom: “\(question.excerpt)”"))
        }
        let unique = Self.firstPerID(reasons).sorted { ($0.urgency, $0.id) < ($1.urgency, $1.id) }
        let referral = Referral(reasons: unique)
        // Without health answers nobody has been cleared: "not screened", unless a warning sign was already found.
        let clearance: Clearance =
            referral.required
            ? .refer
            : questions.contains { $0.answer == nil }
                ? .confirmFirst
                : input.healthScreen == nil ? .notScreened : (cautions.isEmpty ? .cleared : .clearedWithCaution)
        return TriageResult(referral: referral, clearance: clearance, cautions: cautions, questions: questions)
    }

    /// One question per sign the notes mention but set aside, unless another mention or answer already refers
    /// for it; with the trainer's answer when there is one.
    private func confirmingQuestions(
        _ doubts: [NoteScanner.Doubt], settled: Set<String>, answers: [Confirmation]
    ) -> [ConfirmingQuestion] {
        var asked = settled
        return doubts.compactMap { doubt in
            guard asked.insert(doubt.flag.rawValue).inserted,
                let flag = safety.redFlags.first(where: { $0.id == doubt.flag })
            else { return nil }
            let answer = answers.last { $0.flag == doubt.flag }?.current
            return ConfirmingQuestion(flag: flag, excerpt: doubt.excerpt, reason: doubt.reason, answer: answer)
        }
    }

    private func screenOutcome(_ screen: HealthScreen, reasons: inout [ReferralReason], cautions: inout [Caution]) {
        for question in safety.healthQuestions where screen.answers[question.id] == true {
            switch question.ifYes {
            case .noted:
                break
            case .caution:
                cautions.append(Caution(id: question.id, message: question.followUp, source: question.source))
            case .refer:
                reasons.append(
                    ReferralReason(
                        id: question.id, name: question.question, message: question.followUp,
                        seeWhom: question.seeWhom ?? "your doctor", urgency: question.urgency ?? .beforeTraining,
                        trigger: .healthScreen,
                        evidence: "answered yes: \(question.question)", source: question.source))
            }
        }
        if let pressure = screen.restingBloodPressure {
            bloodPressureOutcome(
                systolic: pressure.systolic, diastolic: pressure.diastolic, trigger: .bloodPressure, written: nil,
                reasons: &reasons, cautions: &cautions)
        }
        if screen.pregnant == true {
            let weeks = screen.pregnancyWeeks.map { " (\($0) weeks)" } ?? ""
            cautions.append(
                Caution(
                    id: "pregnancy", message: safety.pregnancyCaution + weeks,
                    source: "ACOG Committee Opinion 804, 2020"))
        }
    }

    /// One rule for every blood pressure, measured or written in a note; a note may give only the upper number,
    /// which is then judged alone.
    private func bloodPressureOutcome(
        systolic: Int, diastolic: Int?, trigger: ReferralTrigger, written: String?, reasons: inout [ReferralReason],
        cautions: inout [Caution]
    ) {
        let rule = safety.bloodPressure
        let reading = diastolic.map { "\(systolic)/\($0) mmHg" } ?? "upper number \(systolic) mmHg"
        let lower = diastolic ?? 0
        let evidence =
            written.map { "noticed in the notes: “\($0)” (\(reading))" } ?? "resting blood pressure \(reading)"
        if systolic >= rule.referSystolic || lower >= rule.referDiastolic {
            reasons.append(
                ReferralReason(
                    id: "highBloodPressure",
                    name: "Resting blood pressure at or above \(rule.referSystolic)/\(rule.referDiastolic)",
                    message: rule.message, seeWhom: "your doctor", urgency: .soon, trigger: trigger,
                    evidence: evidence, source: rule.source))
        } else if systolic >= rule.cautionSystolic || lower >= rule.cautionDiastolic {
            cautions.append(
                Caution(
                    id: "elevatedBloodPressure", message: "\(rule.cautionMessage) (\(reading))", source: rule.source))
        }
    }

    private func reason(_ flag: RedFlagDefinition, _ trigger: ReferralTrigger, _ evidence: String) -> ReferralReason {
        ReferralReason(
            id: flag.id.rawValue, name: flag.name, message: flag.message, seeWhom: flag.seeWhom,
            urgency: flag.urgency, trigger: trigger, evidence: evidence, source: flag.source)
    }

    /// One reason per id: the first trigger found (answers before notes before tests) explains it.
    private static func firstPerID(_ reasons: [ReferralReason]) -> [ReferralReason] {
        var seen = Set<String>()
        return reasons.filter { seen.insert($0.id).inserted }
    }
}
