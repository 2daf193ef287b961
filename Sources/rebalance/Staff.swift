import ArgumentParser
import Foundation
import RebalanceApp

#if canImport(Glibc)
    import Glibc
#endif

/// `rebalance create-owner --email …`: the studio owner's account, the first sign-in.
struct CreateOwner: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create-owner",
        abstract: "Create the studio owner's staff account.",
        discussion:
            "The password comes from REBALANCE_OWNER_PASSWORD or is asked for (not echoed). At least 12 characters.")

    @Option(help: "The owner's email; it is the sign-in name.")
    var email: String

    @Option(help: "The owner's name as the team sees it.")
    var name: String = "Studio owner"

    func run() async throws {
        let password = ProcessInfo.processInfo.environment["REBALANCE_OWNER_PASSWORD"] ?? Self.askPassword()
        do {
            try await StaffAdministration.createOwner(
                settings: ServerSettings.load(), email: email, name: name, password: password)
        } catch let problem as StaffAdministration.Problem {
            Terminal.fail(problem.description, status: .badInput)
        }
        print("Created the owner account \(email.lowercased()). Sign in at /staff/sign-in.")
    }

    private static func askPassword() -> String {
        #if canImport(Glibc)
            guard let entered = getpass("Password for the owner (at least 12 characters): ") else { return "" }
            return String(cString: entered)
        #else
            return readLine() ?? ""
        #endif
    }
}

/// `rebalance staff-access --email … --off|--on`: off-boards a staff member, or gives their access back.
struct StaffAccess: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff-access",
        abstract: "Turn a staff member's access off when they leave (or back on).",
        discussion:
            "Off ends their sessions, voids their password links and calendar feed, and stops online bookings with "
            + "them; their bookings stay for the owner to move. The studio always keeps one owner who can sign in.")

    @Option(help: "The staff member's email.") var email: String
    @Flag(help: "Turn access off (--off) or back on (--on).") var access: Switch

    enum Switch: String, EnumerableFlag { case off, on }

    func run() async throws {
        do {
            print(
                try await StaffAdministration.setAccess(
                    settings: ServerSettings.load(), email: email, enabled: access == .on))
        } catch let problem as StaffAdministration.Problem {
            Terminal.fail(problem.description, status: .badInput)
        }
    }
}

/// `rebalance seed-demo`: a demo trainer, leads, bookings and clients so a newcomer sees a living app.
struct SeedDemo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed-demo",
        abstract: "Add demo data (a demo trainer, leads, bookings and clients), or remove it with --remove.",
        discussion: """
            Every demo record uses an address at demo.rebalance.example, so --remove takes away exactly what was \
            added. The demo trainer is a trainer (not an owner) with a random password printed once. On an install \
            that already has staff or clients of its own, seed-demo asks for --force. Running it twice adds nothing.
            """)

    @Flag(help: "Add the demo data even though this install has staff or clients of its own.")
    var force = false

    @Flag(help: "Remove every demo record instead of adding them.")
    var remove = false

    func run() async throws {
        let settings = try ServerSettings.load()
        if remove {
            print(try await DemoData.remove(settings: settings))
            return
        }
        do {
            switch try await DemoData.seed(settings: settings, force: force) {
            case .created(let email, let password):
                print("Demo data ready. Sign in at /staff/sign-in as \(email) with the password \(password)")
                print("(shown only now; `rebalance seed-demo --remove` takes the demo data away)")
            case .alreadyPresent(let email):
                print("The demo data is already here (demo trainer \(email); its password is unchanged).")
            }
        } catch let refusal as DemoData.Refusal {
            Terminal.fail(refusal.description, status: .badInput)
        }
    }
}

/// `rebalance studio`: shows or changes the studio's name, address, lead trainer and time zone.
struct StudioDetails: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "studio", abstract: "Show or change the studio's name, address, lead trainer and time zone.")

    @Option(help: "The studio's name.") var name: String?
    @Option(help: "The address shown on the site.") var address: String?
    @Option(help: "The lead trainer named on the landing page (empty to hide).") var trainer: String?
    @Option(help: "IANA time zone, e.g. America/Los_Angeles.") var timeZone: String?

    func run() async throws {
        do {
            let summary = try await StaffAdministration.updateStudio(
                settings: ServerSettings.load(), name: name, address: address, trainer: trainer, timeZone: timeZone)
            print(summary)
        } catch let problem as StaffAdministration.Problem {
            Terminal.fail(problem.description, status: .badInput)
        }
    }
}
