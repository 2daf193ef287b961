/// "Ice, Advil, pillow under it: zero difference": a pain that what the client tried did not ease, told as the
/// things tried and how they failed anywhere in one sentence, with the client's own pain affirmed beside them.
///
/// A flag's phrases need their words close together in one clause; people tell a failed remedy as a list and a
/// verdict ("Flip the pillow, roll over, nup, doesn't budge"), which no clause-sized phrase can hold.
public struct ReliefDenied: Codable, Sendable {
    /// Why a failed remedy is the warning sign, with its source.
    public let source: String
    /// What a client tries for a pain: positions, rest, heat, ice, painkillers.
    public let tried: [String]
    /// Words of relief whose denial says the remedy failed ("doesn't help", "not touching it").
    public let relief: [String]
    /// Words that say it failed outright ("useless", "make no odds", "unchanged by").
    public let failed: [String]
    /// The client's pain, affirmed with the remedies, in the two sentences before them, or after them as night pain
    /// ("not in any pain" rules the reading out).
    public let pain: [String]
    /// Other troubles a remedy is tried for ("cough", "can't sleep"): a failure told with one of them and without the
    /// pain is theirs.
    public let otherTroubles: [String]
    /// Relief told after the failure ("…, but switching to my back fixes it"; "Physio sorted it"): the pain eases.
    public let eased: [String]
    /// Words that make the remedy a plan, a condition or a measurement ("Plan: ice and rest", "if heat doesn't help",
    /// "foam rolled, squat depth exactly the same").
    public let conditions: [String]
}
