/// A blood pressure written in a note ("182/112", "BP 150 over 95"), as the words it was written in.
public struct WrittenPressure: Sendable, Equatable {
    /// The upper number, in mmHg.
    public let systolic: Int
    /// The lower number, in mmHg; `nil` when only the upper one was written ("182 over something").
    public let diastolic: Int?
    /// The words as written, quoted back to the trainer.
    public let text: String
    /// The token that stands for the reading in the note's words, so its context can be read like any term's.
    let marker: String
}
