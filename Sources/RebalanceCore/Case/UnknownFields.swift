/// Any key of a JSON object, so a case's objects can list the fields they hold.
struct AnyFieldKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Decoder {
    /// Throws on a field the case knows at another level (`client.pregnant`): it would otherwise be quietly lost, and
    /// a pregnancy lost that way switches the pregnancy warning signs off. Keys the case does not know at all are
    /// still ignored, so cases stay forward compatible.
    func rejectMisplacedFields<Key: CodingKey & CaseIterable>(besides known: Key.Type) throws {
        let names = Key.allCases.map(\.stringValue)
        let keys = try container(keyedBy: AnyFieldKey.self).allKeys.sorted { $0.stringValue < $1.stringValue }
        guard
            let misplaced = keys.first(where: { !names.contains($0.stringValue) && Self.homes[$0.stringValue] != nil }),
            let home = Self.homes[misplaced.stringValue]
        else { return }
        throw DecodingError.dataCorrupted(
            .init(
                codingPath: codingPath + [misplaced],
                debugDescription: "does not belong here (the fields here are \(names.joined(separator: ", "))); "
                    + "it belongs in \(home)"))
    }

    /// Where the fields that are easily put one level off belong.
    private static var homes: [String: String] {
        [
            "pregnant": "healthScreen.pregnant", "pregnancyWeeks": "healthScreen.pregnancyWeeks",
            "restingBloodPressure": "healthScreen.restingBloodPressure", "answers": "healthScreen.answers",
            "age": "client.age", "sex": "client.sex",
        ]
    }
}
