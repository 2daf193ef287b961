import Foundation
import RebalanceCore
import Testing

/// Posture geometry on exact triangles: tilts against true horizontal, sides as the client's own (front, back and
/// mirrored photos), shifts and offsets in centimeters from the scale, the craniovertebral angle facing either way,
/// and the findings the engine reads.
struct PostureAnalysisTests {
    typealias Point = PostureLandmarks.Point

    static func measure(_ kind: PostureMeasure.Kind, in landmarks: PostureLandmarks) -> PostureMeasure? {
        PostureAnalysis(landmarks).measures.first { $0.kind == kind }
    }

    static func near(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }

    /// A front photo at 0.1 cm per pixel (a 100 cm reference drawn 1000 px long).
    static func front(_ points: [PostureLandmark: Point], view: PostureView = .front, mirrored: Bool? = nil)
        -> PostureLandmarks
    {
        var all = points
        all[.referenceTop] = Point(x: 950, y: 400)
        all[.referenceBottom] = Point(x: 950, y: 1400)
        return PostureLandmarks(
            view: view, imageWidth: 1000, imageHeight: 2000, mirrored: mirrored, points: all,
            scale: .reference(centimeters: 100))
    }

    @Test func aTiltIsTheAngleAgainstTrueHorizontalOnAKnownTriangle() throws {
        // 300 px across and 300 px up: 45°; √3 : 1 gives 30°.
        let steep = Self.front([.rightAcromion: Point(x: 300, y: 900), .leftAcromion: Point(x: 600, y: 600)])
        let tilt = try #require(Self.measure(.shoulderTilt, in: steep))
        #expect(Self.near(tilt.value, 45) && tilt.side == .left)
        let thirty = Self.front([
            .rightASIS: Point(x: 400, y: 1100), .leftASIS: Point(x: 400 + 100 * 3.0.squareRoot(), y: 1000),
        ])
        #expect(Self.near(Self.measure(.pelvicTilt, in: thirty)?.value, 30))
        // The height difference: 100 px at 0.1 cm/px.
        #expect(Self.near(Self.measure(.pelvicObliquity, in: thirty)?.value, 10))
        let level = Self.front([.rightKnee: Point(x: 420, y: 1500), .leftKnee: Point(x: 580, y: 1500)])
        #expect(Self.measure(.kneeTilt, in: level).map { $0.value == 0 && $0.side == .both } == true)
    }

    @Test func sidesAreTheClientsOwnInFrontBackAndMirroredPhotos() throws {
        // The image's left shoulder is higher. Facing the camera, that is the client's right shoulder.
        let points: [PostureLandmark: Point] = [
            .rightAcromion: Point(x: 300, y: 600), .leftAcromion: Point(x: 700, y: 620),
        ]
        #expect(Self.measure(.shoulderHeightDifference, in: Self.front(points))?.side == .right)
        // From behind the client's right is on the image's right; the same labels keep their meaning.
        let back: [PostureLandmark: Point] = [
            .leftAcromion: Point(x: 300, y: 600), .rightAcromion: Point(x: 700, y: 620),
        ]
        #expect(Self.measure(.shoulderHeightDifference, in: Self.front(back, view: .back))?.side == .left)
        // A shift toward larger x is toward the client's left from the front, their right from behind or in a mirror.
        let shifted: [PostureLandmark: Point] = [
            .leftEye: Point(x: 560, y: 300), .rightEye: Point(x: 500, y: 300), .leftAcromion: Point(x: 650, y: 600),
            .rightAcromion: Point(x: 350, y: 600),
        ]
        let head = try #require(Self.measure(.headShift, in: Self.front(shifted)))
        #expect(Self.near(head.value, 3) && head.side == .left)
        #expect(Self.measure(.headShift, in: Self.front(shifted, mirrored: true))?.side == .right)
    }

    @Test func theCraniovertebralAngleReadsTheSameFacingEitherWay() throws {
        // C7 → tragus rises 100 px over 100 px forward: 45°; mirrored so the client faces left, still 45°.
        for (ear, view) in [(Point(x: 600, y: 400), PostureView.rightSide), (Point(x: 400, y: 400), .leftSide)] {
            let side = PostureLandmarks(
                view: view, imageWidth: 1000, imageHeight: 2000,
                points: [
                    .c7: Point(x: 500, y: 500), .tragus: ear, .acromion: Point(x: 500 + (ear.x - 500) / 5, y: 560),
                ],
                scale: .height(centimeters: 170, headTopY: 100, floorY: 1800))
            #expect(Self.near(Self.measure(.craniovertebralAngle, in: side)?.value, 45))
            // The ear sits 80 px ahead of the shoulder tip at 0.1 cm/px.
            #expect(Self.near(Self.measure(.forwardHeadOffset, in: side)?.value, 8))
        }
        // 60° from a 1 : √3 triangle.
        let upright = PostureLandmarks(
            view: .rightSide, imageWidth: 1000, imageHeight: 2000,
            points: [.c7: Point(x: 500, y: 500), .tragus: Point(x: 550, y: 500 - 50 * 3.0.squareRoot())])
        #expect(Self.near(Self.measure(.craniovertebralAngle, in: upright)?.value, 60))
        // Without a scale, angles only.
        #expect(Self.measure(.forwardHeadOffset, in: upright) == nil)
    }

    @Test func bothSidePhotosGiveTheMeanCraniovertebralAngleAndTheFrontWinsForSidedTests() throws {
        let knowledge = try KnowledgeBase.bundled()
        func side(_ view: PostureView, rise: Double) -> PostureAnalysis {
            let ahead = view == .rightSide ? 100.0 : -100.0
            return PostureAnalysis(
                PostureLandmarks(
                    view: view, imageWidth: 1000, imageHeight: 2000,
                    points: [.c7: Point(x: 500, y: 500), .tragus: Point(x: 500 + ahead, y: 500 - rise)]))
        }
        // 45° on the right, 50.2° on the left (a rise of 120 px over 100): the engine gets their mean, 48°.
        let both = PostureAnalysis.findings(of: [side(.rightSide, rise: 100), side(.leftSide, rise: 120)], knowledge)
        #expect(both.filter { $0.test == "craniovertebralAngle" } == [.measured("craniovertebralAngle", nil, 48)])
        // One side photo alone gives its own angle.
        #expect(
            PostureAnalysis.findings(of: [side(.leftSide, rise: 120)], knowledge) == [
                .measured("craniovertebralAngle", nil, 50)
            ])
        // Shoulder height from the front and from the back: the front photo's, not a mean of two sides.
        let front = Self.front([.rightAcromion: Point(x: 300, y: 600), .leftAcromion: Point(x: 700, y: 623)])
        let back = Self.front(
            [.rightAcromion: Point(x: 700, y: 600), .leftAcromion: Point(x: 300, y: 610)], view: .back)
        let sided = PostureAnalysis.findings(of: [PostureAnalysis(front), PostureAnalysis(back)], knowledge)
        #expect(sided.contains(.measured("shoulderHeightDifference", .right, 2.3)))
        #expect(sided.filter { $0.test == "shoulderHeightDifference" }.count == 1)
    }

    @Test func rotatedPhotosGiveTheSameAnglesOnceTurnedUpright() {
        let upright = [Point(x: 300, y: 900), Point(x: 600, y: 600), Point(x: 0, y: 0), Point(x: 1000, y: 2000)]
        for orientation in PhotoOrientation.allCases {
            // A portrait photo stored on its side when the orientation turns it.
            let (w, h): (Double, Double) = orientation.swapsSides ? (2000, 1000) : (1000, 2000)
            for point in upright {
                let stored = orientation.stored(x: point.x, y: point.y, storedWidth: w, storedHeight: h)
                #expect((0...w).contains(stored.x) && (0...h).contains(stored.y), "\(orientation)")
                let back = orientation.upright(x: stored.x, y: stored.y, storedWidth: w, storedHeight: h)
                #expect(Self.near(back.x, point.x) && Self.near(back.y, point.y), "\(orientation)")
            }
        }
        // A clockwise quarter turn: the stored top-left corner shows at the upright top-right.
        let corner = PhotoOrientation.quarterTurnClockwise.upright(x: 0, y: 0, storedWidth: 2000, storedHeight: 1000)
        #expect(corner.x == 1000 && corner.y == 0)
    }

    @Test func findingsCarryTheContractTestsRoundedAndSided() throws {
        let knowledge = try KnowledgeBase.bundled()
        let photo = Self.front([
            .rightAcromion: Point(x: 300, y: 600), .leftAcromion: Point(x: 700, y: 623),
            .rightASIS: Point(x: 420, y: 1100), .leftASIS: Point(x: 580, y: 1100),
        ])
        let findings = PostureAnalysis(photo).findings(knowledge)
        #expect(findings.contains(.measured("shoulderHeightDifference", .right, 2.3)))
        #expect(findings.contains(.measured("pelvicObliquity", nil, 0)))
        let readings = PostureReading.readings(of: PostureAnalysis(photo), knowledge)
        let shoulder = try #require(readings.first { $0.measure.kind == .shoulderHeightDifference })
        #expect(shoulder.verdict != .normal && shoulder.line.contains("higher on the right"))
        // The client's words: which side, how much, and the verdict without notation.
        #expect(shoulder.plainLine == "Your right shoulder sits higher (2.3 cm): outside the usual range.")
        let pelvis = try #require(readings.first { $0.measure.kind == .pelvicObliquity })
        #expect(pelvis.plainLine == "Your hips are level (0 cm): within the usual range.")
        // Every measure has a knowledge-base entry with a norm and a source.
        for kind in PostureMeasure.Kind.allCases {
            let entry = try #require(knowledge.postureByKind[kind])
            #expect(entry.norm(in: knowledge)?.source.isEmpty == false, "\(kind)")
        }
    }

    @Test func valuesAreWrittenAsRecorded() {
        func text(_ kind: PostureMeasure.Kind, _ value: Double) -> String {
            PostureMeasure(kind: kind, value: value, side: nil, from: [], automatic: false).valueText
        }
        #expect(text(.shoulderTilt, 4.56) == "5°")
        #expect(text(.craniovertebralAngle, 48.4) == "48°")
        #expect(text(.shoulderHeightDifference, 2.26) == "2.3 cm")
        #expect(text(.forwardHeadOffset, 3) == "3 cm")
    }
}
