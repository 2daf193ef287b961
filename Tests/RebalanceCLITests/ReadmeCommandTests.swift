import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Every `swift run rebalance …` command in the README's code blocks, run in order against the built binary in
/// a fresh data folder, so the README cannot drift from the program.
@Suite("README commands")
struct ReadmeCommandTests {
    /// One command as written in the README, with the exit status its comment promises (`# exits 3`).
    struct Command: CustomTestStringConvertible {
        let line: String
        let expectedStatus: Int32

        var testDescription: String { line }
        var isServe: Bool { line.contains("rebalance serve") }
    }

    /// A port nothing listens on right now (the kernel's choice, released at once).
    static func freePort() throws -> Int {
        let free = try LoopbackPort.bind(listening: false)
        free.close()
        return free.port
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The commands of every fenced block, continuation lines joined. Lines that need a PostgreSQL server
    /// (`DATABASE_URL=…`) are left to the PostgreSQL test run.
    static func commands() throws -> [Command] {
        let text = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        var commands: [Command] = []
        var inBlock = false
        var pending = ""
        for raw in text.components(separatedBy: "\n") {
            if raw.hasPrefix("```") {
                inBlock.toggle()
                continue
            }
            guard inBlock else { continue }
            let line = pending + raw.trimmingCharacters(in: .whitespaces)
            if line.hasSuffix("\\") {
                pending = String(line.dropLast()) + " "
                continue
            }
            pending = ""
            guard line.contains("swift run rebalance "), !line.contains("DATABASE_URL=") else { continue }
            var status: Int32 = 0
            if let range = line.range(of: #"# exits (\d)"#, options: .regularExpression) {
                status = Int32(line[range].last.map(String.init) ?? "0") ?? 0
            }
            commands.append(Command(line: line, expectedStatus: status))
        }
        return commands
    }

    @Test func theReadmeShowsCommandsAtAll() throws {
        let commands = try Self.commands()
        #expect(commands.count >= 15)
        #expect(commands.contains { $0.isServe })
        #expect(
            commands.contains { $0.line.contains("seed-demo") }
                && commands.contains { $0.line.contains("create-owner") })
    }

    @Test func everyCommandRunsAsTheReadmeSays() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebalance-readme-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("Examples"),
            withDestinationURL: Self.repository.appendingPathComponent("Examples"))
        let shell = ProcessInfo.processInfo.environment
        let environment = [
            "PATH": shell["PATH"] ?? "/usr/bin:/bin", "HOME": shell["HOME"] ?? "/tmp",
            "DATA_DIR": folder.path + "/data",
            "REBALANCE_OWNER_PASSWORD": "a-long-owner-passphrase", "PORT": "\(try Self.freePort())",
            "LOG_LEVEL": "notice",
        ]
        for command in try Self.commands() {
            let script = command.line.replacingOccurrences(of: "swift run rebalance", with: CLITests.binary.path)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command.isServe ? "exec " + script : script]
            process.currentDirectoryURL = folder
            process.environment = environment
            let log = folder.appendingPathComponent("output.txt")
            try Data().write(to: log)
            let handle = try FileHandle(forWritingTo: log)
            process.standardOutput = handle
            process.standardError = handle
            process.standardInput = FileHandle.nullDevice
            try process.run()
            if command.isServe {
                // The server runs until stopped: wait for its "listening" line, then stop it as Ctrl-C would.
                var listening = false
                for _ in 0..<240 where !listening && process.isRunning {
                    usleep(250_000)
                    let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                    listening = output.contains("Rebalance is listening") || output.contains("Server started on")
                }
                if process.isRunning { kill(process.processIdentifier, SIGINT) }
                process.waitUntilExit()
                #expect(listening, "\(command.line): \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
            } else {
                process.waitUntilExit()
                let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                #expect(process.terminationStatus == command.expectedStatus, "\(command.line)\n\(output.suffix(2_000))")
            }
            try handle.close()
        }
    }
}
