/// The client's pain as it is now: each painful area's latest rating in the session logs, else its intake rating.
///
/// Programs are kept safe for the pain the client has today, not the pain they came in with: a knee that was
/// 6/10 at intake and 2/10 in the last three sessions no longer rules kneeling out, and a shoulder that flared
/// last week does.
public enum CurrentPain {
    /// `logs` in any order; the latest dated rating of each area wins (the rating after the session, else before).
    public static func areas(intake: [PainArea], logs: [SessionLog]) -> [PainArea] {
        var areas = intake
        for log in logs.sorted(by: { $0.date < $1.date }) {
            for check in log.pain {
                guard let rating = check.latest else { continue }
                if let index = areas.firstIndex(where: { $0.region == check.region && $0.side == check.side }) {
                    areas[index].nprs = rating
                } else {
                    areas.append(PainArea(region: check.region, side: check.side, nprs: rating))
                }
            }
        }
        return areas
    }
}
