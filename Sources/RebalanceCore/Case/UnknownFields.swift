/// Any key of a JSON object, so a case's objects can list the fields they hold.
struct AnyFieldKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Decoder {
    /// Throws on a field the case knows at another level (`client.pregnant`) or under another spelling
    /// (`healthscreen`, `note`): it would otherwise be quietly lost, and a pregnancy lost that way switches the
    /// pregnancy warning signs off. Keys the case does not know at all are still ignored, so cases stay forward
    /// compatible.
    func rejectMisplacedFields<Key: CodingKey & CaseIterable>(besides known: Key.Type) throws {
        let names = Key.allCases.map(\.stringValue)
        let keys = try container(keyedBy: AnyFieldKey.self).allKeys.sorted { $0.stringValue < $1.stringValue }
        for key in keys where !names.contains(key.stringValue) {
            let lowered = key.stringValue.lowercased()
            let message: String
            let home = Self.homes[lowered]
            let field = home.flatMap { $0.split(separator: ".").last.map(String.init) }
            if let own = names.first(where: { $0.lowercased() == lowered })
                ?? field.flatMap({ names.contains($0) ? $0 : nil })
            {
                message = "is spelled \(own) here"
            } else if let home {
                let place = home.contains(".") ? home : "\(home), at the top level of the case"
                let here = names.joined(separator: ", ")
                message = "does not belong here (the fields here are \(here)); it belongs in \(place)"
            } else {
                continue
            }
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath + [key], debugDescription: message))
        }
    }

    /// Where the fields that are easily put at the wrong level, or spelled a little differently, belong (by the
    /// key in lower case).
    private static var homes: [String: String] {
        [
            "pregnant": "healthScreen.pregnant", "ispregnant": "healthScreen.pregnant",
            "pregnent": "healthScreen.pregnant", "pregnancyweeks": "healthScreen.pregnancyWeeks",
            "restingbloodpressure": "healthScreen.restingBloodPressure", "answers": "healthScreen.answers",
            "age": "client.age", "sex": "client.sex", "nprs": "painAreas[].nprs", "region": "painAreas[].region",
            "notes": "notes", "note": "notes", "redflags": "redFlags", "painareas": "painAreas", "signs": "signs",
            "findings": "findings", "goals": "goals", "confirmations": "confirmations",
            "healthscreen": "healthScreen", "client": "client",
        ]
    }
}
