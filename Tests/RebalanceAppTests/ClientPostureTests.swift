import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// The client's own posture photos in the app: shown once the assessment is complete, with the lines and the
    /// readings in plain words, and served to nobody else.
    @Suite("Client posture photos")
    struct ClientPostureTests {
        @Test(arguments: TestDatabase.available)
        func theClientSeesOnlyTheirOwnPhotosOnceTheAssessmentIsComplete(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let (client, assessment) = try await WorkspaceTests.screenedClientWithAssessment(app, theo)
                try await theo.get(assessment + "/posture")
                _ = try await theo.upload(
                    assessment + "/posture/rightSide/photo", field: "photo", filename: "s.jpg",
                    contentType: "image/jpeg", bytes: try TrainerPhotoTests.photo(PosturePhotoTests.sidePhoto))
                try await theo.get(assessment + "/posture/rightSide")
                // C7 → tragus rising 100 px over 100 px: a 45° neck angle, below the 50° norm.
                let placed = try await theo.post(
                    assessment + "/posture/rightSide/points",
                    ["p.c7.x": "300", "p.c7.y": "250", "p.tragus.x": "400", "p.tragus.y": "150", "scale": "none"])
                #expect(placed.status == .seeOther)
                try await theo.get(client)
                #expect(try await theo.post(client + "/app/invite", [:]).status == .seeOther)
                let phone = try await ClientAppTests.signedInPhone(app)
                let posture = try #require(try await PosturePhoto.query(on: app.db).first())
                let image = "/me/posture-photos/\(try posture.requireID().uuidString.lowercased())"

                // A draft: the trainer may still move the points, so nothing is shown yet.
                let draft = try await phone.get("/me/posture")
                #expect(draft.status == .ok && draft.body.contains("appear here once"))
                #expect(try await phone.get(image).status == .notFound)
                #expect(!(try await phone.get("/me/progress").body.contains("href=\"/me/posture\"")))

                try await theo.get(assessment)
                let completed = try await theo.post(
                    assessment, ["action": "complete", "t.modifiedThomasHip.left": "6", "t.pelvicTilt.none": "19"])
                #expect(completed.status == .seeOther)
                let shown = try await phone.get("/me/posture")
                #expect(shown.body.contains("Neck angle 45° (the smaller it is"))
                #expect(shown.body.contains("outside the usual range") && shown.body.contains(image))
                #expect(shown.body.contains("not a diagnosis"))
                #expect(try await phone.get("/me/progress").body.contains("href=\"/me/posture\""))
                let served = try await phone.get(image)
                #expect(served.status == .ok && served.headers.first(name: .cacheControl) == "private, no-store")

                // Signed out, or another client's photo: nothing.
                #expect(try await FormClient(app).get(image).location?.contains("sign-in") == true)
                let studioID = try #require(try await Client.find(posture.$client.id, on: app.db)).$studio.id
                let other = Client(studioID: studioID, name: "Bo Lee", email: "bo@example.com")
                try await other.save(on: app.db)
                let record = AssessmentRecord(
                    clientID: try other.requireID(), performedOn: CalendarDay(year: 2026, month: 10, day: 1),
                    recordedBy: "Theo")
                record.status = .complete
                try await record.save(on: app.db)
                let foreign = PosturePhoto(
                    clientID: try other.requireID(), assessmentID: try record.requireID(), view: .front,
                    photoID: posture.photoID)
                try await foreign.save(on: app.db)
                #expect(
                    try await phone.get("/me/posture-photos/\(try foreign.requireID().uuidString.lowercased())")
                        .status == .notFound)
                #expect(!(try await phone.get("/me/posture").body.contains("Front")))
            }
        }
    }
}
