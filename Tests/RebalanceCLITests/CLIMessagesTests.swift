import Foundation
import Testing

/// The messages a person sees when something is wrong: named, actionable, one exit status per kind of problem.
@Suite("rebalance command line: messages and exit statuses")
struct CLIMessagesTests {
    let cli = CLITests()

    /// A fresh data folder, removed afterwards.
    func withDataDirectory(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebalance-cli-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder.path)
    }

    @Test func aCaseGivenAsTheProgressLogIsNamedAsACase() throws {
        let program = try cli.run(["program", cli.example("runner-right-knee"), "--format", "json"])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("program-\(UUID()).json")
        try program.output.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let swapped = try cli.run(["progress", file.path, cli.example("runner-right-knee")])
        #expect(swapped.status == 2)
        #expect(swapped.errors.contains("looks like a case"))
        #expect(!swapped.errors.contains("knowledgeBaseVersion"))
        let programAsCase = try cli.run(["assess", file.path])
        #expect(programAsCase.status == 2)
        #expect(programAsCase.errors.contains("looks like a program"))
    }

    @Test func everyBadOptionValueExitsTwoTheSameWay() throws {
        for arguments in [
            ["assess", "x.json", "--format", "yaml"], ["serve", "--port", "eighty"], ["nonsense"],
            ["exercises", "--phase", "someday"], ["program", "x.json", "--minutes", "500"],
        ] {
            let result = try cli.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.errors.hasPrefix("rebalance: "), "\(arguments): \(result.errors)")
        }
    }

    @Test func migrateSaysWhatItApplied() throws {
        try withDataDirectory { folder in
            let first = try cli.run(["migrate"], environment: ["DATA_DIR": folder])
            #expect(first.status == 0, "\(first.errors)")
            #expect(first.output.contains("Applied") && first.output.contains("CreateStudios"))
            let again = try cli.run(["migrate"], environment: ["DATA_DIR": folder])
            #expect(again.output.contains("up to date"))
        }
    }

    @Test func anUnknownTimeZoneIsRefusedBeforeAnythingIsStored() throws {
        try withDataDirectory { folder in
            let result = try cli.run(["migrate"], environment: ["DATA_DIR": folder, "STUDIO_TIME_ZONE": "Mars/Base"])
            #expect(result.status == 2)
            #expect(result.errors.contains("STUDIO_TIME_ZONE=Mars/Base is not a time zone"))
            #expect(!FileManager.default.fileExists(atPath: folder + "/rebalance.sqlite"))
            let later = try cli.run(["studio", "--time-zone", "Mars/Base"], environment: ["DATA_DIR": folder])
            #expect(later.status == 2)
            #expect(later.errors.contains("is not a time zone"))
        }
    }

    @Test func anOwnerPasswordPastBcryptsLimitIsRefused() throws {
        try withDataDirectory { folder in
            let long = String(repeating: "a", count: 73)
            let result = try cli.run(
                ["create-owner", "--email", "owner@studio.example"],
                environment: ["DATA_DIR": folder, "REBALANCE_OWNER_PASSWORD": long])
            #expect(result.status == 2 && result.errors.contains("at most 72 bytes"))
        }
    }

    @Test func staffAccessNeverLeavesTheStudioWithoutAnOwner() throws {
        try withDataDirectory { folder in
            let environment = ["DATA_DIR": folder, "REBALANCE_OWNER_PASSWORD": "a-long-owner-passphrase"]
            #expect(
                try cli.run(["create-owner", "--email", "owner@studio.example"], environment: environment).status == 0)
            let last = try cli.run(
                ["staff-access", "--email", "owner@studio.example", "--off"], environment: environment)
            #expect(last.status == 2 && last.errors.contains("at least one owner"))
            let unknown = try cli.run(
                ["staff-access", "--email", "nobody@studio.example", "--off"], environment: environment)
            #expect(unknown.status == 2 && unknown.errors.contains("no staff member"))
            let back = try cli.run(
                ["staff-access", "--email", "owner@studio.example", "--on"], environment: environment)
            #expect(back.status == 0 && back.output.contains("can sign in again"))
        }
    }

    @Test func anUnreachableDatabaseIsNamedWithoutItsPassword() throws {
        // Port 9 (discard) on loopback: nothing listens there on a test machine.
        let result = try cli.run(
            ["migrate"], environment: ["DATABASE_URL": "postgres://rebalance:s3cret-pass@127.0.0.1:9/studio"])
        #expect(result.status == 1)
        #expect(result.errors.contains("\"studio\" on 127.0.0.1:9"), "\(result.errors)")
        #expect(result.errors.contains("connection refused"), "\(result.errors)")
        #expect(!result.errors.contains("s3cret-pass") && !result.errors.contains("Generic description"))
    }

    @Test func aTakenPortIsOneClearLineAndAFailure() throws {
        try withDataDirectory { folder in
            // Hold a port with a plain listening socket, then ask the server for it.
            let holder = try LoopbackPort.bind(listening: true)
            defer { holder.close() }
            let port = holder.port
            let result = try cli.run(["serve", "--port", "\(port)"], environment: ["DATA_DIR": folder])
            #expect(result.status == 1)
            #expect(
                result.errors.contains("cannot listen on 127.0.0.1:\(port): the port is already in use"),
                "\(result.errors)")
            #expect(!result.output.contains("listening") && !result.errors.contains("Rebalance is listening"))
        }
    }
}
