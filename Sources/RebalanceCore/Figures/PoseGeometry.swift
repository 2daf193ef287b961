import Foundation

/// Where each joint of a pose lies, in figure units (a standing figure is about 100 tall), standing on the
/// floor at height 0 unless it hangs from a bar.
public struct PoseGeometry: Sendable, Equatable {
    /// A point in figure units, y up.
    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double
    }

    /// Segment lengths, in figure units, from average adult proportions (head to floor about 100).
    enum Length {
        static let torso = 30.0
        static let neck = 5.0
        static let headRadius = 6.0
        static let upperArm = 17.0
        static let forearm = 16.0
        static let thigh = 24.0
        static let shin = 23.0
        static let foot = 8.0
        /// A step or box stood on, about 20 cm for a 170 cm client.
        static let step = 12.0
    }

    public let joints: [BodyJoint: Point]

    public init(_ pose: BodyPose) {
        let angles = pose.angles
        let hip = Point(x: 0, y: 0)
        let shoulder = Self.step(from: hip, angles.torso, Length.torso)
        let nearElbow = Self.step(from: shoulder, angles.nearUpperArm, Length.upperArm)
        let farElbow = Self.step(from: shoulder, angles.farUpperArm, Length.upperArm)
        let nearKnee = Self.step(from: hip, angles.nearThigh, Length.thigh)
        let nearAnkle = Self.step(from: nearKnee, angles.nearShin, Length.shin)
        let farKnee = Self.step(from: hip, angles.farThigh, Length.thigh)
        let farAnkle = Self.step(from: farKnee, angles.farShin, Length.shin)
        let joints: [BodyJoint: Point] = [
            .hip: hip, .shoulder: shoulder,
            .head: Self.step(from: shoulder, angles.head ?? angles.torso, Length.neck + Length.headRadius),
            .nearElbow: nearElbow, .nearHand: Self.step(from: nearElbow, angles.nearForearm, Length.forearm),
            .farElbow: farElbow, .farHand: Self.step(from: farElbow, angles.farForearm, Length.forearm),
            .nearKnee: nearKnee, .nearAnkle: nearAnkle,
            .nearToe: Self.step(from: nearAnkle, angles.nearFoot ?? angles.nearShin + 90, Length.foot),
            .farKnee: farKnee, .farAnkle: farAnkle,
            .farToe: Self.step(from: farAnkle, angles.farFoot ?? angles.farShin + 90, Length.foot),
        ]
        // Rest the lowest part of the body on the floor, or on a step when a bench is under that foot; a figure
        // hanging from a bar keeps its own height.
        let hangs = pose.props?.contains { $0.kind == .bar } ?? false
        let lowest = joints.map { $0.key == .head ? $0.value.y - Length.headRadius : $0.value.y }.min() ?? 0
        let onStep =
            pose.props?.contains { prop in
                prop.kind == .bench && BodyJoint.feet.contains(prop.at) && abs((joints[prop.at]?.y ?? 0) - lowest) < 1
            } ?? false
        let lift = hangs ? 0 : -lowest + (onStep ? Length.step : 0)
        self.joints = joints.mapValues { Point(x: $0.x, y: $0.y + lift) }
    }

    /// Where a joint lies.
    public subscript(joint: BodyJoint) -> Point { joints[joint] ?? Point(x: 0, y: 0) }

    /// An upright rectangle in figure units.
    public struct Box: Sendable, Equatable {
        public var minX, minY, maxX, maxY: Double

        /// The smallest box holding both.
        public func union(_ other: Box) -> Box {
            Box(
                minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX),
                maxY: max(maxY, other.maxY))
        }
    }

    /// The smallest box holding the whole figure, head included.
    public var bounds: Box {
        let r = Length.headRadius
        let head = self[.head]
        let xs = joints.values.map(\.x) + [head.x - r, head.x + r]
        let ys = joints.values.map(\.y) + [head.y - r, head.y + r]
        return Box(minX: xs.min() ?? 0, minY: ys.min() ?? 0, maxX: xs.max() ?? 0, maxY: ys.max() ?? 0)
    }

    private static func step(from point: Point, _ degrees: Double, _ length: Double) -> Point {
        let radians = degrees * .pi / 180
        return Point(x: point.x + length * cos(radians), y: point.y + length * sin(radians))
    }
}
