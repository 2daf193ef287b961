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
        case longPassword(Int)
        case emailTaken(String)
        case invalidTimeZone(String)
        case noSuchClient(String)
        case noSuchStaff(String)
        case lastOwner

        public var description: String {
            switch self {
            case .invalidEmail(let email): "\"\(email)\" is not an email address like name@example.com"
            case .shortPassword(let minimum): "the password needs at least \(minimum) characters"
            case .longPassword(let maximum): "the password can have at most \(maximum) bytes (bcrypt ignores the rest)"
            case .emailTaken(let email): "\(email) already has an account; use the sign-in page's password reset"
            case .invalidTimeZone(let zone): "\"\(zone)\" is not a time zone like America/Los_Angeles"
            case .noSuchClient(let email): "no client with the email \(email)"
            case .noSuchStaff(let email): "no staff member with the email \(email)"
            case .lastOwner: StaffOffboarding.Refusal.lastOwner.description
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
        guard password.utf8.count <= StaffAccountController.maximumPasswordBytes else {
            throw Problem.longPassword(StaffAccountController.maximumPasswordBytes)
        }
        try await Server.withMigratedApplication(settings: settings) { app in
            if try await StaffMember.query(on: app.db).filter(\.$email == email).first() != nil {
                throw Problem.emailTaken(email)
            }
            let studio = try await Studio.current(on: app.db)
            let hash = try Bcrypt.hash(password, cost: settings.passwordCost)
            try await StaffMember(
                studioID: try studio.requireID(), email: email, name: name, role: .owner, passwordHash: hash
            )
            .save(on: app.db)
        }
    }

    /// Turns a staff member's access off (off-boarding) or back on; returns a sentence for the terminal.
    public static func setAccess(settings: AppSettings, email: String, enabled: Bool) async throws -> String {
        var summary = ""
        try await Server.withMigratedApplication(settings: settings) { app in
            let address = email.trimmingCharacters(in: .whitespaces).lowercased()
            guard let member = try await StaffMember.query(on: app.db).filter(\.$email == address).first() else {
                throw Problem.noSuchStaff(address)
            }
            if enabled {
                try await StaffOffboarding.enable(member, on: app.db)
                summary = try await StaffOffboarding.summary(of: member, now: app.timeSource.now(), on: app.db)
            } else {
                do {
                    try await StaffOffboarding.disable(member, now: app.timeSource.now(), on: app.db)
                    summary =
                        try await StaffOffboarding.summary(of: member, now: app.timeSource.now(), on: app.db)
                        + " Their sessions and password links have ended."
                } catch StaffOffboarding.Refusal.lastOwner {
                    throw Problem.lastOwner
                }
            }
        }
        return summary
    }

    /// A client's complete record as JSON or CSV, found by email; the export is written to the audit log.
    public static func exportClient(settings: AppSettings, email: String, csv: Bool) async throws -> String {
        var output = ""
        try await Server.withMigratedApplication(settings: settings) { app in
            let studio = try await Studio.current(on: app.db)
            guard
                let client = try await Client.query(on: app.db).filter(\.$studio.$id == studio.requireID())
                    .filter(\.$email == email.trimmingCharacters(in: .whitespaces).lowercased()).first()
            else { throw Problem.noSuchClient(email) }
            let record = try await ClientRecordExport.gather(client, now: app.timeSource.now(), on: app.db)
            output = csv ? record.csv() : try record.json()
            try await AuditEntry(
                studioID: studio.requireID(), staffID: nil, staffName: "command line",
                clientRef: client.id?.uuidString.lowercased() ?? "",
                action: .export, subject: csv ? "record as CSV" : "record as JSON", at: app.timeSource.now()
            ).create(on: app.db)
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
            summary =
                "\(studio.name) · \(studio.address) · "
                + "trainer: \(studio.trainerName.isEmpty ? "—" : studio.trainerName) · \(studio.timeZone)"
        }
        return summary
    }
}
