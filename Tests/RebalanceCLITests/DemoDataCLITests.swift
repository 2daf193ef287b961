import Foundation
import Testing

/// `seed-demo`: demo data that cannot hurt a real studio.
@Suite("rebalance seed-demo")
struct DemoDataCLITests {
    let cli = CLITests()
    let messages = CLIMessagesTests()

    @Test func aFreshInstallGetsTheDemoWithAOneTimePasswordAndLosesItAgain() throws {
        try messages.withDataDirectory { folder in
            let environment = ["DATA_DIR": folder]
            let first = try cli.run(["seed-demo"], environment: environment)
            #expect(first.status == 0, "\(first.errors)")
            let password = try #require(
                first.output.split(whereSeparator: \.isWhitespace).last(where: { $0.count == 20 }).map(String.init))
            #expect(!first.output.contains("rebalance-demo-trainer"))
            let second = try cli.run(["seed-demo"], environment: environment)
            #expect(second.output.contains("already here") && !second.output.contains(password))
            let removed = try cli.run(["seed-demo", "--remove"], environment: environment)
            #expect(removed.status == 0)
            #expect(
                removed.output.contains("1 trainer") && removed.output.contains("2 clients")
                    && removed.output.contains("4 bookings"),
                "\(removed.output)")
            let again = try cli.run(["seed-demo", "--remove"], environment: environment)
            #expect(again.output.contains("0 trainer, 0 clients, 0 leads, 0 bookings"), "\(again.output)")
        }
    }

    @Test func anInstallWithItsOwnStaffAsksForForce() throws {
        try messages.withDataDirectory { folder in
            let environment = ["DATA_DIR": folder, "REBALANCE_OWNER_PASSWORD": "a-long-owner-passphrase"]
            #expect(
                try cli.run(["create-owner", "--email", "owner@studio.example"], environment: environment).status == 0)
            let refused = try cli.run(["seed-demo"], environment: environment)
            #expect(refused.status == 2)
            #expect(refused.errors.contains("1 staff account") && refused.errors.contains("--force"))
            let forced = try cli.run(["seed-demo", "--force"], environment: environment)
            #expect(forced.status == 0, "\(forced.errors)")
            #expect(forced.output.contains("trainer@demo.rebalance.example"))
            #expect(try cli.run(["seed-demo", "--remove"], environment: environment).output.contains("1 trainer"))
            // The owner is untouched: their account still exists, so a second owner with that email is refused.
            let duplicate = try cli.run(["create-owner", "--email", "owner@studio.example"], environment: environment)
            #expect(duplicate.status == 2 && duplicate.errors.contains("already has an account"))
        }
    }
}
