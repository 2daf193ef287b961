/// Thins a long series to what a chart can show without hiding a spike.
///
/// Two years of weekly pain ratings are over a hundred points on a chart a few hundred pixels wide: the dots
/// overlap and the page carries every one of them twice (as a dot and in its tooltip). The series is cut into
/// equal runs and each run keeps its lowest and highest value, so every flare and every best day still shows;
/// the first and last points always stay. The page's table keeps every value.
public enum SeriesSampling {
    /// The indices of `values` to draw, in order: all of them when there are at most `2 × runs + 2`, otherwise
    /// the first, the last, and each run's lowest and highest (the earlier one when two are equal).
    public static func extremes(_ values: [Double], runs: Int) -> [Int] {
        let limit = 2 * max(1, runs) + 2
        guard values.count > limit else { return Array(values.indices) }
        var kept: Set<Int> = [0, values.count - 1]
        let inner = values.count - 2
        for run in 0..<runs {
            // Runs over the points between the first and the last, as equal as whole numbers allow.
            let start = 1 + inner * run / runs
            let end = 1 + inner * (run + 1) / runs
            guard start < end else { continue }
            var low = start
            var high = start
            for index in start..<end {
                if values[index] < values[low] { low = index }
                if values[index] > values[high] { high = index }
            }
            kept.insert(low)
            kept.insert(high)
        }
        return kept.sorted()
    }
}
