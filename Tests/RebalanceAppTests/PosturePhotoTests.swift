import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// Posture photos in an assessment: checked and cleaned before they are kept, seen only by the studio's staff,
    /// points placed and read against norms, values copied into the draft, and gone with the client.
    @Suite("Posture photos")
    struct PosturePhotoTests {
        /// A phone's portrait photo stored on its side (EXIF orientation 6) with GPS and camera details, made for
        /// these tests by Pillow: stored 900 × 600, upright 600 × 900.
        static let sidePhoto = "posture-side-with-location.jpg"

        @Test(arguments: TestDatabase.available)
        func aPhotoIsCleanedPrivateAndItsPointsBecomeFindings(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let (client, assessment) = try await WorkspaceTests.screenedClientWithAssessment(app, theo)
                let posture = assessment + "/posture"
                #expect(try await theo.get(assessment).body.contains("\(assessment)/posture"))
                let page = try await theo.get(posture)
                #expect(page.status == .ok && page.body.contains("capture=\"environment\""))
                // Not a photo, whatever its name says; nothing is kept.
                let fake = try await theo.upload(
                    posture + "/rightSide/photo", field: "photo", filename: "side.jpg", contentType: "image/jpeg",
                    bytes: Array("%PDF-1.4 not a photo".utf8))
                #expect(fake.status == .badRequest && fake.body.contains("Nothing was changed"))
                // Cut short: refused too.
                let original = try TrainerPhotoTests.photo(Self.sidePhoto)
                try await theo.get(posture)
                let truncated = try await theo.upload(
                    posture + "/rightSide/photo", field: "photo", filename: "side.jpg", contentType: "image/jpeg",
                    bytes: Array(original.prefix(original.count / 2)))
                #expect(truncated.status == .badRequest)
                #expect(try await PosturePhoto.query(on: app.db).count() == 0)
                // The real photo: kept without GPS or camera, only its orientation.
                try await theo.get(posture)
                #expect(TrainerPhotoTests.contains(original, "Posture Camera Co"))
                let saved = try await theo.upload(
                    posture + "/rightSide/photo", field: "photo", filename: "IMG_1.JPG", contentType: "image/jpeg",
                    bytes: original)
                #expect(saved.location == posture + "/rightSide")
                let stored = try #require(try await StoredPhoto.query(on: app.db).first())
                #expect(!TrainerPhotoTests.contains(Array(stored.bytes), "Posture Camera"))
                #expect(!TrainerPhotoTests.contains(Array(stored.bytes), "Model P9"))
                #expect(stored.orientation == 6 && stored.storedWidth == 900)
                // Served to the studio's staff only, never cached.
                let points = try await theo.get(posture + "/rightSide")
                #expect(points.body.contains("viewBox=\"0 0 600 900\""))
                let src = try #require(
                    points.body.components(separatedBy: "<image href=\"").dropFirst().first?.prefix { $0 != "\"" })
                let served = try await theo.get(String(src))
                #expect(served.status == .ok && served.headers.first(name: .cacheControl) == "private, no-store")
                #expect(try await FormClient(app).get(String(src)).location?.contains("sign-in") == true)
                let bea = try await StaffBookingTests.signIn(app, "boss@b.example")
                #expect(try await bea.get(String(src)).status == .notFound)
                #expect(try await bea.get(posture).status == .notFound)
                // Points outside the photo are refused with the landmark named; what was typed stays.
                let outside = try await theo.post(
                    posture + "/rightSide/points", ["p.c7.x": "700", "p.c7.y": "100", "scale": "none"])
                #expect(outside.status == .badRequest && outside.body.contains("Base of the neck (C7): enter x"))
                #expect(outside.body.contains("value=\"700\""))
                // C7 → tragus rising 100 px over 100 px: a 45° craniovertebral angle, below the 50° norm.
                try await theo.get(posture + "/rightSide")
                let placed = try await theo.post(
                    posture + "/rightSide/points",
                    [
                        "p.c7.x": "300", "p.c7.y": "250", "p.tragus.x": "400", "p.tragus.y": "150",
                        "p.acromion.x": "310", "p.acromion.y": "300", "scale": "height", "heightCm": "170",
                        "headTopY": "60", "floorY": "860",
                    ])
                #expect(placed.status == .seeOther)
                let read = try await theo.get(posture)
                #expect(read.body.contains("Craniovertebral angle: 45°"))
                #expect(read.body.contains("Ear ahead of the shoulder: 19.1 cm"))
                // The report to print: the photo with its lines, each value against its norm and source, and the
                // same readings in the client's words.
                let report = try await theo.get(posture + "/report")
                #expect(report.status == .ok && report.body.contains("<g class=\"overlay\""))
                #expect(
                    report.body.contains("<th scope=\"row\">Craniovertebral angle<br>")
                        && report.body.contains("<td>45°</td>"))
                #expect(
                    report.body.contains("Yip CH et al. 2008")
                        && report.body.contains("Neck angle 45° (the smaller it is"))
                #expect(try await bea.get(posture + "/report").status == .notFound)
                // Copied into the draft: the engine reads it with the other findings.
                let applied = try await theo.post(posture + "/apply", [:])
                #expect(applied.location == posture + "?applied=1")
                let record = try #require(try await AssessmentRecord.query(on: app.db).first())
                #expect(try record.findings.contains(.measured("craniovertebralAngle", nil, 45)))
                #expect(try await PosturePhoto.query(on: app.db).first()?.appliedAt != nil)
                // The export carries the photo and its points; deleting the client removes the picture too.
                let export = try await theo.get(client + "/export.json")
                #expect(export.body.contains("\"posturePhotos\"") && export.body.contains("data:image/jpeg;base64,"))
                try await theo.get(client + "/delete")
                let deleted = try await theo.post(client + "/delete", ["confirm": "Ana Diaz"])
                #expect(deleted.status == .seeOther)
                #expect(try await StoredPhoto.query(on: app.db).count() == 0)
                #expect(try await PosturePhoto.query(on: app.db).count() == 0)
            }
        }

        @Test(arguments: TestDatabase.available)
        func aPhotoOverTheLimitIsRefused(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let (_, assessment) = try await WorkspaceTests.screenedClientWithAssessment(app, theo)
                try await theo.get(assessment + "/posture")
                let huge = [UInt8](repeating: 0xFF, count: 20_000_000)
                let refused = try await theo.upload(
                    assessment + "/posture/front/photo", field: "photo", filename: "big.jpg", contentType: "image/jpeg",
                    bytes: huge)
                #expect(refused.status == .payloadTooLarge || refused.status == .badRequest)
                #expect(try await PosturePhoto.query(on: app.db).count() == 0)
            }
        }

        /// The same view photographed at two assessments: each measure then and now, and whether the change is
        /// more than the error between photos.
        @Test(arguments: TestDatabase.available)
        func twoAssessmentsComparedMeasureByMeasure(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let (client, first) = try await WorkspaceTests.screenedClientWithAssessment(app, theo)
                let photo = try TrainerPhotoTests.photo(Self.sidePhoto)
                func side(_ assessment: String, earY: String) async throws {
                    try await theo.get(assessment + "/posture")
                    _ = try await theo.upload(
                        assessment + "/posture/rightSide/photo", field: "photo", filename: "s.jpg",
                        contentType: "image/jpeg", bytes: photo)
                    try await theo.get(assessment + "/posture/rightSide")
                    let saved = try await theo.post(
                        assessment + "/posture/rightSide/points",
                        ["p.c7.x": "300", "p.c7.y": "250", "p.tragus.x": "400", "p.tragus.y": earY, "scale": "none"])
                    #expect(saved.status == .seeOther)
                }
                try await side(first, earY: "150")  // 45°
                try await theo.get(client)
                let started = try await theo.post(client + "/assessments", [:])
                let second = try #require(started.location)
                #expect(second != first)
                try await side(second, earY: "130")  // atan(120/100) ≈ 50°
                let compared = try await theo.get(second + "/posture/compare")
                #expect(compared.status == .ok)
                #expect(
                    compared.body.contains(
                        "<td data-label=\"Then\">45°</td><td data-label=\"Now\">50°</td>"
                            + "<td class=\"num\" data-label=\"Change\">+5</td>"
                            + "<td data-label=\"More than error?\"><strong>Yes</strong>"))
                #expect(compared.body.contains("alt=\"Right side photo, earlier\""))
                let bea = try await StaffBookingTests.signIn(app, "boss@b.example")
                #expect(try await bea.get(second + "/posture/compare").status == .notFound)
            }
        }

        /// With a pose detector set up, its points fill in the ones not placed yet (marked automatic); the trainer's
        /// own points stay, and a detector that finds nobody says so and changes nothing.
        @Test(arguments: TestDatabase.available)
        func aPoseDetectorFillsInOnlyMissingPoints(_ database: TestDatabase) async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pose-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            // A stand-in for scripts/detect-pose: MediaPipe's 33 points, all at (0.5, 0.25) of a 600 × 900 photo,
            // except for a photo named in NOBODY, where it finds no person.
            let points = (0..<33).map { _ in #"{"x":0.5,"y":0.25,"visibility":0.9}"# }.joined(separator: ",")
            let script = folder.appendingPathComponent("detect")
            try """
            #!/bin/sh
            [ -f "\(folder.path)/NOBODY" ] && exit 1
            echo '{"imageWidth":600,"imageHeight":900,"landmarks":[\(points)]}'
            """.write(to: script, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
            var settings = database.settings
            settings.poseDetector = script.path
            try await withApp(settings: settings) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let (_, assessment) = try await WorkspaceTests.screenedClientWithAssessment(app, theo)
                let posture = assessment + "/posture"
                try await theo.get(posture)
                _ = try await theo.upload(
                    posture + "/rightSide/photo", field: "photo", filename: "s.jpg", contentType: "image/jpeg",
                    bytes: try TrainerPhotoTests.photo(Self.sidePhoto))
                #expect(try await theo.get(posture + "/rightSide").body.contains("Place points automatically"))
                _ = try await theo.post(posture + "/rightSide/points", ["p.acromion.x": "10", "p.acromion.y": "20"])
                try await theo.get(posture + "/rightSide")
                #expect(try await theo.post(posture + "/rightSide/detect", [:]).status == .seeOther)
                let landmarks = try #require(try await PosturePhoto.query(on: app.db).first()?.landmarks)
                #expect(landmarks.points[.acromion] == PostureLandmarks.Point(x: 10, y: 20))
                #expect(landmarks.points[.tragus] == PostureLandmarks.Point(x: 300, y: 225, automatic: true))
                #expect(landmarks.points[.c7] == nil)
                try Data().write(to: folder.appendingPathComponent("NOBODY"))
                try await theo.get(posture + "/rightSide")
                let nobody = try await theo.post(posture + "/rightSide/detect", [:])
                #expect(nobody.status == .badRequest && nobody.body.contains("no person was found"))
            }
        }
    }
}
