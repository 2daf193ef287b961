import Foundation
import Testing

/// `rebalance program`, `progress` and `exercises` as a trainer runs them.
extension CLITests {
    @Test func programPrintsThreePhasesWithReasonsAndCriteria() throws {
        let result = try run(["program", example("runner-right-knee")])
        #expect(result.status == 0, "\(result.errors)")
        for expected in [
            "Phase 1 — Reposition", "Phase 2 — Re-educate", "Phase 3 — Reinforce & Progress", "why: ", "Move on when",
            "right side first",
        ] {
            #expect(result.output.contains(expected), "\(expected)")
        }
    }

    @Test func programHonoursOptionsAndWritesJSON() throws {
        let result = try run([
            "program", example("desk-worker-low-back"), "--format", "json", "--setting", "home", "--equipment", "band",
            "--minutes", "30", "--sessions-per-week", "3",
        ])
        #expect(result.status == 0, "\(result.errors)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let phases = try #require(json["phases"] as? [[String: Any]])
        #expect(phases.count == 3)
        for phase in phases {
            #expect((phase["sessionMinutes"] as? Int ?? 99) <= 30)
            let days = (phase["schedule"] as? [String: Any])?["days"] as? [[String: Any]] ?? []
            #expect(days.filter { $0["activity"] as? String == "homeSession" }.count == 3)
        }
    }

    @Test func programHTMLIsAPrintableHandout() throws {
        let result = try run(["program", example("runner-right-knee"), "--format", "html"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("<!DOCTYPE html>"))
        #expect(result.output.contains("@media print"))
        #expect(result.output.contains("break-before:page"))
        #expect(result.output.components(separatedBy: "<section class=\"phase\"").count == 4)
    }

    @Test func aReferralCaseExitsThreeWithTheReason() throws {
        let result = try run(["program", example("saddle-numbness")])
        #expect(result.status == 3)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("clinician"))
        #expect(result.errors.contains("saddle") || result.errors.contains("Saddle"))
    }

    @Test func badOptionsExitTwoNamingTheFlag() throws {
        let minutes = try run(["program", example("runner-right-knee"), "--minutes", "500"])
        #expect(minutes.status == 2)
        #expect(minutes.errors.hasPrefix("rebalance: "))
        #expect(minutes.errors.contains("--minutes: 500 minutes is outside 15…120"))
        let kit = try run(["program", example("runner-right-knee"), "--equipment", "trampoline"])
        #expect(kit.status == 2)
        #expect(kit.errors.contains("\"trampoline\" is not a known equipment"))
    }

    @Test func progressReviewsTheExampleLog() throws {
        let program = FileManager.default.temporaryDirectory.appendingPathComponent("program-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: program) }
        let generated = try run(["program", example("runner-right-knee"), "--format", "json"])
        try Data(generated.output.utf8).write(to: program)
        let log = Self.examples.appendingPathComponent("runner-right-knee.progress.json").path
        let result = try run(["progress", program.path, log])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Phase 2 review on 2026-11-22"))
        #expect(result.output.contains("[met] Pain in the right knee"))
        #expect(result.output.contains("progress: lateralStepDown →"))
        let broken = try run(["progress", program.path, example("runner-right-knee")])
        #expect(broken.status == 2)
        #expect(broken.errors.contains("phase"))
    }

    @Test func exercisesFiltersByMuscleAndPhase() throws {
        let result = try run(["exercises", "--muscle", "gluteusMedius", "--phase", "reposition"])
        #expect(result.status == 0)
        #expect(result.output.contains("clamshell"))
        #expect(!result.output.contains("phases: reinforce"))
        let unknown = try run(["exercises", "--muscle", "bicepz"])
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("not a known muscle"))
    }
}
