/// A client's pain (NPRS, 0–10) and function (PSFS, 0–10) over time, with the changes that matter:
/// a meaningful change (MCID) since the first rating. Flares are `PainFlares`' to decide.
///
/// NPRS: a drop of ≥ 2 points or ≥ 30 % is meaningful (Farrar JT et al. 2001, Pain; Childs JD et al. 2005,
/// Spine). PSFS: a rise of ≥ 2 points in the mean score is meaningful (Abbott JH & Schmitt J 2014, JOSPT).
public enum OutcomeTrend {
    /// One dated reading.
    public struct Point: Codable, Sendable, Equatable {
        public let date: CalendarDay
        public let value: Double

        public init(date: CalendarDay, value: Double) {
            self.date = date
            self.value = value
        }
    }

    /// What a series says.
    public struct Summary: Codable, Sendable, Equatable {
        public let first: Double?
        public let latest: Double?
        public let change: Double?
        /// The latest reading is at least the MCID better than the first.
        public let meaningfulImprovement: Bool
        /// The latest reading is at least the MCID worse than the first.
        public let meaningfulWorsening: Bool
    }

    /// NPRS points that make a change meaningful.
    public static let painMCID = 2.0
    /// The relative drop that also makes a pain change meaningful.
    public static let painMCIDFraction = 0.3
    /// PSFS points that make a change meaningful.
    public static let functionMCID = 2.0

    public static func pain(_ points: [Point]) -> Summary {
        let sorted = points.sorted { $0.date < $1.date }
        guard let first = sorted.first?.value, let latest = sorted.last?.value else {
            return Summary(
                first: nil, latest: nil, change: nil, meaningfulImprovement: false, meaningfulWorsening: false)
        }
        let drop = first - latest
        let improvement = drop >= painMCID || (first > 0 && drop / first >= painMCIDFraction && drop > 0)
        let worsening = -drop >= painMCID
        return Summary(
            first: first, latest: latest, change: latest - first, meaningfulImprovement: improvement,
            meaningfulWorsening: worsening)
    }

    public static func function(_ points: [Point]) -> Summary {
        let sorted = points.sorted { $0.date < $1.date }
        guard let first = sorted.first?.value, let latest = sorted.last?.value else {
            return Summary(
                first: nil, latest: nil, change: nil, meaningfulImprovement: false, meaningfulWorsening: false)
        }
        return Summary(
            first: first, latest: latest, change: latest - first, meaningfulImprovement: latest - first >= functionMCID,
            meaningfulWorsening: first - latest >= functionMCID)
    }

    /// A painful place: a region and a side.
    public struct Site: Codable, Sendable, Hashable, Comparable {
        public let region: Region
        public let side: Side

        public init(region: Region, side: Side) {
            self.region = region
            self.side = side
        }

        /// "left knee", "low back".
        public var plainName: String { (side == .both ? "" : side.rawValue + " ") + region.plainName }

        public static func < (lhs: Site, rhs: Site) -> Bool {
            (lhs.region.caseTag, lhs.side) < (rhs.region.caseTag, rhs.side)
        }
    }

    /// Pain per site from session logs: each session's latest rating (after exercise when it was taken), so a
    /// session that ends worse shows as worse.
    public static func painSeries(_ sessions: [SessionLog]) -> [Site: [Point]] {
        var series: [Site: [Point]] = [:]
        for session in sessions {
            for check in session.pain {
                guard let value = check.latest else { continue }
                series[Site(region: check.region, side: check.side), default: []].append(
                    Point(date: session.date, value: Double(value)))
            }
        }
        return series.mapValues { $0.sorted { $0.date < $1.date } }
    }
}
