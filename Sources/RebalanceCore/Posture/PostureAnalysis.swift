import Foundation

/// The angles and shifts of one posture photo, from its placed points: pure geometry in the upright image, where
/// "true horizontal" is the image's rows (the photo must be level; a plumb line in frame shows it).
public struct PostureAnalysis: Sendable {
    public let landmarks: PostureLandmarks

    public init(_ landmarks: PostureLandmarks) { self.landmarks = landmarks }

    /// Every measure the placed points allow, head down; distances only when the scale is known.
    public var measures: [PostureMeasure] {
        switch landmarks.view {
        case .front:
            return [
                tilt(.headTilt, .leftEye, .rightEye) ?? tilt(.headTilt, .leftEar, .rightEar),
                tilt(.shoulderTilt, .leftAcromion, .rightAcromion),
                heightDifference(.shoulderHeightDifference, .leftAcromion, .rightAcromion),
                tilt(.ribTilt, .leftLowestRib, .rightLowestRib),
                tilt(.pelvicTilt, .leftASIS, .rightASIS),
                heightDifference(.pelvicObliquity, .leftASIS, .rightASIS),
                tilt(.kneeTilt, .leftKnee, .rightKnee),
                shift(.headShift, upper: [.leftEye, .rightEye], lower: [.leftAcromion, .rightAcromion])
                    ?? shift(.headShift, upper: [.leftEar, .rightEar], lower: [.leftAcromion, .rightAcromion]),
                shift(.trunkShift, upper: [.leftAcromion, .rightAcromion], lower: [.leftASIS, .rightASIS]),
                shift(.pelvisShift, upper: [.leftASIS, .rightASIS], lower: [.leftAnkle, .rightAnkle]),
            ].compactMap { $0 }
        case .back:
            return [
                tilt(.headTilt, .leftEar, .rightEar),
                tilt(.shoulderTilt, .leftAcromion, .rightAcromion),
                heightDifference(.shoulderHeightDifference, .leftAcromion, .rightAcromion),
                heightDifference(.scapularHeightDifference, .leftScapulaAngle, .rightScapulaAngle),
                tilt(.pelvicTilt, .leftPSIS, .rightPSIS),
                heightDifference(.pelvicObliquity, .leftPSIS, .rightPSIS),
                tilt(.kneeTilt, .leftKneeCrease, .rightKneeCrease),
                shift(.headShift, upper: [.leftEar, .rightEar], lower: [.leftAcromion, .rightAcromion]),
                shift(.trunkShift, upper: [.leftAcromion, .rightAcromion], lower: [.leftPSIS, .rightPSIS]),
                shift(.pelvisShift, upper: [.leftPSIS, .rightPSIS], lower: [.leftHeel, .rightHeel]),
            ].compactMap { $0 }
        case .rightSide, .leftSide:
            return [
                craniovertebralAngle,
                forwardOffset(.forwardHeadOffset, .tragus, behind: .acromion),
                forwardOffset(.shoulderForwardOffset, .acromion, behind: .greaterTrochanter),
            ].compactMap { $0 }
        }
    }

    // MARK: - Sides

    /// The client's side that lies toward larger x in the image: their left in a front view (they face the camera),
    /// their right in a back view; a mirror image swaps them.
    private var sideTowardLargerX: Side {
        let side: Side = landmarks.view == .back ? .right : .left
        guard landmarks.mirrored == true else { return side }
        return side == .left ? .right : .left
    }

    /// +1 when the client faces toward larger x. Read from the ear's place ahead of C7 when both are placed, so a
    /// mirrored or flipped photo still reads right; otherwise from the view (a right-side photo faces right).
    private var facing: Double {
        if let ear = point(.tragus), let neck = point(.c7), ear.x != neck.x { return ear.x > neck.x ? 1 : -1 }
        let right: Double = landmarks.view == .rightSide ? 1 : -1
        return landmarks.mirrored == true ? -right : right
    }

    // MARK: - Measures

    private func point(_ landmark: PostureLandmark) -> PostureLandmarks.Point? { landmarks.points[landmark] }

    private func automatic(_ names: [PostureLandmark]) -> Bool {
        names.contains { point($0)?.automatic == true }
    }

    /// Angle of the line through a left and right point against true horizontal; side = the higher one.
    private func tilt(_ kind: PostureMeasure.Kind, _ left: PostureLandmark, _ right: PostureLandmark)
        -> PostureMeasure?
    {
        guard let l = point(left), let r = point(right), l.x != r.x else { return nil }
        let degrees = atan(abs(l.y - r.y) / abs(l.x - r.x)) * 180 / .pi
        return PostureMeasure(
            kind: kind, value: degrees, side: higher(l, r), from: [left, right], automatic: automatic([left, right]))
    }

    private func heightDifference(_ kind: PostureMeasure.Kind, _ left: PostureLandmark, _ right: PostureLandmark)
        -> PostureMeasure?
    {
        guard let l = point(left), let r = point(right), let scale = landmarks.centimetersPerPixel else { return nil }
        return PostureMeasure(
            kind: kind, value: abs(l.y - r.y) * scale, side: higher(l, r), from: [left, right],
            automatic: automatic([left, right]))
    }

    /// Image rows grow downward: the higher point has the smaller y.
    private func higher(_ left: PostureLandmarks.Point, _ right: PostureLandmarks.Point) -> Side {
        left.y == right.y ? .both : (left.y < right.y ? .left : .right)
    }

    /// How far the middle of `upper` sits beside the middle of `lower`, and toward which of the client's sides.
    private func shift(_ kind: PostureMeasure.Kind, upper: [PostureLandmark], lower: [PostureLandmark])
        -> PostureMeasure?
    {
        let tops = upper.compactMap(point)
        let bottoms = lower.compactMap(point)
        guard tops.count == upper.count, bottoms.count == lower.count, let scale = landmarks.centimetersPerPixel
        else { return nil }
        let dx = tops.map(\.x).reduce(0, +) / Double(tops.count) - bottoms.map(\.x).reduce(0, +) / Double(bottoms.count)
        let toward: Side =
            dx == 0 ? .both : (dx > 0 ? sideTowardLargerX : (sideTowardLargerX == .left ? .right : .left))
        return PostureMeasure(
            kind: kind, value: abs(dx) * scale, side: toward, from: upper + lower, automatic: automatic(upper + lower))
    }

    /// The angle of C7→tragus above the horizontal; under about 50° the head sits forward.
    private var craniovertebralAngle: PostureMeasure? {
        guard let ear = point(.tragus), let neck = point(.c7) else { return nil }
        let rise = neck.y - ear.y
        let ahead = facing * (ear.x - neck.x)
        let degrees = atan2(rise, ahead) * 180 / .pi
        return PostureMeasure(
            kind: .craniovertebralAngle, value: degrees, side: nil, from: [.c7, .tragus],
            automatic: automatic([.c7, .tragus]))
    }

    /// How far `front` sits ahead of `behind` along the way the client faces (negative: behind it).
    private func forwardOffset(_ kind: PostureMeasure.Kind, _ front: PostureLandmark, behind: PostureLandmark)
        -> PostureMeasure?
    {
        guard let a = point(front), let b = point(behind), let scale = landmarks.centimetersPerPixel else { return nil }
        return PostureMeasure(
            kind: kind, value: facing * (a.x - b.x) * scale, side: nil, from: [front, behind],
            automatic: automatic([front, behind]))
    }
}
