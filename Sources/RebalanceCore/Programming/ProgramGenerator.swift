/// Turns an assessment into a phased corrective program: Reposition → Re-educate → Reinforce & Progress.
///
/// Pure and deterministic: the same case, assessment and options always give the same program.
public struct ProgramGenerator: Sendable {
    public let knowledge: KnowledgeBase
    /// Built once: compiling the red-flag phrases is the costly part of an engine.
    private let engine: AssessmentEngine

    public init(knowledge: KnowledgeBase) {
        self.init(engine: AssessmentEngine(knowledge: knowledge))
    }

    /// Shares an engine that already exists (the app keeps one for its lifetime).
    public init(engine: AssessmentEngine) {
        self.engine = engine
        knowledge = engine.knowledge
    }

    /// Assesses the case, then builds its program.
    public func generate(for input: Case, options: ProgramOptions = ProgramOptions()) throws(ProgramError)
        -> CorrectiveProgram
    {
        try generate(for: input, assessment: engine.assess(input), options: options)
    }

    /// Builds the program for an assessment already made from `input`.
    public func generate(for input: Case, assessment: Assessment, options: ProgramOptions) throws(ProgramError)
        -> CorrectiveProgram
    {
        if assessment.referral.required { throw .referralRequired(assessment.referral.reasons) }
        let open = assessment.questions.filter { $0.answer == nil }
        if !open.isEmpty { throw .confirmFirst(open) }
        let issues = options.issues()
        if !issues.isEmpty { throw .invalidOptions(issues) }

        let needs = MuscleNeed.from(assessment, knowledge: knowledge)
        let conditions = ExerciseSafety.conditions(
            from: input.healthScreen, cautions: assessment.cautions,
            stated: options.conditions.union(options.surgeryRegion == nil ? [] : [.recentSurgery]))
        let safety = ExerciseSafety(
            painAreas: input.painAreas, conditions: conditions, rules: knowledge.safety.positionRules)
        let criteria = PhaseCriteria(assessment: assessment, painAreas: input.painAreas, knowledge: knowledge)

        var substitutions: [Substitution] = []
        var unaddressed: [UnaddressedNeed] = []
        // Nothing to correct: straight to Reinforce & Progress.
        let kinds: [ExerciseDefinition.Phase] =
            assessment.patterns.isEmpty ? [.reinforce] : ExerciseDefinition.Phase.allCases
        let phases = kinds.map { phase in
            var builder = PhaseBuilder(
                knowledge: knowledge, phase: phase, safety: safety, equipment: options.sessionEquipment,
                level: options.level, budget: options.minutesPerSession, needs: needs)
            PhasePlan(phase: phase).fill(&builder, needs: needs)
            substitutions += builder.substitutions
            unaddressed += builder.unaddressed
            return assemble(phase, from: builder, options: options, criteria: criteria)
                .marking(surgery: options.surgeryRegion, knowledge: knowledge)
        }
        return CorrectiveProgram(
            knowledgeBaseVersion: knowledge.meta.version, options: options, client: input.client,
            painAreas: input.painAreas,
            focus: assessment.patterns.map {
                ProgramFocus(pattern: $0.id, name: $0.name, side: $0.side, confidence: $0.confidence)
            },
            phases: phases, substitutions: substitutions, unaddressed: unaddressed, cautions: assessment.cautions,
            conditions: conditions.sorted { $0.rawValue < $1.rawValue }, disclaimer: knowledge.meta.disclaimer)
    }

    /// Orders the chosen exercises by block, picks the home routine and lays out the week.
    private func assemble(
        _ phase: ExerciseDefinition.Phase, from builder: PhaseBuilder, options: ProgramOptions,
        criteria: PhaseCriteria
    ) -> ProgramPhase {
        let ordered = builder.choices.enumerated()
            .sorted { ($0.element.block, $0.offset) < ($1.element.block, $1.offset) }
            .map(\.element)
        let exercises = ordered.map(prescription)
        let plan = PhasePlan(phase: phase)
        var practice: [ExerciseID] = []
        var practiceMinutes = 0
        for exercise in exercises where plan.practiceBlocks.contains(exercise.block) {
            let atHome = exercise.equipment.allSatisfy(options.homeEquipment.contains)
            if atHome, practiceMinutes + exercise.minutes <= plan.practiceMinutes {
                practice.append(exercise.exercise)
                practiceMinutes += exercise.minutes
            }
        }
        let sessionMinutes = exercises.reduce(0) { $0 + $1.minutes }
        let schedule = WeeklySchedule.make(
            sessions: options.sessionsPerWeek, setting: options.setting,
            practiceDays: min(plan.practiceDays, 7 - options.sessionsPerWeek), sessionMinutes: sessionMinutes,
            practiceMinutes: practiceMinutes)
        return ProgramPhase(
            phase: phase, title: plan.title, goal: plan.goal, minWeeks: plan.weeks.lowerBound,
            maxWeeks: plan.weeks.upperBound, exercises: exercises, homePractice: practice, schedule: schedule,
            sessionMinutes: sessionMinutes, homePracticeMinutes: practiceMinutes,
            progressionCriteria: criteria.criteria(for: phase, exercises: exercises))
    }

    private func prescription(_ choice: PhaseBuilder.Choice) -> PrescribedExercise {
        let exercise = choice.exercise
        let lead = SideDosing.leadSide(of: exercise, reasons: choice.reasons)
        return PrescribedExercise(
            exercise: exercise.id, name: exercise.name, block: choice.block, equipment: exercise.equipment,
            dosage: SideDosing.dosage(of: exercise, leadSide: lead), cues: exercise.cues, reasons: choice.reasons,
            regression: exercise.regression, progression: exercise.progression,
            minutes: SideDosing.minutes(of: exercise, leadSide: lead))
    }
}

extension ProgramPhase {
    /// The phase with every exercise that loads the operated region marked (it stays: the surgeon's limits, not
    /// the program, decide how far it goes).
    func marking(surgery region: Region?, knowledge: KnowledgeBase) -> ProgramPhase {
        guard let region else { return self }
        var marked = self
        for index in marked.exercises.indices {
            guard let exercise = knowledge.exercisesByID[marked.exercises[index].exercise],
                Self.loads(exercise, region, knowledge)
            else { continue }
            marked.exercises[index].caution =
                "After the \(region.plainName) operation: only within the surgeon's limits; check before loading it."
        }
        return marked
    }

    /// Whether the exercise works a muscle of `region`, or lists pain there among its limits.
    private static func loads(_ exercise: ExerciseDefinition, _ region: Region, _ knowledge: KnowledgeBase) -> Bool {
        (exercise.avoidWhenPain ?? []).contains { $0.region == region }
            || exercise.targets.contains { knowledge.musclesByID[$0.muscle]?.region == region }
    }
}
