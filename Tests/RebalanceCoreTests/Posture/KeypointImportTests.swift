import Foundation
import RebalanceCore
import Testing

/// Pose-detector files onto posture landmarks: MediaPipe's 33 (normalized) and COCO's 17 (pixels), low-confidence
/// points left out, and what detectors cannot see left for the trainer.
struct KeypointImportTests {
    static func mediaPipe(visibility: Double = 0.9) -> Data {
        let landmarks = (0..<33).map { index -> [String: Double] in
            ["x": 0.3 + Double(index) / 100, "y": 0.1 + Double(index) / 50, "z": 0, "visibility": visibility]
        }
        return try! JSONSerialization.data(withJSONObject: ["landmarks": landmarks])
    }

    @Test func mediaPipeNormalizedPointsBecomePixelsMarkedAutomatic() throws {
        let front = try KeypointImport.landmarks(from: Self.mediaPipe(), view: .front, width: 1000, height: 2000)
        // Landmark 11 is the left shoulder: x = 0.41, y = 0.32.
        let shoulder = try #require(front.points[.leftAcromion])
        #expect(abs(shoulder.x - 410) < 1e-9 && abs(shoulder.y - 640) < 1e-9 && shoulder.automatic == true)
        #expect(front.points[.sternalNotch] == nil && front.points[.leftASIS] == nil)
        // A side view takes the near side's ear, shoulder, hip, knee and ankle; C7 stays for the trainer.
        let side = try KeypointImport.landmarks(from: Self.mediaPipe(), view: .rightSide, width: 1000, height: 2000)
        #expect(Set(side.points.keys) == [.tragus, .acromion, .greaterTrochanter, .knee, .lateralMalleolus])
        #expect(abs((side.points[.tragus]?.x ?? 0) - 380) < 1e-9)  // landmark 8, the right ear
        // Points the detector was unsure of are left out.
        let unsure = try KeypointImport.landmarks(
            from: Self.mediaPipe(visibility: 0.2), view: .front, width: 1000, height: 2000)
        #expect(unsure.points.isEmpty)
        #expect(throws: KeypointImport.ImportError.needsImageSize) {
            try KeypointImport.landmarks(from: Self.mediaPipe(), view: .front)
        }
    }

    @Test func cocoPixelKeypointsWithUnlabeledOnesSkipped() throws {
        var flat: [Double] = []
        for index in 0..<17 { flat += [100 + Double(index) * 10, 200 + Double(index) * 20, index == 3 ? 0 : 2] }
        let data = try JSONSerialization.data(withJSONObject: [
            "images": [["width": 640, "height": 960]], "annotations": [["keypoints": flat]],
        ])
        let back = try KeypointImport.landmarks(from: data, view: .back)
        #expect(back.imageWidth == 640 && back.imageHeight == 960)
        #expect(back.points[.leftEar] == nil)  // keypoint 3 was not labeled
        #expect(back.points[.rightEar]?.x == 140)
        // COCO has no heels: the ankles stand in, marked automatic.
        #expect(back.points[.leftHeel]?.x == 250 && back.points[.leftHeel]?.automatic == true)
        #expect(throws: KeypointImport.ImportError.notRecognized) {
            try KeypointImport.landmarks(from: Data(#"{"keypoints": [1, 2]}"#.utf8), view: .back)
        }
    }
}
