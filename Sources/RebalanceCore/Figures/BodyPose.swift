/// A body position drawn from the side, as the absolute angle of each body segment: the data behind an
/// exercise's start and end pictures.
///
/// Angles are in degrees, counterclockwise, with 0 pointing the way the figure faces, 90 straight up and
/// -90 straight down. "Near" limbs are the ones closer to the viewer; "far" limbs are drawn lighter.
public struct BodyPose: Codable, Sendable, Hashable, Identifiable {
    /// The segments whose angles make up a pose.
    public struct Angles: Codable, Sendable, Hashable {
        /// Hip to shoulder.
        public let torso: Double
        /// Neck and head; follows the torso when left out.
        public let head: Double?
        public let nearUpperArm: Double
        public let nearForearm: Double
        public let farUpperArm: Double
        public let farForearm: Double
        public let nearThigh: Double
        public let nearShin: Double
        /// Heel to toe; square to the shin when left out.
        public let nearFoot: Double?
        public let farThigh: Double
        public let farShin: Double
        public let farFoot: Double?

        public init(
            torso: Double, head: Double?, nearUpperArm: Double, nearForearm: Double, farUpperArm: Double,
            farForearm: Double, nearThigh: Double, nearShin: Double, nearFoot: Double?, farThigh: Double,
            farShin: Double, farFoot: Double?
        ) {
            self.torso = torso
            self.head = head
            self.nearUpperArm = nearUpperArm
            self.nearForearm = nearForearm
            self.farUpperArm = farUpperArm
            self.farForearm = farForearm
            self.nearThigh = nearThigh
            self.nearShin = nearShin
            self.nearFoot = nearFoot
            self.farThigh = farThigh
            self.farShin = farShin
            self.farFoot = farFoot
        }
    }

    /// Equipment drawn with the figure, placed at one of its joints.
    public struct Prop: Codable, Sendable, Hashable {
        /// The kind of equipment.
        public enum Kind: String, Vocabulary {
            /// A wall: a vertical line through the joint.
            case wall
            /// A bench or box whose top the joint rests on.
            case bench
            /// A small ball held at the joint.
            case ball
            /// A bar overhead, gripped at the joint.
            case bar
            /// A dumbbell or kettlebell held at the joint.
            case weight
            /// An elastic band from the joint to an anchor on the floor in front.
            case band
            public static let noun = "prop"
        }

        public let kind: Kind
        public let at: BodyJoint

        public init(kind: Kind, at: BodyJoint) {
            self.kind = kind
            self.at = at
        }
    }

    public let id: PoseID
    /// The position in a client's words, read to screen-reader users ("On your back, knees bent").
    public let label: String
    public let angles: Angles
    public let props: [Prop]?

    public init(id: PoseID, label: String, angles: Angles, props: [Prop]?) {
        self.id = id
        self.label = label
        self.angles = angles
        self.props = props
    }
}

public typealias PoseID = Identifier<BodyPose>

/// A joint of the drawn figure, for placing props.
public enum BodyJoint: String, Vocabulary, CaseIterable {
    case head, shoulder, hip, nearElbow, nearHand, farElbow, farHand, nearKnee, nearAnkle, nearToe
    case farKnee, farAnkle, farToe
    public static let noun = "joint"

    /// The joints a body stands on.
    public static let feet: Set<BodyJoint> = [.nearAnkle, .nearToe, .farAnkle, .farToe]
}

/// The start and end positions of an exercise; a held position has only a start.
public struct ExerciseFigure: Codable, Sendable, Hashable {
    public let start: PoseID
    public let end: PoseID?
}
