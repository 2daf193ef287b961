/// Observations grouped by test, so each evidence rule looks only at its own test's observations.
struct ObservationIndex {
    let all: [Observation]
    private let byTest: [TestID: [Observation]]

    init(_ observations: [Observation]) {
        all = observations
        byTest = Dictionary(grouping: observations, by: \.test)
    }

    func of(_ test: TestID) -> [Observation] { byTest[test] ?? [] }
}
