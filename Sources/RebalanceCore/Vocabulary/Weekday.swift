/// A day of the week, Monday first as in ISO 8601; weekly availability is kept per weekday.
public enum Weekday: String, Vocabulary {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday
    public static let noun = "weekday"

    /// "Monday".
    public var name: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// "Mon".
    public var shortName: String { String(name.prefix(3)) }
}
