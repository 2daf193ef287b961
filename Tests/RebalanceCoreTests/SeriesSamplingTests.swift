import Foundation
import PropertyBased
import RebalanceCore
import Testing

/// Thinning a chart's series keeps its ends and every spike, and never invents a point.
struct SeriesSamplingTests {
    @Test func aShortSeriesIsDrawnWhole() {
        #expect(SeriesSampling.extremes([3, 4, 5], runs: 30) == [0, 1, 2])
        #expect(SeriesSampling.extremes([], runs: 30).isEmpty)
    }

    @Test func twoYearsOfWeeklyRatingsKeepTheFlare() {
        // 104 weekly ratings easing from 6 to 2, with one flare to 9 in week 70.
        var values = (0..<104).map { 6 - 4 * Double($0) / 103 }
        values[70] = 9
        let kept = SeriesSampling.extremes(values, runs: 30)
        #expect(kept.count <= 62)
        #expect(kept.contains(70) && kept.first == 0 && kept.last == 103)
    }

    @Test func keepsEndsAndExtremesInOrder() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            // A series of up to 300 ratings 0–10 and a run count, both from the seed.
            var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1
            func next(_ bound: Int) -> Int {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Int((state >> 33) % UInt64(bound))
            }
            let values = (0..<next(301)).map { _ in Double(next(11)) }
            let runs = 1 + next(40)
            let kept = SeriesSampling.extremes(values, runs: runs)
            #expect(kept == kept.sorted() && Set(kept).count == kept.count)
            #expect(kept.allSatisfy { values.indices.contains($0) })
            #expect(kept.count <= min(values.count, 2 * runs + 2))
            guard let low = values.min(), let high = values.max() else { return }
            #expect(kept.first == 0 && kept.last == values.count - 1)
            #expect(kept.contains { values[$0] == low } && kept.contains { values[$0] == high })
        }
    }
}
