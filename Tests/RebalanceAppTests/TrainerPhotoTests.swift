import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// The owner puts a photo beside each trainer's bio; the website shows it, without what the camera recorded.
    @Suite("Trainer photos on the website")
    struct TrainerPhotoTests {
        static func photo(_ name: String) throws -> [UInt8] {
            let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("RebalanceCoreTests/Fixtures/photos")
            return Array(try Data(contentsOf: folder.appendingPathComponent(name)))
        }

        static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
            let needle = Array(text.utf8)
            return bytes.indices.contains { bytes[$0...].starts(with: needle) }
        }

        @Test(arguments: TestDatabase.available)
        func anOwnerAddsReplacesAndRemovesATrainersPhoto(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                _ = try await WorkspaceTests.setUp(app)
                let olivia = try await StaffBookingTests.signIn(app, "owner@a.example")
                let theo = try #require(
                    try await StaffMember.query(on: app.db).filter(\.$email == "theo@a.example").first())
                let id = try theo.requireID().uuidString.lowercased()
                _ = try await olivia.post("/staff/team/\(id)/bio", ["bio": "Coaches runners back from knee pain."])
                let original = try Self.photo("headshot-with-location.jpg")
                #expect(Self.contains(original, "Dana Reyes"))
                try await olivia.get("/staff/team")
                let saved = try await olivia.upload(
                    "/staff/team/\(id)/photo", field: "photo", filename: "IMG_0042.JPG", contentType: "image/jpeg",
                    bytes: original)
                #expect(saved.status == .seeOther)
                #expect(try await olivia.get(try #require(saved.location)).body.contains("new photo"))
                let first = try #require(
                    try await StaffMember.find(theo.requireID(), on: app.db)?.photoID)
                // The home page shows it; the photo is served without the camera's details, to anyone.
                let home = try await FormClient(app).get("/").body
                let path = TrainerPhotoController.path(first)
                #expect(home.contains("src=\"\(path)\""))
                let served = try await FormClient(app).get(path)
                #expect(served.status == .ok && served.headers.first(name: .contentType) == "image/jpeg")
                #expect(served.headers.first(name: .cacheControl)?.contains("immutable") == true)
                #expect(!Self.contains(served.bytes, "Dana Reyes") && !Self.contains(served.bytes, "Model X"))
                #expect(Array(served.bytes.prefix(2)) == [0xFF, 0xD8] && served.bytes.count < original.count)
                // A replacement gets a new address and the old photo is deleted with it.
                try await olivia.get("/staff/team")
                _ = try await olivia.upload(
                    "/staff/team/\(id)/photo", field: "photo", filename: "new.jpg", contentType: "image/jpeg",
                    bytes: original)
                #expect(try await StoredPhoto.query(on: app.db).count() == 1)
                #expect(try await FormClient(app).get(path).status == .notFound)
                // Removing it brings the initials back.
                try await olivia.get("/staff/team")
                let removed = try await olivia.post("/staff/team/\(id)/photo/delete", [:])
                #expect(try await olivia.get(try #require(removed.location)).body.contains("initials instead"))
                #expect(try await StoredPhoto.query(on: app.db).count() == 0)
                #expect(!(try await FormClient(app).get("/").body.contains("/team/photos/")))
            }
        }

        @Test(arguments: TestDatabase.available)
        func aFileThatIsNotAPhotoIsRefusedAndNothingChanges(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                _ = try await WorkspaceTests.setUp(app)
                let olivia = try await StaffBookingTests.signIn(app, "owner@a.example")
                let theo = try #require(
                    try await StaffMember.query(on: app.db).filter(\.$email == "theo@a.example").first())
                let id = try theo.requireID().uuidString.lowercased()
                try await olivia.get("/staff/team")
                let renamed = try await olivia.upload(
                    "/staff/team/\(id)/photo", field: "photo", filename: "photo.jpg", contentType: "image/jpeg",
                    bytes: Array("<script>alert(1)</script>".utf8))
                #expect(renamed.status == .badRequest && renamed.body.contains("not a JPEG or PNG photo"))
                #expect(renamed.body.contains("Nothing was changed"))
                let small = try await olivia.upload(
                    "/staff/team/\(id)/photo", field: "photo", filename: "tiny.jpg", contentType: "image/jpeg",
                    bytes: try Self.photo("rotated-with-location.jpg"))
                #expect(small.status == .badRequest && small.body.contains("at least 160 pixels"))
                #expect(try await StoredPhoto.query(on: app.db).count() == 0)
                // A trainer cannot change the team's photos; another studio's member is not found.
                let theoClient = try await StaffBookingTests.signIn(app, "theo@a.example")
                try await theoClient.get("/staff")
                let trainerTry = try await theoClient.upload(
                    "/staff/team/\(id)/photo", field: "photo", filename: "a.jpg", contentType: "image/jpeg",
                    bytes: try Self.photo("headshot-with-location.jpg"))
                #expect(trainerTry.status == .notFound, "the team's pages do not exist for a trainer")
                #expect(try await StoredPhoto.query(on: app.db).count() == 0)
                let bea = try #require(
                    try await StaffMember.query(on: app.db).filter(\.$email == "boss@b.example").first())
                let other = try await olivia.upload(
                    "/staff/team/\(try bea.requireID().uuidString.lowercased())/photo", field: "photo",
                    filename: "a.jpg", contentType: "image/jpeg", bytes: try Self.photo("headshot-with-location.jpg"))
                #expect(other.status == .notFound)
                // Without the form's token nothing is read.
                let stranger = FormClient(app)
                let forged = try await stranger.upload(
                    "/staff/team/\(id)/photo", field: "photo", filename: "a.jpg", contentType: "image/jpeg",
                    bytes: try Self.photo("headshot-with-location.jpg"))
                #expect(forged.status == .forbidden)
            }
        }
    }
}
