/// The weaker (or tighter) side starts first and gets one extra set; this works out which side and what it costs.
enum SideDosing {
    /// The one side the reasons point to, when the exercise trains one side at a time.
    static func leadSide(of exercise: ExerciseDefinition, reasons: [ExerciseReason]) -> Side? {
        guard exercise.laterality == .unilateral else { return nil }
        let sides = Set(reasons.compactMap(\.side).filter { $0 != .both })
        return sides.count == 1 ? sides.first : nil
    }

    /// The library's dose with the lead side's extra set.
    static func dosage(of exercise: ExerciseDefinition, leadSide: Side?) -> PrescribedDosage {
        let dose = exercise.dosage
        return PrescribedDosage(
            sets: dose.sets, reps: dose.reps, holdSeconds: dose.holdSeconds, perSide: dose.perSide,
            tempo: dose.tempo, restSeconds: dose.restSeconds, effort: dose.effort, leadSide: leadSide,
            leadSideSets: leadSide == nil ? nil : dose.sets + 1)
    }

    /// Minutes for the exercise, rounding the extra set's share up.
    static func minutes(of exercise: ExerciseDefinition, leadSide: Side?) -> Int {
        guard leadSide != nil else { return exercise.minutes }
        let setsBothSides = exercise.dosage.sets * 2
        return exercise.minutes + (exercise.minutes + setsBothSides - 1) / setsBothSides
    }
}
