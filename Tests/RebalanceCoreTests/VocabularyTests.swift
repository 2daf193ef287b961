import RebalanceCore
import Testing

/// The vocabulary enums hash and compare by their stored case tag; this holds only for payload-free enums
/// of at most 256 cases, so every conformer is checked here.
@Suite("Vocabulary")
struct VocabularyTests {
    static func tagsMatchCases<V: Vocabulary>(_ type: V.Type) -> Bool {
        let cases = Array(V.allCases)
        return MemoryLayout<V>.size <= 1
            && cases.enumerated().allSatisfy { Int($0.element.caseTag) == $0.offset }
            && cases.allSatisfy { value in cases.filter { $0 == value }.count == 1 }
            && Set(cases).count == cases.count
    }

    @Test func everyVocabularyEnumIsATagOnlyEnum() {
        let checks: [(String, Bool)] = [
            ("Region", Self.tagsMatchCases(Region.self)), ("Side", Self.tagsMatchCases(Side.self)),
            ("Sex", Self.tagsMatchCases(Sex.self)),
            ("OverheadSquatCompensation", Self.tagsMatchCases(OverheadSquatCompensation.self)),
            ("SymmetryTask", Self.tagsMatchCases(SymmetryTask.self)),
            ("PainMechanism", Self.tagsMatchCases(PainMechanism.self)), ("Verdict", Self.tagsMatchCases(Verdict.self)),
            ("TestDomain", Self.tagsMatchCases(TestDomain.self)),
            ("MeasurementUnit", Self.tagsMatchCases(MeasurementUnit.self)),
            ("Deviation", Self.tagsMatchCases(Deviation.self)), ("Urgency", Self.tagsMatchCases(Urgency.self)),
            ("Clearance", Self.tagsMatchCases(Clearance.self)),
            ("ReferralTrigger", Self.tagsMatchCases(ReferralTrigger.self)),
            ("TestDefinition.Kind", Self.tagsMatchCases(TestDefinition.Kind.self)),
            ("TestDefinition.Sides", Self.tagsMatchCases(TestDefinition.Sides.self)),
            ("HealthAnswerOutcome", Self.tagsMatchCases(HealthAnswerOutcome.self)),
            ("EvidenceRule.Direction", Self.tagsMatchCases(EvidenceRule.Direction.self)),
            ("Observation.Kind", Self.tagsMatchCases(Observation.Kind.self)),
            ("PatternResult.Certainty", Self.tagsMatchCases(PatternResult.Certainty.self)),
            ("Phase", Self.tagsMatchCases(ExerciseDefinition.Phase.self)),
            ("Role", Self.tagsMatchCases(ExerciseDefinition.Role.self)),
            ("Equipment", Self.tagsMatchCases(Equipment.self)), ("Laterality", Self.tagsMatchCases(Laterality.self)),
            ("MovementPattern", Self.tagsMatchCases(MovementPattern.self)),
            ("TrainingCondition", Self.tagsMatchCases(TrainingCondition.self)),
            ("TrainingSetting", Self.tagsMatchCases(TrainingSetting.self)),
            ("SessionBlock", Self.tagsMatchCases(SessionBlock.self)), ("Weekday", Self.tagsMatchCases(Weekday.self)),
            ("WeeklySchedule.Activity", Self.tagsMatchCases(WeeklySchedule.Activity.self)),
            ("ProgressionCriterion.Kind", Self.tagsMatchCases(ProgressionCriterion.Kind.self)),
            ("RetestGoal", Self.tagsMatchCases(ProgressionCriterion.RetestGoal.self)),
            ("PhaseReview.Decision", Self.tagsMatchCases(PhaseReview.Decision.self)),
            ("CriterionStatus.Status", Self.tagsMatchCases(CriterionStatus.Status.self)),
            ("ExerciseAdjustment.Action", Self.tagsMatchCases(ExerciseAdjustment.Action.self)),
        ]
        for (name, ok) in checks { #expect(ok, "\(name)") }
    }

    @Test func equalityAndHashingFollowTheCase() {
        #expect(Side.left == Side(rawValue: "left"))
        #expect(Side.left != Side.right)
        #expect(Set([Region.knee, .knee, .hip]).count == 2)
        #expect([Equipment.band: 1][.band] == 1)
    }
}
