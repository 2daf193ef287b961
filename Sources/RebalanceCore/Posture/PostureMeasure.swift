/// One value read from a posture photo: what it is, how big, on which side, and whether it rests on points a pose
/// detector placed.
public struct PostureMeasure: Codable, Sendable, Equatable {
    /// What is measured.
    public enum Kind: String, Vocabulary, CaseIterable {
        /// Ears (or eyes) against true horizontal; side = the higher side.
        case headTilt
        /// Shoulder tips against true horizontal; side = the higher side.
        case shoulderTilt
        /// Vertical distance between the shoulder tips (cm); side = the higher side.
        case shoulderHeightDifference
        /// Lowest ribs against true horizontal; side = the higher side.
        case ribTilt
        /// Front or back hip bones against true horizontal; side = the higher side.
        case pelvicTilt
        /// Vertical distance between the hip bones (cm); side = the higher side.
        case pelvicObliquity
        /// Knees (or knee creases) against true horizontal; side = the higher side.
        case kneeTilt
        /// The head's center beside the shoulders' (cm); side = the side it sits toward.
        case headShift
        /// The shoulders' center beside the pelvis's (cm).
        case trunkShift
        /// The pelvis's center beside the feet's (cm).
        case pelvisShift
        /// Vertical distance between the lower tips of the shoulder blades (cm); side = the higher side.
        case scapularHeightDifference
        /// Angle of C7 to the tragus above the horizontal (deg).
        case craniovertebralAngle
        /// How far the ear sits ahead of the shoulder tip (cm).
        case forwardHeadOffset
        /// How far the shoulder tip sits ahead of the outer hip (cm).
        case shoulderForwardOffset
        public static let noun = "posture measure"

        /// Degrees or centimeters.
        public var unit: String {
            switch self {
            case .headTilt, .shoulderTilt, .ribTilt, .pelvicTilt, .kneeTilt, .craniovertebralAngle: "deg"
            default: "cm"
            }
        }
    }

    public let kind: Kind
    public let value: Double
    /// The client's side the value leans to; nil for a measure with no side, `both` when level.
    public let side: Side?
    /// The points it was computed from.
    public let from: [PostureLandmark]
    /// Whether any of those points was placed by a pose detector rather than by hand.
    public let automatic: Bool

    /// The value as a trainer records it, and as it is judged: whole degrees, tenths of a centimeter.
    public var recordedValue: Double {
        kind.unit == "deg" ? value.rounded() : (value * 10).rounded() / 10
    }

    /// The recorded value with its unit, as every page and report writes it: "12°", "2.3 cm".
    public var valueText: String {
        NumberText.format(recordedValue) + (kind.unit == "deg" ? "°" : " cm")
    }

    public init(kind: Kind, value: Double, side: Side?, from: [PostureLandmark], automatic: Bool) {
        self.kind = kind
        self.value = value
        self.side = side
        self.from = from
        self.automatic = automatic
    }
}
