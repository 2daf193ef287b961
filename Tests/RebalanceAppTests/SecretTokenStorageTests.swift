import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

/// A copy of the database opens nothing: the secrets in links and cookies are stored only as fingerprints.
@Suite("Secret links are stored as fingerprints")
struct SecretTokenStorageTests {
    @Test func noLinkOrSessionTokenIsInTheDatabaseFiles() async throws {
        try await DeletionScanTests.withFileApp { app, folder in
            let fixture = try await BookingFixture.make(app)
            _ = try await fixture.trainer("Theo Trainer", email: "theo@studio.example")

            // A visitor's self-check link.
            let visitor = FormClient(app)
            try await visitor.get("/check")
            let started = try await visitor.post("/check", [:])
            let checkToken = try #require(started.location?.components(separatedBy: "/").dropFirst(2).first)
            #expect(try await visitor.get("/check/\(checkToken)/signs").status == .ok)

            // A trainer's session cookie and calendar feed address.
            let trainer = FormClient(app)
            try await HTTPTests.StaffTests.signIn(
                trainer, email: "theo@studio.example", password: StaffTestPassword.value)
            let session = try #require(trainer.cookies[StaffAuthentication.cookieName])
            try await trainer.get("/staff/availability")
            let feedPage = try await trainer.post("/staff/availability/feed", ["action": "create"])
            let feedToken = try #require(HTTPTests.StaffBookingTests.feedToken(feedPage.body))
            #expect(try await FormClient(app).get("/calendar/\(feedToken).ics").status == .ok)

            // The fingerprints are what is kept.
            let feedOwner = try await StaffMember.query(on: app.db).filter(\.$email == "theo@studio.example").first()
            #expect(feedOwner?.calendarTokenHash == SecretToken.fingerprint(feedToken))
            for file in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) {
                let bytes = try Data(contentsOf: file)
                for (what, token) in [("self-check", checkToken), ("session", session), ("calendar feed", feedToken)] {
                    #expect(
                        bytes.range(of: Data(token.utf8)) == nil, "the \(what) token is in \(file.lastPathComponent)")
                }
            }
        }
    }

    @Test func tokensHaveOneShapeAndFingerprintsAreStable() {
        let token = SecretToken.make()
        #expect(SecretToken.hasShape(token))
        #expect(
            !SecretToken.hasShape(String(token.dropLast())) && !SecretToken.hasShape(String(token.dropLast()) + "%"))
        #expect(
            SecretToken.fingerprint(token) == SecretToken.fingerprint(token)
                && SecretToken.fingerprint(token).count == 64)
        #expect(SecretToken.fingerprint(token) != SecretToken.fingerprint(SecretToken.make()))
    }
}
