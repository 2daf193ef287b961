/// Checks each progression criterion of a phase against the logs up to the review day.
struct CriterionCheck {
    let program: CorrectiveProgram
    let phase: ProgramPhase
    /// Logs up to the review day, oldest first.
    let sessions: [SessionLog]
    let startedOn: CalendarDay
    let asOf: CalendarDay
    let retest: [Observation]

    func status(_ criterion: ProgressionCriterion) -> CriterionStatus {
        let (status, detail) = check(criterion)
        return CriterionStatus(
            criterion: criterion.id, kind: criterion.kind, description: criterion.description, status: status,
            detail: detail)
    }

    private func check(_ criterion: ProgressionCriterion) -> (CriterionStatus.Status, String) {
        switch criterion.kind {
        case .minimumWeeks: weeks(criterion)
        case .pain: pain(criterion)
        case .adherence: adherence(criterion)
        case .technique: technique(criterion)
        case .effort: effort(criterion)
        case .retest: retest(criterion)
        }
    }

    private func weeks(_ criterion: ProgressionCriterion) -> (CriterionStatus.Status, String) {
        let days = startedOn.days(to: asOf)
        let needed = (criterion.weeks ?? 0) * 7
        return (days >= needed ? .met : .notMet, "\(days) days in the phase of \(needed)")
    }

    private func pain(_ criterion: ProgressionCriterion) -> (CriterionStatus.Status, String) {
        guard let region = criterion.region, let ceiling = criterion.maxNprs else {
            return (.unknown, "incomplete criterion")
        }
        let side = criterion.side ?? .both
        let readings = sessions.compactMap { session in
            session.pain.first { $0.region == region && $0.side.overlaps(side) }?.latest.map { (session.date, $0) }
        }
        guard let (date, latest) = readings.last else { return (.unknown, "no pain rating logged yet") }
        return (latest <= ceiling ? .met : .notMet, "latest \(latest)/10 on \(date)")
    }

    /// Days with any logged session in the window, against the days the schedule plans (`Adherence`).
    private func adherence(_ criterion: ProgressionCriterion) -> (CriterionStatus.Status, String) {
        let windowDays = (criterion.weeks ?? 2) * 7
        guard
            let share = Adherence.over(
                windowDays, upTo: asOf, since: startedOn, trainingDaysPerWeek: phase.schedule.trainingDays,
                logs: sessions),
            share.days >= 7
        else { return (.unknown, "less than a week of logs to judge") }
        let met = share.percent >= (criterion.minPercent ?? 70) && share.days >= windowDays
        let short = share.days < windowDays ? " (only \(share.days) of \(windowDays) days so far)" : ""
        return (
            met ? .met : .notMet,
            "\(share.done) of \(share.planned) planned days logged, \(share.percent) %\(short)"
        )
    }

    private func technique(_ criterion: ProgressionCriterion) -> (CriterionStatus.Status, String) {
        let exercises = criterion.exercises ?? []
        var faulty: [String] = []
        var unjudged: [String] = []
        for id in exercises {
            let judged = sessions.flatMap(\.exercises).filter { $0.exercise == id }.compactMap(\.techniqueOK)
            switch judged.last {
            case .some(true): break
            case .some(false): faulty.append(name(id))
            case .none: unjudged.append(name(id))
            }
        }
        if !faulty.isEmpty { return (.notMet, "technique needs work: " + faulty.joined(separator: ", ")) }
        if !unjudged.isEmpty { return (.unknown, "not judged yet: " + unjudged.joined(separator: ", ")) }
        return (.met, "clean technique on \(exercises.count) of \(exercises.count) exercises")
    }

    /// The latest log of each strength exercise: all sets done at or under the RPE ceiling.
    private func effort(_ criterion: ProgressionCriterion) -> (CriterionStatus.Status, String) {
        let ceiling = criterion.maxRPE ?? 7
        var hard: [String] = []
        var logged = 0
        for exercise in phase.exercises where exercise.block == .strength {
            guard let last = sessions.flatMap(\.exercises).last(where: { $0.exercise == exercise.exercise }),
                let rpe = last.rpe
            else { continue }
            logged += 1
            if rpe > ceiling || last.setsDone < exercise.dosage.sets { hard.append("\(exercise.name) (RPE \(rpe))") }
        }
        if logged == 0 { return (.unknown, "no strength exercise logged with an RPE yet") }
        if !hard.isEmpty { return (.notMet, "still hard or unfinished: " + hard.joined(separator: ", ")) }
        return (.met, "\(logged) strength exercises at RPE \(ceiling) or easier with all sets done")
    }

    private func retest(_ criterion: ProgressionCriterion) -> (CriterionStatus.Status, String) {
        guard let test = criterion.test else { return (.unknown, "incomplete criterion") }
        let side = criterion.side ?? .both
        guard
            let now = retest.first(where: { observation in
                let kind = criterion.observation ?? .finding
                // An asymmetry's weaker side can switch as it evens out, so only findings match by side.
                return observation.test == test && observation.kind == kind
                    && (kind != .finding || (observation.side ?? .both).overlaps(side))
            })
        else { return (.unknown, "not re-tested yet") }
        if now.verdict == .normal { return (.met, "now \(now.valueText), within norm") }
        if criterion.goal == .withinNormOrImproved, let baseline = criterion.baseline, let mdc = criterion.mdc,
            case .number(let value) = now.value
        {
            let change = criterion.deviation == .low ? value - baseline : baseline - value
            let text =
                "now \(now.valueText), \(NumberText.format(change)) better than \(NumberText.format(baseline)) "
                + "(needs \(NumberText.format(mdc)))"
            return (change >= mdc ? .met : .notMet, text)
        }
        return (.notMet, "now \(now.valueText), still outside norm (\(now.norm))")
    }

    /// Pain up by 2 or more points within a session, or above the assessment's rating.
    /// Flares of the last two weeks, by the one rule (`PainFlares`).
    func flares() -> [PainFlare] {
        PainFlares.detect(sessions, baseline: program.painAreas).filter { asOf.ordinal - $0.date.ordinal < 14 }
    }

    private func name(_ id: ExerciseID) -> String {
        phase.exercises.first { $0.exercise == id }?.name ?? id.rawValue
    }
}
