/// Judges single values against a norm: within, borderline (just past the limit) or impaired.
struct NormJudge {
    struct Judgement: Equatable {
        let verdict: Verdict
        let deviation: Deviation?
    }

    /// A number against the limits for the client's sex; a value exactly at a limit is within norms
    /// unless the norm is inclusive.
    static func judge(_ value: Double, _ norm: Norm, sex: Sex?) -> Judgement {
        let limits = norm.limits(for: sex)
        let inclusive = norm.inclusive ?? false
        if let below = limits.flagBelow, value < below || (inclusive && value == below) {
            return Judgement(verdict: grade(distance: below - value, band: norm.borderline), deviation: .low)
        }
        if let above = limits.flagAbove, value > above || (inclusive && value == above) {
            return Judgement(verdict: grade(distance: value - above, band: norm.borderline), deviation: .high)
        }
        return Judgement(verdict: .normal, deviation: nil)
    }

    /// Past the limit by no more than the borderline band → borderline; otherwise impaired. The "clearly" cut in a
    /// rule ("< 34° clearly limited") is strict, so a value exactly at it is borderline; the tolerance keeps
    /// decimal bands (0.13) from tipping over by a rounding error.
    private static func grade(distance: Double, band: Double?) -> Verdict {
        guard let band else { return .impaired }
        return distance <= band + 1e-9 ? .borderline : .impaired
    }
}
