/// Decides whether an exercise is safe for this client's pain and conditions, with the reason when not.
struct ExerciseSafety: Sendable {
    /// Pain per region; `nil` intensity means the client did not rate it.
    let pain: [Region: Int?]
    let conditions: Set<TrainingCondition>
    let rules: [PositionRule]

    init(painAreas: [PainArea], conditions: Set<TrainingCondition>, rules: [PositionRule]) {
        var pain: [Region: Int?] = [:]
        for area in painAreas {
            switch (pain[area.region], area.nprs) {
            case (.none, let rating): pain[area.region] = rating
            case (.some(.some(let known)), .some(let rating)): pain[area.region] = max(known, rating)
            case (.some(.some), .none), (.some(.none), _): pain[area.region] = Int?.none
            }
        }
        self.pain = pain
        self.conditions = conditions
        self.rules = rules
    }

    /// Conditions implied by the health screen, added to those the trainer states.
    static func conditions(from healthScreen: HealthScreen?, cautions: [Caution], stated: Set<TrainingCondition>)
        -> Set<TrainingCondition>
    {
        var conditions = stated
        // Unknown weeks count as "beyond 20": lying flat and heavy bracing are the risks, so err safe.
        if healthScreen?.pregnant == true {
            conditions.insert(.pregnant)
            if (healthScreen?.pregnancyWeeks ?? 40) >= 14 { conditions.insert(.pregnancyAfterFirstTrimester) }
            if (healthScreen?.pregnancyWeeks ?? 40) > 20 { conditions.insert(.pregnancyAfter20Weeks) }
        }
        if cautions.contains(where: { $0.id == "elevatedBloodPressure" || $0.id == "heartConditionOrHighBP" }) {
            conditions.insert(.uncontrolledBloodPressure)
        }
        return conditions
    }

    /// Why the exercise must not be used, or `nil` when it is safe.
    func reasonToAvoid(_ exercise: ExerciseDefinition) -> String? {
        for limit in exercise.avoidWhenPain ?? [] {
            guard let rating = pain[limit.region] else { continue }
            let region = limit.region.plainName
            if let rating {
                if rating >= limit.minNprs {
                    return "not with \(region) pain at \(limit.minNprs)/10 or more (reported \(rating)/10)"
                }
            } else {
                // An unrated painful area is treated as if it could be at the limit.
                return "not with \(region) pain at \(limit.minNprs)/10 or more (pain reported without a rating)"
            }
        }
        if let condition = (exercise.avoidWhen ?? []).first(where: conditions.contains) {
            return "not with \(condition.plainName)"
        }
        for rule in rules where applies(rule) {
            let position = (exercise.positions ?? []).contains { (rule.avoidPositions ?? []).contains($0) }
            let demand = (exercise.demands ?? []).contains { (rule.avoidDemands ?? []).contains($0) }
            if position || demand { return "not with \(rule.reason)" }
        }
        return nil
    }

    /// Whether the client has the rule's condition or painful area (an unrated pain counts as at the limit).
    private func applies(_ rule: PositionRule) -> Bool {
        if let condition = rule.when.condition, !conditions.contains(condition) { return false }
        if let region = rule.when.pain {
            guard let rating = pain[region] else { return false }
            if let rating, rating < (rule.when.minNprs ?? 0) { return false }
        }
        return rule.when.condition != nil || rule.when.pain != nil
    }
}
