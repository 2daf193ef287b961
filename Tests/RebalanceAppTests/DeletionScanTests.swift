import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

/// Deletion on request leaves nothing to find: not in any table, not in a booking under another address, not in an
/// email in the outbox, and not in the SQLite files' free pages or write-ahead log.
@Suite("Deletion leaves no trace")
struct DeletionScanTests {
    /// An app on a SQLite file in a fresh folder, so the files themselves can be scanned afterwards.
    static func withFileApp(_ body: (Application, URL) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebalance-deletion-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = AppSettings.Database.sqliteFile(path: folder.appendingPathComponent("rebalance.sqlite").path)
        try await withApp(settings: AppSettings(database: database, passwordCost: 4, timeSource: .fixed(TestClock.now)))
        { app in
            try await body(app, folder)
        }
    }

    @Test func aDeletedClientIsNotInTheFiles() async throws {
        try await Self.withFileApp { app, folder in
            let fixture = try await BookingFixture.make(app)
            let studioID = try fixture.studio.requireID()
            let trainer = try await fixture.trainer("Theo Trainer", email: "theo@studio.example")
            let secrets = [
                "Anneliese Quarterfield", "anneliese.work@example.com", "anneliese@example.com",
                "Xyzzy sciatica detail",
            ]
            var answers = SelfCheckAnswers()
            answers.goals = "Run with my dog again (Xyzzy sciatica detail)"
            let screen = try SelfCheckRecord(
                studioID: studioID, token: SecretToken.make(), answers: answers, startedAt: TestClock.now)
            try await screen.save(on: app.db)
            let details = LeadDetails(
                name: secrets[0], email: secrets[1], phone: nil, preferredTimes: "", consentToContact: true,
                consentToStoreHealth: true)
            let lead = Lead(studioID: studioID, selfCheckID: try screen.requireID(), details: details, redFlag: false)
            try await lead.save(on: app.db)
            let client = Client(studioID: studioID, name: secrets[0], email: secrets[2])
            client.$lead.id = try lead.requireID()
            client.$selfCheck.id = try screen.requireID()
            client.notes = secrets[3]
            client.refreshSearchText()
            try await client.save(on: app.db)
            // A booking under the other address, linked by the lead it came from.
            let booking = try Booking(
                studioID: studioID, sessionType: try await fixture.type("free-consult"),
                trainerID: try trainer.requireID(),
                start: TestClock.now.addingTimeInterval(3 * 86_400),
                client: BookingClient(
                    name: secrets[0], email: secrets[1], phone: nil,
                    timeZone: "America/Los_Angeles"), madeBy: .client, bookedAt: TestClock.now,
                leadID: try lead.requireID())
            booking.staffNotes = secrets[3]
            try await booking.save(on: app.db)
            try await OutboxMessage(
                recipient: secrets[1], subject: "Your session", body: "Hello \(secrets[0])", now: TestClock.now
            )
            .create(on: app.db)
            // The studio's own notice of the lead names the client in its body.
            try await OutboxMessage(
                recipient: "hello@studio.example", subject: "New lead",
                body: "\(secrets[0]) left their details.\nEmail: \(secrets[1])", now: TestClock.now
            ).create(on: app.db)
            try await app.db.writeTransaction { tx in try await ClientRecordExport.delete(client, in: tx) }
            try await SQLiteTuning.forgetDeletedText(on: app.db)

            let anonymised = try #require(try await Booking.find(booking.id, on: app.db))
            #expect(
                anonymised.clientName == "Deleted client" && anonymised.staffNotes.isEmpty
                    && !anonymised.clientEmail.contains("anneliese"))
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
            let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            #expect(files.contains { $0.lastPathComponent == "rebalance.sqlite" })
            for file in files {
                let bytes = try Data(contentsOf: file)
                for secret in secrets {
                    #expect(
                        bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is still in \(file.lastPathComponent)")
                    #expect(
                        bytes.range(of: Data(secret.lowercased().utf8)) == nil,
                        "\(secret) (lower case) is still in \(file.lastPathComponent)")
                }
            }
        }
    }
}
