/// The one rule for a pain flare, used by every page that mentions one (program review, start page, progress).
///
/// Pain at a site that rises by `points` or more is a flare: within a session (before → after exercise), or from
/// its previous rating (the latest of the session before, else the intake rating) to this session's first. A
/// session's "latest" rating is the one after exercise when it was taken, so a session that ends worse is never
/// read as an improvement.
public enum PainFlares {
    /// A rise this large (NPRS points) is a flare (Farrar JT et al. 2001, Pain: 2 points is clinically important).
    public static let points = 2

    /// Every flare in `sessions` (any order), oldest first, against the intake ratings in `baseline`.
    public static func detect(_ sessions: [SessionLog], baseline: [PainArea]) -> [PainFlare] {
        var previous: [OutcomeTrend.Site: Int] = [:]
        for area in baseline {
            if let nprs = area.nprs { previous[OutcomeTrend.Site(region: area.region, side: area.side)] = nprs }
        }
        var flares: [PainFlare] = []
        for session in sessions.sorted(by: { $0.date < $1.date }) {
            for check in session.pain {
                let site = OutcomeTrend.Site(region: check.region, side: check.side)
                guard let first = check.before ?? check.after, let latest = check.latest else { continue }
                if let before = check.before, let after = check.after, after - before >= points {
                    flares.append(
                        PainFlare(date: session.date, region: check.region, side: check.side, from: before, to: after))
                } else if let earlier = previous[site], max(first, latest) - earlier >= points {
                    // The higher of the two: a client who came in at 7 after a 4 flared, even if they left at 6.
                    let peak = max(first, latest)
                    flares.append(
                        PainFlare(date: session.date, region: check.region, side: check.side, from: earlier, to: peak))
                }
                previous[site] = latest
            }
        }
        return flares
    }
}
