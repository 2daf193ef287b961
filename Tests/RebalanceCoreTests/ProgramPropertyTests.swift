import Foundation
import PropertyBased
import RebalanceCore
import Testing

/// Properties over random valid cases and random client contexts: never a crash, never over time, never unsafe.
@Suite("Program properties")
struct ProgramPropertyTests {
    static let inputs = Gen.int(in: 0...Int(Int32.max))

    /// Random but valid options derived from a seed.
    static func options(_ seed: Int) -> ProgramOptions {
        var rng = SplitMix(seed: UInt64(seed) &* 31)
        let kit = Equipment.allCases.filter { _ in Bool.random(using: &rng) && Bool.random(using: &rng) }
        return ProgramOptions(
            sessionsPerWeek: Int.random(in: 1...7, using: &rng),
            minutesPerSession: Int.random(in: 15...120, using: &rng),
            equipment: Set(kit), setting: Bool.random(using: &rng) ? .studio : .home,
            level: Int.random(in: 1...5, using: &rng),
            conditions: Set(TrainingCondition.allCases.filter { _ in Int.random(in: 0..<5, using: &rng) == 0 }))
    }

    @Test func randomCasesGetSafeProgramsWithinTheirTime() async throws {
        let kb = try knowledge()
        let engine = AssessmentEngine(knowledge: kb)
        let generator = ProgramGenerator(knowledge: kb)
        await propertyCheck(count: 300, input: Self.inputs) { seed in
            let input = SyntheticCases(knowledge: kb).make(seed: UInt64(seed))
            let assessment = engine.assess(input)
            let options = Self.options(seed)
            do {
                let program = try generator.generate(for: input, assessment: assessment, options: options)
                #expect(!assessment.referral.required)
                let pain = Dictionary(input.painAreas.map { ($0.region, $0.nprs ?? 10) }, uniquingKeysWith: max)
                let allowedKit =
                    options.setting == .studio ? Set(Equipment.allCases) : options.equipment.union(Equipment.everywhere)
                for phase in program.phases {
                    #expect(phase.sessionMinutes <= options.minutesPerSession)
                    #expect(
                        phase.schedule.days.filter { [.studioSession, .homeSession].contains($0.activity) }.count
                            == options.sessionsPerWeek)
                    for prescribed in phase.exercises {
                        let exercise = try #require(kb.exercisesByID[prescribed.exercise])
                        for limit in exercise.avoidWhenPain ?? [] {
                            #expect(
                                (pain[limit.region] ?? -1) < limit.minNprs, "\(exercise.id) with \(limit.region) pain")
                        }
                        #expect(Set(exercise.avoidWhen ?? []).isDisjoint(with: options.conditions), "\(exercise.id)")
                        #expect(Set(exercise.equipment).isSubset(of: allowedKit), "\(exercise.id)")
                        #expect(exercise.level <= min(5, options.level + phase.phase.number - 1))
                    }
                }
            } catch ProgramError.referralRequired {
                #expect(assessment.referral.required)
            } catch {
                Issue.record("unexpected \(error) for seed \(seed)")
            }
        }
    }
}
