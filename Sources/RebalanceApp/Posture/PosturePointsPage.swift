import Fluent
import Foundation
import RebalanceCore
import Vapor

/// Placing points on one posture photo: the photo with a plumb line and grid, each point dragged (mouse, touch) or
/// nudged with the arrow keys by `posture-points.js`, and underneath the same points as numbers, so the page works
/// without JavaScript too. The scale is set by a reference of known length in the photo or by the client's height.
enum PosturePointsPage {
    struct Field: Encodable {
        let key: String
        let name: String
        let x: String
        let y: String
        /// Placed by the pose detector and not moved since.
        let auto: Bool
        let error: String?
    }

    struct Context: Encodable {
        let page: PageContext
        let clientName: String
        let viewName: String
        let view: String
        let back: String
        let image: String
        let width: Int
        let height: Int
        let fields: [Field]
        let scale: String
        let referenceCm: String
        let heightCm: String
        let headTopY: String
        let floorY: String
        let mirrored: Bool
        let readings: [String]?
        let errors: [FieldErrorItem]?
        let grid: [Int]
        let overlay: PostureOverlay?
        /// Whether a pose detector is set up, to offer "Place points automatically".
        let canDetect: Bool
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (access, client, record, photos) = try await PostureController.load(req)
        let view = try PostureController.view(req)
        guard let photo = try photos.first(where: { try $0.postureView() == view }) else { throw Abort(.notFound) }
        try await access.audit(client, .read, "posture photo (\(view.name.lowercased()))")
        return try await render(
            req, client, record, photo, view, fields: fields(of: try photo.landmarks), problems: nil)
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let (access, client, record, photos) = try await PostureController.load(req)
        let view = try PostureController.view(req)
        guard let photo = try photos.first(where: { try $0.postureView() == view }) else { throw Abort(.notFound) }
        let fields = try req.content.decode([String: String].self)
        let (width, height) = try await size(of: photo, on: req.db)
        switch read(fields, view: view, width: width, height: height) {
        case .failure(let problems):
            return try await render(req, client, record, photo, view, fields: fields, problems: problems)
                .encodeResponse(status: .badRequest, for: req)
        case .success(let landmarks):
            photo.landmarksJSON = try JSONColumn.encode(landmarks)
            try await access.change(client, "posture points (\(view.name.lowercased()))") { db in
                try await photo.save(on: db)
            }
            return req.redirect(
                to: try PostureController.base(client, record) + "/posture#\(view.rawValue)", redirectType: .normal)
        }
    }

    /// Points from the pose detector for the ones not placed yet; the trainer's own points are never moved.
    @Sendable static func detect(req: Request) async throws -> Response {
        let (access, client, record, photos) = try await PostureController.load(req)
        let view = try PostureController.view(req)
        guard let photo = try photos.first(where: { try $0.postureView() == view }),
            let stored = try await StoredPhoto.find(photo.photoID, on: req.db)
        else { throw Abort(.notFound) }
        let (width, height) = try await size(of: photo, on: req.db)
        let detected: PostureLandmarks
        do {
            detected = try await PoseDetector.landmarks(for: stored.bytes, view: view, on: req.application)
        } catch let failure as PoseDetector.Failure {
            var problems = FormProblems()
            problems.add("detect", failure.description)
            return try await render(
                req, client, record, photo, view, fields: fields(of: try photo.landmarks), problems: problems
            )
            .encodeResponse(status: .badRequest, for: req)
        }
        var landmarks =
            try photo.landmarks
            ?? PostureLandmarks(view: view, imageWidth: width, imageHeight: height, points: [:])
        for (landmark, point) in detected.points where landmarks.points[landmark] == nil {
            guard (0...width).contains(point.x), (0...height).contains(point.y) else { continue }
            landmarks.points[landmark] = point
        }
        photo.landmarksJSON = try JSONColumn.encode(landmarks)
        try await access.change(client, "posture points placed automatically (\(view.name.lowercased()))") { db in
            try await photo.save(on: db)
        }
        return req.redirect(
            to: try PostureController.base(client, record) + "/posture/\(view.rawValue)", redirectType: .normal)
    }

    /// The landmarks a form describes, or what to fix. Blank pairs are points not placed yet.
    static func read(_ fields: [String: String], view: PostureView, width: Double, height: Double)
        -> Result<PostureLandmarks, FormProblems>
    {
        var problems = FormProblems()
        var points: [PostureLandmark: PostureLandmarks.Point] = [:]
        func number(_ key: String) -> Double? {
            Double((fields[key] ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
        }
        for landmark in view.landmarks + [.referenceTop, .referenceBottom] {
            let key = "p.\(landmark.rawValue)"
            let (xText, yText) = (fields["\(key).x"] ?? "", fields["\(key).y"] ?? "")
            if xText.trimmingCharacters(in: .whitespaces).isEmpty, yText.trimmingCharacters(in: .whitespaces).isEmpty {
                continue
            }
            guard let x = number("\(key).x"), let y = number("\(key).y"), (0...width).contains(x),
                (0...height).contains(y)
            else {
                problems.add(
                    "\(key).x", "\(landmark.name): enter x from 0 to \(Int(width)) and y from 0 to \(Int(height)).")
                continue
            }
            points[landmark] = PostureLandmarks.Point(
                x: x, y: y, automatic: fields["\(key).auto"] == "yes" ? true : nil)
        }
        var scale: PostureLandmarks.Scale?
        switch fields["scale"] {
        case "reference":
            if let cm = number("referenceCm"), cm > 0, points[.referenceTop] != nil, points[.referenceBottom] != nil {
                scale = .reference(centimeters: cm)
            } else {
                problems.add(
                    "referenceCm", "For a reference scale, place both reference points and enter its length in cm.")
            }
        case "height":
            if let cm = number("heightCm"), (50...250).contains(cm), let top = number("headTopY"),
                let floor = number("floorY"), floor > top
            {
                scale = .height(centimeters: cm, headTopY: top, floorY: floor)
            } else {
                problems.add(
                    "heightCm",
                    "For a height scale, enter the client's height (cm) and the rows of the head top and floor.")
            }
        default: scale = nil
        }
        guard problems.isEmpty else { return .failure(problems) }
        return .success(
            PostureLandmarks(
                view: view, imageWidth: width, imageHeight: height, mirrored: fields["mirrored"] == "yes",
                points: points, scale: scale))
    }

    /// The upright size of the stored photo.
    static func size(of photo: PosturePhoto, on db: any Database) async throws -> (Double, Double) {
        guard let stored = try await StoredPhoto.find(photo.photoID, on: db) else { throw Abort(.notFound) }
        let turned = PhotoOrientation(rawValue: stored.orientation)?.swapsSides ?? false
        return turned
            ? (Double(stored.storedHeight), Double(stored.storedWidth))
            : (Double(stored.storedWidth), Double(stored.storedHeight))
    }

    /// The form fields that show saved landmarks.
    static func fields(of landmarks: PostureLandmarks?) -> [String: String] {
        guard let landmarks else { return ["scale": "none"] }
        var fields: [String: String] = ["mirrored": landmarks.mirrored == true ? "yes" : ""]
        for (landmark, point) in landmarks.points {
            fields["p.\(landmark.rawValue).x"] = NumberText.format((point.x * 10).rounded() / 10)
            fields["p.\(landmark.rawValue).y"] = NumberText.format((point.y * 10).rounded() / 10)
            if point.automatic == true { fields["p.\(landmark.rawValue).auto"] = "yes" }
        }
        switch landmarks.scale {
        case .reference(let cm):
            fields["scale"] = "reference"
            fields["referenceCm"] = NumberText.format(cm)
        case .height(let cm, let top, let floor):
            fields["scale"] = "height"
            fields["heightCm"] = NumberText.format(cm)
            fields["headTopY"] = NumberText.format(top)
            fields["floorY"] = NumberText.format(floor)
        case nil: fields["scale"] = "none"
        }
        return fields
    }

    private static func render(
        _ req: Request, _ client: Client, _ record: AssessmentRecord, _ photo: PosturePhoto, _ view: PostureView,
        fields: [String: String], problems: FormProblems?
    ) async throws -> View {
        let (width, height) = try await size(of: photo, on: req.db)
        let saved = try photo.landmarks
        let judged = saved.map {
            PostureReading.readings(of: PostureAnalysis($0), req.application.shared.knowledge, sex: client.sex)
        }
        let readings = judged?.map(\.line)
        return try await req.view.render(
            "staff-posture-points",
            Context(
                page: try await PageContext(req, title: "\(view.name) photo — \(client.name)"), clientName: client.name,
                viewName: view.name, view: view.rawValue, back: try PostureController.base(client, record) + "/posture",
                image: "/staff/posture-photos/\(try photo.requireID().uuidString.lowercased())", width: Int(width),
                height: Int(height),
                fields: (view.landmarks + [.referenceTop, .referenceBottom]).map { landmark in
                    let key = "p.\(landmark.rawValue)"
                    return Field(
                        key: key, name: landmark.name, x: fields["\(key).x"] ?? "", y: fields["\(key).y"] ?? "",
                        auto: fields["\(key).auto"] == "yes", error: problems?.message(for: "\(key).x"))
                },
                scale: fields["scale"] ?? "none", referenceCm: fields["referenceCm"] ?? "",
                heightCm: fields["heightCm"] ?? "", headTopY: fields["headTopY"] ?? "", floorY: fields["floorY"] ?? "",
                mirrored: fields["mirrored"] == "yes", readings: readings?.nonEmpty, errors: problems?.summary.nonEmpty,
                grid: (1..<10).map { $0 * 10 },
                overlay: saved.flatMap { landmarks in judged.map { PostureOverlay(landmarks, readings: $0) } },
                canDetect: req.application.shared.settings.poseDetector != nil))
    }
}
