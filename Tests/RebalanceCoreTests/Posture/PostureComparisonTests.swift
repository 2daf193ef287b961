import Foundation
import RebalanceCore
import Testing

/// Then and now: a change counts only when it is larger than the measure's error, and a side that swapped counts
/// its whole change.
struct PostureComparisonTests {
    static func measure(_ kind: PostureMeasure.Kind, _ value: Double, _ side: Side?) -> PostureMeasure {
        PostureMeasure(kind: kind, value: value, side: side, from: [], automatic: false)
    }

    @Test func changesBeyondErrorAndAcrossSides() throws {
        let knowledge = try KnowledgeBase.bundled()
        let before = [
            Self.measure(.craniovertebralAngle, 44, nil), Self.measure(.shoulderHeightDifference, 1.2, .right),
            Self.measure(.shoulderTilt, 3, .right),
        ]
        let after = [
            Self.measure(.craniovertebralAngle, 49, nil), Self.measure(.shoulderHeightDifference, 0.4, .left),
            Self.measure(.shoulderTilt, 2, .right), Self.measure(.pelvicObliquity, 0.5, .left),
        ]
        let rows = PostureComparison(before: before, after: after, knowledge: knowledge).rows
        func row(_ kind: PostureMeasure.Kind) throws -> PostureComparison.Row {
            try #require(rows.first { $0.kind == kind })
        }
        // 5° against an error of 3°: real.
        #expect(try row(.craniovertebralAngle).change == 5 && row(.craniovertebralAngle).beyondError)
        // 1.2 cm right → 0.4 cm left: 1.6 cm of change, more than the 1 cm error.
        let shoulder = try row(.shoulderHeightDifference)
        #expect(abs((shoulder.change ?? 0) + 1.6) < 1e-9 && shoulder.beyondError)
        // 1° against 2°: within error.
        #expect(try row(.shoulderTilt).change == -1 && !row(.shoulderTilt).beyondError)
        // Only measured now: no change to judge.
        #expect(try row(.pelvicObliquity).change == nil && !row(.pelvicObliquity).beyondError)
        #expect(!rows.contains { $0.kind == .kneeTilt })
    }
}
