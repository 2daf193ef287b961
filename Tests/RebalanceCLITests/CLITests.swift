import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `rebalance` binary as a user would and checks output and exit codes.
@Suite("rebalance command line")
struct CLITests {
    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    static var binary: URL {
        let candidates = [Bundle.main.bundleURL] + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for directory in candidates {
            let url = directory.appendingPathComponent("rebalance")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return URL(fileURLWithPath: ".build/debug/rebalance")
    }

    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples")

    /// Runs the binary with `arguments`. Its environment is `environment` over a bare PATH and HOME, never the
    /// shell's: a developer's `DATABASE_URL`, `STUDIO_*` or `PORT` must not change what a test sees.
    func run(_ arguments: [String], input: Data? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let shell = ProcessInfo.processInfo.environment
        process.environment = ["PATH": shell["PATH"] ?? "/usr/bin:/bin", "HOME": shell["HOME"] ?? "/tmp"]
            .merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let stdin = Pipe()
        process.standardInput = stdin
        // The CLI stops reading at its size limit; a closed pipe must not kill the test runner.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        let writer = stdin.fileHandleForWriting
        let feeding = Thread {
            if let input { try? writer.write(contentsOf: input) }
            try? writer.close()
        }
        feeding.start()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
            errors: String(decoding: err, as: UTF8.self))
    }

    func example(_ name: String) -> String { Self.examples.appendingPathComponent("\(name).case.json").path }

    @Test func assessPrintsTheContractJSON() throws {
        let result = try run(["assess", example("desk-worker-low-back")])
        #expect(result.status == 0)
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((json["patterns"] as? [[String: Any]])?.first?["id"] as? String == "lowerCrossed")
        #expect(json["clearance"] as? String == "cleared")
    }

    @Test func referralExitsThreeAndTextStartsWithTheReferral() throws {
        let result = try run(["assess", example("saddle-numbness"), "--format", "text"])
        #expect(result.status == 3)
        #expect(result.errors.contains("rebalance: a clinician must be seen first"))
        #expect(result.output.hasPrefix("REFER TO A CLINICIAN"))
    }

    @Test func textFormatIsForAPerson() throws {
        let result = try run(["assess", example("runner-right-knee"), "--format", "text"])
        #expect(result.status == 0)
        #expect(result.output.contains("Dynamic knee valgus"))
        #expect(result.output.contains("Why it may hurt"))
        #expect(!result.output.contains("{"))
    }

    @Test func invalidCaseExitsTwoNamingTheField() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID()).json")
        try #"{"findings":[{"test":"sideBridgeEndurance","side":"left","value":480}]}"#.write(
            to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(["assess", file.path])
        #expect(result.status == 2)
        #expect(result.errors.contains("findings[0].value: 480 s is outside 0…300 for sideBridgeEndurance"))
        #expect(result.output.isEmpty)
    }

    @Test func missingEmptyAndHugeInputsExitTwo() throws {
        #expect(try run(["assess", "/no/such/case.json"]).status == 2)
        #expect(try run(["assess", "-"], input: Data()).status == 2)
        let huge = try run(["assess", "-"], input: Data(repeating: UInt8(ascii: " "), count: 10 * 1_048_576))
        #expect(huge.status == 2)
        #expect(huge.errors.contains("limit"))
    }

    @Test func readsStandardInput() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: example("within-norms")))
        let result = try run(["assess", "-"], input: data)
        #expect(result.status == 0)
        #expect(result.output.contains(#""patterns" : ["#))
    }

    @Test func knowledgeListsTestsPatternsAndRedFlagsWithSources() throws {
        let result = try run(["knowledge"])
        #expect(result.status == 0)
        for expected in [
            "TESTS (34)", "modifiedThomasHip", "Harvey D 1998", "PATTERNS", "lowerCrossed", "RED FLAGS",
            "saddleNumbness", "Finucane",
        ] {
            #expect(result.output.contains(expected), "\(expected)")
        }
        let flags = try run(["knowledge", "redflags"])
        #expect(flags.output.contains("RED FLAGS") && !flags.output.contains("TESTS ("))
        // A reviewer sees every rule that can keep a flag quiet, not only the words that raise it.
        #expect(flags.output.contains("not when the note gives the pain its own cause: attributable"))
        // Night pain told as remedies that failed lists each of its word lists, the client's pain among them.
        #expect(flags.output.contains("with the client's own pain beside the remedies: pain / painful"))
        // An exception that sets aside only the words it shares is listed as such.
        #expect(flags.output.contains("unless, for the words it shares: [chills | shivery] + [weather"))
    }
}
