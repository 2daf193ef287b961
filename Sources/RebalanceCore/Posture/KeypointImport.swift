import Foundation

/// Reads the keypoints a pose detector wrote (MediaPipe Pose's 33 landmarks, or COCO's 17 keypoints; normalized or
/// pixel coordinates) onto the posture landmarks they stand for. Detectors find joint centers, not bony landmarks:
/// what they lack (C7, tragus, the hip bones, ribs, shoulder blades) stays for the trainer to place, and everything
/// imported is marked automatic so the report can say which values rest on it.
public enum KeypointImport {
    /// What went wrong reading a detector's file.
    public enum ImportError: Error, Equatable, CustomStringConvertible {
        case notRecognized
        case needsImageSize

        public var description: String {
            switch self {
            case .notRecognized:
                "not a MediaPipe Pose file (33 landmarks) or a COCO keypoints file (17 × x, y, visibility)"
            case .needsImageSize:
                "the coordinates are normalized (0–1): give the image's width and height in pixels"
            }
        }
    }

    /// MediaPipe's landmark numbers for each side's parts.
    private static let mediaPipe: [String: (left: Int, right: Int)] = [
        "eye": (2, 5), "ear": (7, 8), "shoulder": (11, 12), "hip": (23, 24), "knee": (25, 26), "ankle": (27, 28),
        "heel": (29, 30),
    ]
    /// COCO's keypoint numbers.
    private static let coco: [String: (left: Int, right: Int)] = [
        "eye": (1, 2), "ear": (3, 4), "shoulder": (5, 6), "hip": (11, 12), "knee": (13, 14), "ankle": (15, 16),
    ]
    /// Below this, a detector's own confidence says the point is a guess; it is left for the trainer.
    public static let minimumVisibility = 0.5

    /// The landmarks for `view` from a detector's JSON. `width`/`height` are needed for normalized coordinates
    /// unless the file names them (`imageWidth`/`imageHeight`, or COCO's `images`).
    public static func landmarks(
        from data: Data, view: PostureView, width: Double? = nil, height: Double? = nil
    ) throws -> PostureLandmarks {
        let json = try JSONSerialization.jsonObject(with: data)
        let object = json as? [String: Any]
        var width = width ?? (object?["imageWidth"] as? Double)
        var height = height ?? (object?["imageHeight"] as? Double)
        if let image = (object?["images"] as? [[String: Any]])?.first {
            width = width ?? (image["width"] as? Double)
            height = height ?? (image["height"] as? Double)
        }
        let parts: [String: (left: Int, right: Int)]
        var raw: [(x: Double, y: Double, seen: Double)]
        if let list = (object?["landmarks"] as? [[String: Any]]) ?? (json as? [[String: Any]]), list.count == 33 {
            parts = mediaPipe
            raw = list.map {
                ($0["x"] as? Double ?? .nan, $0["y"] as? Double ?? .nan, $0["visibility"] as? Double ?? 1)
            }
        } else if let flat = (object?["keypoints"] as? [Double])
            ?? ((object?["annotations"] as? [[String: Any]])?.first?["keypoints"] as? [Double]), flat.count == 51
        {
            parts = coco
            // COCO visibility: 0 not labeled, 1 labeled but hidden, 2 visible.
            raw = stride(from: 0, to: 51, by: 3).map { (flat[$0], flat[$0 + 1], flat[$0 + 2] > 0 ? 1 : 0) }
        } else {
            throw ImportError.notRecognized
        }
        let normalized = raw.allSatisfy { $0.x.isNaN || (-0.5...1.5).contains($0.x) && (-0.5...1.5).contains($0.y) }
        if normalized {
            guard let width, let height, width > 0, height > 0 else { throw ImportError.needsImageSize }
            raw = raw.map { ($0.x * width, $0.y * height, $0.seen) }
        }
        func point(_ part: String, _ side: Side) -> PostureLandmarks.Point? {
            guard let numbers = parts[part] else { return nil }
            let entry = raw[side == .left ? numbers.left : numbers.right]
            guard entry.x.isFinite, entry.y.isFinite, entry.seen >= minimumVisibility else { return nil }
            return PostureLandmarks.Point(x: entry.x, y: entry.y, automatic: true)
        }
        var points: [PostureLandmark: PostureLandmarks.Point] = [:]
        for (landmark, part, side) in mapping(for: view) {
            if points[landmark] == nil, let found = point(part, side) { points[landmark] = found }
        }
        let size = (
            width ?? raw.map(\.x).filter(\.isFinite).max() ?? 0, height ?? raw.map(\.y).filter(\.isFinite).max() ?? 0
        )
        return PostureLandmarks(view: view, imageWidth: size.0, imageHeight: size.1, points: points)
    }

    /// Which detector part stands for which landmark in a view; a later entry fills in only a missing point.
    private static func mapping(for view: PostureView) -> [(PostureLandmark, String, Side)] {
        switch view {
        case .front:
            [
                (.leftEye, "eye", .left), (.rightEye, "eye", .right), (.leftEar, "ear", .left),
                (.rightEar, "ear", .right),
                (.leftAcromion, "shoulder", .left), (.rightAcromion, "shoulder", .right), (.leftKnee, "knee", .left),
                (.rightKnee, "knee", .right), (.leftAnkle, "ankle", .left), (.rightAnkle, "ankle", .right),
            ]
        case .back:
            [
                (.leftEar, "ear", .left), (.rightEar, "ear", .right), (.leftAcromion, "shoulder", .left),
                (.rightAcromion, "shoulder", .right), (.leftKneeCrease, "knee", .left),
                (.rightKneeCrease, "knee", .right),
                (.leftHeel, "heel", .left), (.rightHeel, "heel", .right), (.leftHeel, "ankle", .left),
                (.rightHeel, "ankle", .right),
            ]
        case .rightSide, .leftSide:
            // The side toward the camera: its ear, shoulder, hip, knee and ankle.
            [
                (.tragus, "ear", view == .rightSide ? .right : .left),
                (.acromion, "shoulder", view == .rightSide ? .right : .left),
                (.greaterTrochanter, "hip", view == .rightSide ? .right : .left),
                (.knee, "knee", view == .rightSide ? .right : .left),
                (.lateralMalleolus, "ankle", view == .rightSide ? .right : .left),
            ]
        }
    }
}
