import Foundation

/// The points placed on one posture photo, in pixels of the upright image (EXIF orientation already applied),
/// x to the right and y down, with how to turn pixels into centimeters.
public struct PostureLandmarks: Codable, Sendable, Equatable {
    /// One placed point and whether a pose detector placed it (the report says which values rest on those).
    public struct Point: Codable, Sendable, Equatable {
        public var x: Double
        public var y: Double
        public var automatic: Bool?

        public init(x: Double, y: Double, automatic: Bool? = nil) {
            self.x = x
            self.y = y
            self.automatic = automatic
        }
    }

    /// How pixels become centimeters. Without one, angles are still given and distances are left out.
    public enum Scale: Codable, Sendable, Equatable {
        /// The distance between `referenceTop` and `referenceBottom` in centimeters (a marked plumb line, a ruler
        /// held at the body's plane).
        case reference(centimeters: Double)
        /// The client's height and the image rows of the top of the head and the floor.
        case height(centimeters: Double, headTopY: Double, floorY: Double)
    }

    public var view: PostureView
    public var imageWidth: Double
    public var imageHeight: Double
    /// A selfie camera's mirror image: the client's left appears on the other side.
    public var mirrored: Bool?
    public var points: [PostureLandmark: Point]
    public var scale: Scale?

    public init(
        view: PostureView, imageWidth: Double, imageHeight: Double, mirrored: Bool? = nil,
        points: [PostureLandmark: Point], scale: Scale? = nil
    ) {
        self.view = view
        self.imageWidth = imageWidth
        self.imageHeight = imageHeight
        self.mirrored = mirrored
        self.points = points
        self.scale = scale
    }

    private enum CodingKeys: String, CodingKey { case view, imageWidth, imageHeight, mirrored, points, scale }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        view = try c.decode(PostureView.self, forKey: .view)
        imageWidth = try c.decode(Double.self, forKey: .imageWidth)
        imageHeight = try c.decode(Double.self, forKey: .imageHeight)
        mirrored = try c.decodeIfPresent(Bool.self, forKey: .mirrored)
        scale = try c.decodeIfPresent(Scale.self, forKey: .scale)
        // Keys are landmark names; an unknown name is an error, not a silently dropped point.
        let raw = try c.decode([String: Point].self, forKey: .points)
        var points: [PostureLandmark: Point] = [:]
        for (name, point) in raw {
            guard let landmark = PostureLandmark(rawValue: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .points, in: c,
                    debugDescription: "unknown landmark \"\(name)\"; use one of \(PostureLandmark.allowedList)")
            }
            points[landmark] = point
        }
        self.points = points
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(view, forKey: .view)
        try c.encode(imageWidth, forKey: .imageWidth)
        try c.encode(imageHeight, forKey: .imageHeight)
        try c.encodeIfPresent(mirrored, forKey: .mirrored)
        try c.encodeIfPresent(scale, forKey: .scale)
        try c.encode(Dictionary(uniqueKeysWithValues: points.map { ($0.key.rawValue, $0.value) }), forKey: .points)
    }

    /// Centimeters per pixel, when the scale can be worked out.
    public var centimetersPerPixel: Double? {
        switch scale {
        case .reference(let centimeters):
            guard let top = points[.referenceTop], let bottom = points[.referenceBottom] else { return nil }
            let pixels = hypot(bottom.x - top.x, bottom.y - top.y)
            return pixels > 0 && centimeters > 0 ? centimeters / pixels : nil
        case .height(let centimeters, let headTopY, let floorY):
            let pixels = floorY - headTopY
            return pixels > 0 && centimeters > 0 ? centimeters / pixels : nil
        case nil: return nil
        }
    }
}
