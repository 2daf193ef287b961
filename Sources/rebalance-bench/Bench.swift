import Foundation
import RebalanceCore

#if canImport(Glibc)
    import Glibc
#endif

/// `swift run -c release rebalance-bench [cases]`: knowledge-base load time, engine time per case
/// (median and p99 over varied synthetic cases), JSON read + validate time, program generation, progress
/// review, booking availability, and peak memory.
@main
enum Bench {
    static func main() throws {
        let caseCount = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 10_000
        guard let directory = KnowledgeBase.bundledDirectory else {
            print("knowledge base resources not found")
            exit(1)
        }
        let knowledge = try KnowledgeBase.load(from: directory)
        if CommandLine.arguments.contains("--availability-only") {
            let (times, slots) = AvailabilityBench.measure()
            print(row("availability, 90 days × 5 trainers, 2,000 bookings (\(slots) slots)", times))
            return
        }
        if CommandLine.arguments.contains("--programs-only") {
            // For profiling the generator alone (perf record … rebalance-bench N --programs-only).
            let cases = (0..<caseCount).map { SyntheticCases(knowledge: knowledge).make(seed: UInt64($0)) }
            let (programTimes, reviewTimes) = measurePrograms(cases[...], knowledge: knowledge)
            print(row("program generation per case", programTimes))
            print(row("progress decision per review", reviewTimes))
            return
        }
        let loads = try (0..<20).map { _ in try measure { _ = try KnowledgeBase.load(from: directory) } }
        let generator = SyntheticCases(knowledge: knowledge)
        let cases = (0..<caseCount).map { generator.make(seed: UInt64($0)) }
        let engine = AssessmentEngine(knowledge: knowledge)
        for input in cases.prefix(200) { _ = engine.assess(input) }  // warm up

        var patternsFound = 0
        let engineTimes = cases.map { input in
            measure { patternsFound += engine.assess(input).patterns.count }
        }
        let triage = Triage(safety: knowledge.safety)
        let triageTimes = cases.map { input in measure { _ = triage.evaluate(input) } }
        let encoder = JSONEncoder()
        let documents = try cases.prefix(2_000).map { try encoder.encode($0) }
        let reader = CaseReader(knowledge: knowledge)
        let readTimes = try documents.map { data in try measure { _ = try reader.read(data) } }

        let (programTimes, reviewTimes) = measurePrograms(cases.prefix(2_000), knowledge: knowledge)
        let (availabilityTimes, slotCount) = AvailabilityBench.measure()

        print("Rebalance benchmark — knowledge base \(knowledge.version), \(caseCount) varied cases")
        print(row("knowledge-base load", loads))
        print(row("engine per case", engineTimes))
        print(row("  of which safety triage", triageTimes))
        print(row("read + validate case JSON", readTimes))
        print(row("program generation per case", programTimes))
        print(row("progress decision per review", reviewTimes))
        print(row("availability, 90 days × 5 trainers, 2,000 bookings (\(slotCount) slots)", availabilityTimes))
        print(
            "  patterns reported: \(patternsFound) "
                + "(\(String(format: "%.2f", Double(patternsFound) / Double(caseCount))) per case)"
        )
        print("  peak memory: \(peakMemoryMegabytes()) MB (max resident set size)")
        let p99 = percentile(engineTimes, 0.99)
        print("  target engine p99 ≤ 0.2 ms: \(p99 <= 0.2 ? "met" : "NOT met") (\(format(p99)) ms)")
        let programP99 = percentile(programTimes, 0.99)
        print("  target program p99 ≤ 1 ms: \(programP99 <= 1 ? "met" : "NOT met") (\(format(programP99)) ms)")
        let availabilityP99 = percentile(availabilityTimes, 0.99)
        print(
            "  target availability ≤ 5 ms: \(availabilityP99 <= 5 ? "met" : "NOT met") "
                + "(p99 \(format(availabilityP99)) ms)"
        )
        try printTriageCorpus(triage)
    }

    /// The triage's recall, false-referral and false-emergency rates on the note corpora kept with the tests (run
    /// from the repository root): the notes the rules were tuned on, and the notes kept aside to measure them.
    static func printTriageCorpus(_ triage: Triage) throws {
        print("triage corpus (target: recall 100 %, false referrals ≤ 1 %, false emergencies 0)")
        for (label, name) in [("tuned on", "triage"), ("held out", "triage-measure")] {
            let folder = URL(fileURLWithPath: "Tests/RebalanceCoreTests/Fixtures/\(name)")
            guard let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            else {
                print("  \(label): \(folder.path) not found (run from the repository root)")
                continue
            }
            let corpus = try TriageCorpus(
                json: files.filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
                    .map { try Data(contentsOf: $0) })
            print("  \(label): \(corpus.score(with: triage))")
        }
    }

    /// Program generation from a ready assessment, and a progress review with three weeks of logs.
    static func measurePrograms(_ cases: ArraySlice<Case>, knowledge: KnowledgeBase) -> ([Double], [Double]) {
        let engine = AssessmentEngine(knowledge: knowledge)
        let generator = ProgramGenerator(engine: engine)
        let reviewer = ProgressReviewer(engine: engine)
        let start = CalendarDay("2026-11-02") ?? CalendarDay("1970-01-01")!
        var programTimes: [Double] = []
        var reviewTimes: [Double] = []
        for input in cases {
            let assessment = engine.assess(input)
            guard !assessment.referral.required else { continue }
            var program: CorrectiveProgram?
            programTimes.append(
                measure {
                    program = try? generator.generate(for: input, assessment: assessment, options: ProgramOptions())
                })
            guard let program, let phase = program.phase(.reeducate) else { continue }
            let sessions = (0..<6).compactMap { index -> SessionLog? in
                guard let date = CalendarDay(String(format: "2026-11-%02d", 2 + index * 3)) else { return nil }
                return SessionLog(
                    date: date,
                    exercises: phase.exercises.map {
                        ExerciseLog(exercise: $0.exercise, setsDone: $0.dosage.sets, rpe: 6)
                    },
                    pain: program.painAreas.map { PainCheck(region: $0.region, side: $0.side, before: 2, after: 2) })
            }
            let progress = ProgressInput(
                phase: .reeducate, startedOn: start, sessions: sessions, retest: input.findings)
            reviewTimes.append(measure { _ = try? reviewer.review(program, input: progress) })
        }
        return (programTimes, reviewTimes)
    }

    /// Milliseconds taken by one run of `body`.
    static func measure(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }

    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)]
    }

    static func row(_ name: String, _ values: [Double]) -> String {
        let mean = values.reduce(0, +) / Double(max(values.count, 1))
        return "  \(name): median \(format(percentile(values, 0.5))) ms, p99 \(format(percentile(values, 0.99))) ms, "
            + "mean \(format(mean)) ms (n = \(values.count))"
    }

    static func format(_ milliseconds: Double) -> String { String(format: "%.4f", milliseconds) }

    static func peakMemoryMegabytes() -> String {
        #if canImport(Glibc)
            var usage = rusage()
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            return String(format: "%.1f", Double(usage.ru_maxrss) / 1024)  // Linux reports kilobytes
        #else
            return "n/a"
        #endif
    }
}
