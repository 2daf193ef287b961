import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The demo studio of `rebalance seed-demo`: a demo trainer with weekly hours, leads, bookings and clients, so a
/// newcomer sees a living app — and `seed-demo --remove` takes every piece of it away again.
///
/// Every demo record is marked by an address at `demo.rebalance.example` (a reserved, undeliverable domain),
/// so removal finds exactly what seeding wrote and never touches a real client or booking.
public enum DemoData {
    /// The marker: every demo person's email ends with it.
    static let domain = "@demo.rebalance.example"
    static let trainerEmail = "trainer" + domain

    /// What `seed` did.
    public enum Seeded: Sendable {
        /// The demo trainer was created with this one-time password (shown once, stored only as a hash).
        case created(email: String, password: String)
        /// The demo was already there; its trainer's password is unchanged.
        case alreadyPresent(email: String)
    }

    /// Why demo data was not added.
    public enum Refusal: Error, CustomStringConvertible {
        /// Real staff or clients exist; demo data would mix with them unless the operator insists.
        case realDataPresent(staff: Int, clients: Int)

        public var description: String {
            switch self {
            case .realDataPresent(let staff, let clients):
                "this install already has \(staff) staff account\(staff == 1 ? "" : "s") "
                    + "and \(clients) client\(clients == 1 ? "" : "s") of its own. Demo people, bookings and leads "
                    + "would appear beside them on every page. Run `rebalance seed-demo --force` to add them anyway; "
                    + "`rebalance seed-demo --remove` takes them all away later."
            }
        }
    }

    /// How many records `remove` deleted, by kind.
    public struct Removed: Sendable, CustomStringConvertible {
        public var clients = 0
        public var leads = 0
        public var bookings = 0
        public var staff = 0
        public var emails = 0

        public var description: String {
            "Removed the demo data: \(staff) trainer, \(clients) clients, \(leads) leads, "
                + "\(bookings) bookings, \(emails) queued emails."
        }
    }

    /// Adds the demo trainer (a trainer, not an owner, with a random password), leads, diary and clients.
    public static func seed(settings: AppSettings, force: Bool) async throws -> Seeded {
        var outcome = Seeded.alreadyPresent(email: trainerEmail)
        try await Server.withMigratedApplication(settings: settings) { app in
            let studio = try await Studio.current(on: app.db)
            let studioID = try studio.requireID()
            if let existing = try await StaffMember.query(on: app.db).filter(\.$email == trainerEmail).first() {
                outcome = .alreadyPresent(email: existing.email)
                return
            }
            let realStaff = try await StaffMember.query(on: app.db).filter(\.$studio.$id == studioID).count()
            let realClients = try await Client.query(on: app.db).filter(\.$studio.$id == studioID).count()
            if !force, realStaff + realClients > 0 {
                throw Refusal.realDataPresent(staff: realStaff, clients: realClients)
            }
            let password = SecretToken.make().prefix(20).description
            let trainer = StaffMember(
                studioID: studioID, email: trainerEmail, name: "Jordan Lee (demo)", role: .trainer,
                passwordHash: try Bcrypt.hash(password, cost: settings.passwordCost))
            trainer.bio =
                "Jordan works with runners, desk workers and new parents on the imbalances behind knee, hip and "
                + "back pain: test first, then one small change at a time. (A demo trainer.)"
            try await trainer.save(on: app.db)
            try await DemoDiary.fill(app, studio: studio, trainer: trainer)
            try await addLeads(app, studioID: studioID)
            try await DemoWorkspace.fill(app, studio: studio, trainer: trainer)
            outcome = .created(email: trainerEmail, password: password)
        }
        return outcome
    }

    /// Deletes every demo record: its clients (with their whole health record), leads and self-checks, bookings,
    /// queued emails and the demo trainer. Real records are never touched: they carry no demo address.
    public static func remove(settings: AppSettings) async throws -> Removed {
        var removed = Removed()
        try await Server.withMigratedApplication(settings: settings) { app in
            for client in try await Client.query(on: app.db).filter(\.$email ~~ domain).all()
            where client.email.hasSuffix(domain) {
                try await app.db.writeTransaction { tx in try await ClientRecordExport.delete(client, in: tx) }
                removed.clients += 1
            }
            let trainer = try await StaffMember.query(on: app.db).filter(\.$email == trainerEmail).first()
            let counts = try await app.db.writeTransaction { tx -> Removed in
                var removed = Removed()
                let leads = try await Lead.query(on: tx).filter(\.$email ~~ domain).all().filter {
                    $0.email.hasSuffix(domain)
                }
                let screens = leads.compactMap { $0.$selfCheck.id }
                try await Lead.query(on: tx).filter(\.$id ~~ leads.compactMap(\.id)).delete()
                try await SelfCheckRecord.query(on: tx).filter(\.$id ~~ screens).delete()
                removed.leads = leads.count
                var bookings = try await Booking.query(on: tx).filter(\.$clientEmail ~~ domain).all().filter {
                    $0.clientEmail.hasSuffix(domain)
                }
                if let trainerID = trainer?.id {
                    bookings += try await Booking.query(on: tx).filter(\.$trainer.$id == trainerID).all()
                        .filter { !$0.clientEmail.hasSuffix(domain) }
                }
                try await Booking.query(on: tx).filter(\.$id ~~ bookings.compactMap(\.id)).delete()
                removed.bookings = bookings.count
                let emails = try await OutboxMessage.query(on: tx).filter(\.$recipient ~~ domain).all().filter {
                    $0.recipient.hasSuffix(domain)
                }
                try await OutboxMessage.query(on: tx).filter(\.$id ~~ emails.compactMap(\.id)).delete()
                removed.emails = emails.count
                if let trainer {
                    try await trainer.delete(on: tx)  // hours, exceptions, time off, sessions and links go with it
                    removed.staff = 1
                }
                try await DiaryRevision.bump(on: tx)
                return removed
            }
            removed.leads = counts.leads
            removed.bookings = counts.bookings
            removed.emails = counts.emails
            removed.staff = counts.staff
            try await SQLiteTuning.forgetDeletedText(on: app.db)
        }
        return removed
    }

    private static func addLeads(_ app: Application, studioID: UUID) async throws {
        for demo in DemoLead.all {
            var answers = SelfCheckAnswers()
            answers.signs = demo.signs
            answers.painAreas = demo.pain
            answers.goals = demo.goals
            answers.activity = .lightlyActive
            answers.healthAnswers = Dictionary(
                uniqueKeysWithValues: app.shared.knowledge.safety.healthQuestions.map { ($0.id, false) })
            answers.redFlags = demo.redFlags
            answers.completed = .health
            let screen = try SelfCheckRecord(
                studioID: studioID, token: SecretToken.make(), answers: answers,
                startedAt: app.timeSource.now())
            try await screen.save(on: app.db)
            let details = LeadDetails(
                name: demo.name, email: demo.email, phone: demo.phone, preferredTimes: demo.times,
                consentToContact: true, consentToStoreHealth: true)
            let referral = app.shared.engine.assess(answers.asCase).referral.required
            let lead = Lead(
                studioID: studioID, selfCheckID: try screen.requireID(), details: details, redFlag: referral)
            lead.status = demo.status
            try await lead.save(on: app.db)
        }
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
