import Fluent
import Foundation
import RebalanceCore
import Vapor

/// Command-line administration: the studio owner's account and the demo data.
public enum StaffAdministration {
    /// Why an owner account could not be created, in words for the terminal.
    public enum Problem: Error, CustomStringConvertible {
        case invalidEmail(String)
        case shortPassword(Int)
        case emailTaken(String)
        case invalidTimeZone(String)
        case noSuchClient(String)

        public var description: String {
            switch self {
            case .invalidEmail(let email): "\"\(email)\" is not an email address like name@example.com"
            case .shortPassword(let minimum): "the password needs at least \(minimum) characters"
            case .emailTaken(let email): "\(email) already has an account; use the sign-in page's password reset"
            case .invalidTimeZone(let zone): "\"\(zone)\" is not a time zone like America/Los_Angeles"
            case .noSuchClient(let email): "no client with the email \(email)"
            }
        }
    }

    /// Creates the owner of the studio this instance serves.
    public static func createOwner(settings: AppSettings, email: String, name: String, password: String) async throws {
        let email = email.trimmingCharacters(in: .whitespaces).lowercased()
        guard LeadDetails.isEmail(email) else { throw Problem.invalidEmail(email) }
        guard password.count >= StaffAccountController.minimumPasswordLength else {
            throw Problem.shortPassword(StaffAccountController.minimumPasswordLength)
        }
        try await Server.withMigratedApplication(settings: settings) { app in
            if try await StaffMember.query(on: app.db).filter(\.$email == email).first() != nil {
                throw Problem.emailTaken(email)
            }
            let studio = try await Studio.current(on: app.db)
            let hash = try Bcrypt.hash(password, cost: settings.passwordCost)
            try await StaffMember(studioID: try studio.requireID(), email: email, name: name, role: .owner, passwordHash: hash)
                .save(on: app.db)
        }
    }

    /// A client's complete record as JSON or CSV, found by email; the export is written to the audit log.
    public static func exportClient(settings: AppSettings, email: String, csv: Bool) async throws -> String {
        var output = ""
        try await Server.withMigratedApplication(settings: settings) { app in
            let studio = try await Studio.current(on: app.db)
            guard let client = try await Client.query(on: app.db).filter(\.$studio.$id == studio.requireID())
                .filter(\.$email == email.trimmingCharacters(in: .whitespaces).lowercased()).first()
            else { throw Problem.noSuchClient(email) }
            let record = try await ClientRecordExport.gather(client, now: app.timeSource.now(), on: app.db)
            output = csv ? record.csv() : try record.json()
            try await AuditEntry(studioID: studio.requireID(), staffID: nil, staffName: "command line", clientRef: client.id?.uuidString.lowercased() ?? "",
                                 action: .export, subject: csv ? "record as CSV" : "record as JSON").create(on: app.db)
        }
        return output
    }

    /// Changes the studio's public details; `nil` leaves a value as it is. Returns the details now in force.
    public static func updateStudio(
        settings: AppSettings, name: String?, address: String?, trainer: String?, timeZone: String?
    ) async throws -> String {
        if let timeZone, TimeZone(identifier: timeZone) == nil {
            throw Problem.invalidTimeZone(timeZone)
        }
        var summary = ""
        try await Server.withMigratedApplication(settings: settings) { app in
            let studio = try await Studio.current(on: app.db)
            if let name { studio.name = name }
            if let address { studio.address = address }
            if let trainer { studio.trainerName = trainer }
            if let timeZone { studio.timeZone = timeZone }
            try await studio.save(on: app.db)
            try await DiaryRevision.bump(on: app.db)
            summary = "\(studio.name) · \(studio.address) · trainer: \(studio.trainerName.isEmpty ? "—" : studio.trainerName) · \(studio.timeZone)"
        }
        return summary
    }

    /// Fills the studio with a demo trainer and a few leads so a newcomer sees a living app. Idempotent.
    /// Returns the demo trainer's email and password.
    public static func seedDemo(settings: AppSettings) async throws -> (email: String, password: String) {
        let email = "trainer@demo.rebalance.example"
        let password = "rebalance-demo-trainer"
        try await Server.withMigratedApplication(settings: settings) { app in
            let studio = try await Studio.current(on: app.db)
            let studioID = try studio.requireID()
            if try await StaffMember.query(on: app.db).filter(\.$email == email).first() == nil {
                let hash = try Bcrypt.hash(password, cost: settings.passwordCost)
                try await StaffMember(studioID: studioID, email: email, name: "Jordan Lee (demo)", role: .owner, passwordHash: hash)
                    .save(on: app.db)
            }
            guard try await Lead.query(on: app.db).filter(\.$email ~~ "demo.rebalance.example").count() == 0 else { return }
            guard let trainer = try await StaffMember.query(on: app.db).filter(\.$email == email).first() else { return }
            try await DemoDiary.fill(app, studio: studio, trainer: trainer)
            for demo in DemoLead.all {
                var answers = SelfScreenAnswers()
                answers.signs = demo.signs
                answers.painAreas = demo.pain
                answers.goals = demo.goals
                answers.activity = .lightlyActive
                answers.healthAnswers = Dictionary(
                    uniqueKeysWithValues: app.knowledge.safety.healthQuestions.map { ($0.id, false) })
                answers.redFlags = demo.redFlags
                answers.completed = .health
                let screen = try SelfScreenRecord(studioID: studioID, token: SelfScreenRecord.newToken(), answers: answers)
                try await screen.save(on: app.db)
                let details = LeadDetails(
                    name: demo.name, email: demo.email, phone: demo.phone, preferredTimes: demo.times,
                    consentToContact: true, consentToStoreHealth: true)
                let referral = app.assessmentEngine.assess(answers.asCase).referral.required
                let lead = Lead(studioID: studioID, selfScreenID: try screen.requireID(), details: details, redFlag: referral)
                lead.status = demo.status
                try await lead.save(on: app.db)
            }
            try await DemoWorkspace.fill(app, studio: studio, trainer: trainer)
        }
        return (email, password)
    }

    /// The demo studio's leads.
    struct DemoLead {
        let name: String
        let email: String
        let phone: String?
        let times: String
        let goals: String
        let signs: [SignReport]
        let pain: [PainArea]
        let redFlags: [RedFlagID]
        let status: Lead.Status

        static let all: [DemoLead] = [
            DemoLead(
                name: "Maya Chen", email: "maya@demo.rebalance.example", phone: "+1 310 555 0101",
                times: "Weekday mornings", goals: "Sit through a workday without low-back ache",
                signs: [SignReport("sitsMostOfDay"), SignReport("lowBackArchesStanding")],
                pain: [PainArea(region: .lowBack, nprs: 5)], redFlags: [], status: .new),
            DemoLead(
                name: "Alex Romero", email: "alex@demo.rebalance.example", phone: nil, times: "Saturdays",
                goals: "Run a half marathon without knee pain",
                signs: [SignReport("oneLegStronger", side: .left), SignReport("feetTurnOut")],
                pain: [PainArea(region: .knee, side: .right, nprs: 4)], redFlags: [], status: .contacted),
            DemoLead(
                name: "Sam Patel", email: "sam@demo.rebalance.example", phone: "+1 323 555 0199", times: "Evenings",
                goals: "Carry my toddler without back pain", signs: [SignReport("carriesBagOneSide", side: .right)],
                pain: [PainArea(region: .lowBack, nprs: 7)], redFlags: ["saddleNumbness"], status: .new),
        ]
    }
}
