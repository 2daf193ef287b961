/// Which way a posture photo was taken.
public enum PostureView: String, Vocabulary, CaseIterable {
    case front, rightSide, leftSide, back
    public static let noun = "photo view"

    /// "Front", "Right side", …
    public var name: String {
        switch self {
        case .front: "Front"
        case .rightSide: "Right side"
        case .leftSide: "Left side"
        case .back: "Back"
        }
    }

    /// The points a trainer places on this view, in the order a report reads them (head down).
    public var landmarks: [PostureLandmark] {
        switch self {
        case .front:
            [
                .rightEye, .leftEye, .rightEar, .leftEar, .rightAcromion, .leftAcromion, .sternalNotch, .rightLowestRib,
                .leftLowestRib, .rightASIS, .leftASIS, .rightKnee, .leftKnee, .rightAnkle, .leftAnkle,
            ]
        case .rightSide, .leftSide: [.tragus, .c7, .acromion, .greaterTrochanter, .knee, .lateralMalleolus]
        case .back:
            [
                .leftEar, .rightEar, .leftAcromion, .rightAcromion, .leftScapulaAngle, .rightScapulaAngle, .leftPSIS,
                .rightPSIS, .leftKneeCrease, .rightKneeCrease, .leftHeel, .rightHeel,
            ]
        }
    }
}

/// A point a trainer places on a posture photo. Left and right are the client's own.
public enum PostureLandmark: String, Vocabulary, CaseIterable {
    case leftEye, rightEye, leftEar, rightEar, leftAcromion, rightAcromion, sternalNotch, leftLowestRib, rightLowestRib
    case leftASIS, rightASIS, leftKnee, rightKnee, leftAnkle, rightAnkle
    case tragus, c7, acromion, greaterTrochanter, knee, lateralMalleolus
    case leftScapulaAngle, rightScapulaAngle, leftPSIS, rightPSIS, leftKneeCrease, rightKneeCrease, leftHeel, rightHeel
    /// Two ends of something of known length in the photo (a marked plumb line, a ruler), for the scale.
    case referenceTop, referenceBottom
    public static let noun = "landmark"

    /// The name a trainer reads beside the point.
    public var name: String {
        switch self {
        case .leftEye: "Left eye"
        case .rightEye: "Right eye"
        case .leftEar: "Left ear"
        case .rightEar: "Right ear"
        case .leftAcromion: "Left shoulder tip (acromion)"
        case .rightAcromion: "Right shoulder tip (acromion)"
        case .sternalNotch: "Top of the breastbone (sternal notch)"
        case .leftLowestRib: "Left lowest rib"
        case .rightLowestRib: "Right lowest rib"
        case .leftASIS: "Left front hip bone (ASIS)"
        case .rightASIS: "Right front hip bone (ASIS)"
        case .leftKnee: "Left knee (center)"
        case .rightKnee: "Right knee (center)"
        case .leftAnkle: "Left ankle (center)"
        case .rightAnkle: "Right ankle (center)"
        case .tragus: "Ear (tragus)"
        case .c7: "Base of the neck (C7)"
        case .acromion: "Shoulder tip (acromion)"
        case .greaterTrochanter: "Outer hip (greater trochanter)"
        case .knee: "Knee (side)"
        case .lateralMalleolus: "Outer ankle bone (lateral malleolus)"
        case .leftScapulaAngle: "Left shoulder blade, lower tip"
        case .rightScapulaAngle: "Right shoulder blade, lower tip"
        case .leftPSIS: "Left back hip dimple (PSIS)"
        case .rightPSIS: "Right back hip dimple (PSIS)"
        case .leftKneeCrease: "Left knee crease"
        case .rightKneeCrease: "Right knee crease"
        case .leftHeel: "Left heel"
        case .rightHeel: "Right heel"
        case .referenceTop: "Scale reference, top"
        case .referenceBottom: "Scale reference, bottom"
        }
    }
}
