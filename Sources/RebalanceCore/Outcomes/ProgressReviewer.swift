/// Checks a phase's progression criteria against session logs and re-tests, and says what to change.
///
/// Pure: the same program and input always give the same review.
public struct ProgressReviewer: Sendable {
    /// A rise of 2 NPRS points is the smallest change clients feel as real (Farrar JT et al. 2001, Pain).

    public let knowledge: KnowledgeBase
    /// Built once: re-tests are judged by the same engine as the assessment.
    private let engine: AssessmentEngine

    public init(knowledge: KnowledgeBase) {
        self.init(engine: AssessmentEngine(knowledge: knowledge))
    }

    /// Shares an engine that already exists.
    public init(engine: AssessmentEngine) {
        self.engine = engine
        knowledge = engine.knowledge
    }

    /// Reviews the current phase; throws when the re-test findings are not valid case findings.
    public func review(_ program: CorrectiveProgram, input: ProgressInput) throws(CaseError) -> PhaseReview {
        let retestCase = Case(client: program.client, findings: input.retest)
        do {
            try CaseValidator(knowledge: knowledge).validate(retestCase)
        } catch {
            // The findings arrived as `retest`, so the messages must point there.
            throw CaseError(
                error.issues.map {
                    CaseIssue($0.path.replacing("findings", with: "retest", maxReplacements: 1), $0.message)
                })
        }
        let observations = engine.assess(retestCase).observations
        let sessions = input.sessions.sorted { $0.date < $1.date }
        let asOf = input.asOf ?? max(sessions.last?.date ?? input.startedOn, input.startedOn)
        guard let phase = program.phase(input.phase) else {
            throw CaseError("phase", "the program has no \(input.phase) phase")
        }
        let context = CriterionCheck(
            program: program, phase: phase, sessions: sessions.filter { $0.date <= asOf }, startedOn: input.startedOn,
            asOf: asOf, retest: observations)
        let statuses = phase.progressionCriteria.map(context.status)
        let flares = context.flares()
        let adjustments = ExerciseAdjuster(
            knowledge: knowledge, phase: phase, sessions: context.sessions, flares: flares
        )
        .adjustments()

        let decision: PhaseReview.Decision
        let summary: String
        let open = statuses.filter { $0.status != .met }
        if !flares.isEmpty {
            decision = .regress
            let areas = Set(flares.map { $0.region.plainName }).sorted().joined(separator: ", ")
            summary = "Pain flared in the \(areas): ease back to the regressions below and re-check next session."
        } else if open.isEmpty {
            decision = input.phase == .reinforce ? .maintain : .progress
            summary =
                decision == .progress
                ? "Every criterion is met: move on to the next phase."
                : "Every criterion is met: keep training and re-check every 4–6 weeks."
        } else {
            decision = .stay
            summary = "Stay in \(phase.title): \(open.count) of \(statuses.count) criteria not met yet."
        }
        return PhaseReview(
            phase: input.phase, asOf: asOf, decision: decision, summary: summary, criteria: statuses, flares: flares,
            adjustments: adjustments)
    }
}
