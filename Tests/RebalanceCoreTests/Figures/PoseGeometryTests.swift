import Foundation
import RebalanceCore
import Testing

/// The exercise pictures' geometry: segment lengths and angles put each joint where anatomy and the floor say.
struct PoseGeometryTests {
    static func pose(
        _ id: String, torso: Double = 90, arms: Double = -90, thighs: Double = -90, shins: Double = -90,
        props: [BodyPose.Prop]? = nil
    ) -> BodyPose {
        BodyPose(
            id: PoseID(id), label: id,
            angles: .init(
                torso: torso, head: nil, nearUpperArm: arms, nearForearm: arms, farUpperArm: arms, farForearm: arms,
                nearThigh: thighs, nearShin: shins, nearFoot: nil, farThigh: thighs, farShin: shins, farFoot: nil),
            props: props)
    }

    static func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

    @Test func aStandingFigureStandsOnTheFloorWithItsHeadOnTop() {
        let standing = PoseGeometry(Self.pose("standing"))
        // Feet flat (square to the shins): the ankles and toes touch the floor; hips are a leg's length up.
        #expect(Self.near(standing[.nearAnkle].y, 0) && Self.near(standing[.nearToe].y, 0))
        #expect(Self.near(standing[.nearToe].x - standing[.nearAnkle].x, 8))
        #expect(Self.near(standing[.hip].y, 24 + 23))
        #expect(Self.near(standing[.shoulder].y, 47 + 30))
        #expect(Self.near(standing[.head].y, 77 + 11))
        #expect(Self.near(standing.bounds.maxY, 88 + 6) && Self.near(standing.bounds.minY, 0))
    }

    @Test func angleStepsFollowTheCircle() {
        // Thighs forward and level, shins straight down: sitting at a right angle; the hip is a shin above the floor.
        let seated = PoseGeometry(Self.pose("seated", thighs: 0, shins: -90))
        #expect(Self.near(seated[.nearKnee].x - seated[.hip].x, 24))
        #expect(Self.near(seated[.hip].y, 23))
        // A 30° thigh rises by half its length (sin 30° = ½) and runs forward by √3⁄2 of it.
        let raised = PoseGeometry(Self.pose("raised", thighs: 30, shins: -90))
        #expect(Self.near(raised[.nearKnee].y - raised[.hip].y, 12))
        #expect(Self.near(raised[.nearKnee].x - raised[.hip].x, 24 * 3.0.squareRoot() / 2))
    }

    @Test func aLyingFigureRestsOnItsBackAndAHangingOneKeepsItsHeight() {
        let lying = PoseGeometry(Self.pose("lying", torso: 180, arms: 0, thighs: 0, shins: 0))
        #expect(Self.near(lying.bounds.minY, 0))
        #expect(Self.near(lying[.shoulder].x - lying[.hip].x, -30))
        // A bar holds the figure: nothing is moved to stand it on the floor.
        let hanging = PoseGeometry(
            Self.pose("hanging", arms: 90, props: [.init(kind: .bar, at: .nearHand)]))
        #expect(Self.near(hanging[.hip].y, 0))
    }

    @Test func aHeldPositionIsOnePanelAndAMovementTwo() {
        let start = Self.pose("standing")
        let end = Self.pose("squat", thighs: -10, shins: -120)
        #expect(ExerciseDrawing(start: start, end: nil).panels.map(\.caption) == ["Hold"])
        #expect(ExerciseDrawing(start: start, end: start).panels.map(\.caption) == ["Hold"])
        let moving = ExerciseDrawing(start: start, end: end)
        #expect(moving.panels.map(\.caption) == ["Start", "End"])
        #expect(moving.description == "Start: standing. End: squat.")
        #expect(moving.width > ExerciseDrawing(start: start, end: nil).width)
    }

    @Test func everyExerciseHasAPictureAndEveryPositionIsUsed() throws {
        let knowledge = try KnowledgeBase.bundled()
        let missing = knowledge.exercises.filter { knowledge.drawing(of: $0) == nil }.map(\.id.rawValue)
        #expect(missing.isEmpty, "no picture: \(missing)")
        let used = Set(knowledge.exercises.flatMap { [$0.figure?.start, $0.figure?.end].compactMap { $0 } })
        let unused = knowledge.poses.map(\.id).filter { !used.contains($0) }
        #expect(unused.isEmpty, "positions no exercise uses: \(unused)")
        #expect(knowledge.poses.allSatisfy { !$0.label.isEmpty && $0.label.first?.isUppercase == true })
    }
}
