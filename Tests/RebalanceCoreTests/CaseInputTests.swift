import Foundation
import RebalanceCore
import Testing

/// Bad input gets a clear message naming the field path; nothing is guessed or silently converted.
@Suite("Case input validation")
struct CaseInputTests {
    private func issues(_ json: String) throws -> [CaseIssue] {
        do {
            _ = try CaseReader(knowledge: knowledge()).read(Data(json.utf8))
            return []
        } catch let error as CaseError {
            return error.issues
        }
    }

    private func message(_ json: String) throws -> String {
        try issues(json).map(\.description).joined(separator: "\n")
    }

    @Test func outOfRangeValueNamesPathRangeAndTest() throws {
        let text = try message(
            #"{"findings":[{"test":"kneeToWall","side":"left","value":5},"#
                + #"{"test":"kneeToWall","side":"right","value":5},{"test":"trunkFlexorEndurance","value":5},"#
                + #"{"test":"sideBridgeEndurance","side":"left","value":480}]}"#
        )
        #expect(text == "findings[3].value: 480 s is outside 0…300 for sideBridgeEndurance")
    }

    @Test func fractionalOrHugeWholeNumbersNameTheirField() throws {
        #expect(
            try message(#"{"painAreas":[{"region":"knee","side":"right","nprs":1e20}]}"#).hasPrefix(
                "painAreas[0].nprs: must be a whole number"))
        #expect(
            try message(#"{"painAreas":[{"region":"knee","nprs":7.5}]}"#)
                == "painAreas[0].nprs: must be a whole number, not 7.5")
        #expect(try message(#"{"client":{"age":40.5}}"#) == "client.age: must be a whole number, not 40.5")
        #expect(try issues(#"{"client":{"age":40},"painAreas":[{"region":"knee","nprs":7}]}"#).isEmpty)
    }

    /// A field put one level off would be lost without a word; a pregnancy lost that way switches off the
    /// pregnancy warning signs, so it is rejected with its path and where it belongs. Unknown keys stay ignored.
    @Test func misplacedFieldsAreRejectedWithWhereTheyBelong() throws {
        #expect(
            try message(#"{"client":{"age":31,"sex":"female","pregnant":true}}"#)
                == "client.pregnant: does not belong here (the fields here are age, sex); "
                + "it belongs in healthScreen.pregnant")
        #expect(try message(#"{"pregnancyWeeks":30}"#).hasSuffix("it belongs in healthScreen.pregnancyWeeks"))
        #expect(try message(#"{"healthScreen":{"age":31}}"#).hasSuffix("it belongs in client.age"))
        #expect(try message(#"{"painAreas":[{"region":"knee","sex":"male"}]}"#).hasPrefix("painAreas[0].sex:"))
        #expect(try message(#"{"signs":[{"sign":"feetTurnOut","age":40}]}"#).hasPrefix("signs[0].age:"))
        // Notes or red flags put inside the client would lose a warning sign without a word.
        #expect(
            try message(#"{"client":{"age":50,"notes":"numb when I wipe since Tuesday"}}"#)
                .hasSuffix("it belongs in notes, at the top level of the case"))
        // A field spelled a little differently is named with its spelling.
        #expect(try message(#"{"healthscreen":{"pregnant":true}}"#) == "healthscreen: is spelled healthScreen here")
        #expect(try message(#"{"note":"bleeding since this morning"}"#) == "note: is spelled notes here")
        #expect(
            try message(#"{"healthScreen":{"pregnent":true}}"#) == "healthScreen.pregnent: is spelled pregnant here")
        #expect(try message(#"{"healthScreen":{"redFlags":["saddleNumbness"]}}"#).hasPrefix("healthScreen.redFlags:"))
        #expect(try message(#"{"client":{"isPregnant":true}}"#).hasSuffix("it belongs in healthScreen.pregnant"))
        #expect(try message(#"{"nprs":7}"#).hasSuffix("it belongs in painAreas[].nprs"))
        #expect(
            try issues(
                #"{"client":{"age":31,"sex":"female","nickname":"Jo"},"healthScreen":{"pregnant":true,"#
                    + #""pregnancyWeeks":30},"notes":"","signs":["feetTurnOut"]}"#
            ).isEmpty)
    }

    @Test func malformedJSON() throws {
        #expect(try message(#"{"findings": [ "#).contains("not valid JSON"))
    }

    @Test func emptyAndBlankFiles() throws {
        #expect(try message("").contains("empty"))
        #expect(try message("  \n ").contains("empty"))
    }

    @Test func topLevelMustBeAnObject() throws {
        #expect(try message("[1,2]").contains("expected a JSON object"))
    }

    @Test func wrongTypesNameTheField() throws {
        #expect(try message(#"{"client":{"age":"forty"}}"#).hasPrefix("client.age: expected a number"))
        #expect(try message(#"{"painAreas":[{"region":"knee","nprs":"high"}]}"#).hasPrefix("painAreas[0].nprs"))
        #expect(
            try message(#"{"findings":[{"test":"kneeToWall","side":"left","value":true}]}"#)
                .contains("findings[0].value: kneeToWall expects a number in cm"))
    }

    @Test func unknownIdsAreRejected() throws {
        #expect(
            try message(#"{"findings":[{"test":"plankHold","value":30}]}"#)
                == "findings[0].test: \"plankHold\" is not a known test")
        #expect(
            try message(#"{"painAreas":[{"region":"tail"}]}"#).contains(
                "painAreas[0].region: \"tail\" is not a known region"))
        #expect(try message(#"{"signs":["slouches"]}"#) == "signs[0]: \"slouches\" is not a known sign")
        #expect(
            try message(#"{"redFlags":["dragonBite"]}"#)
                == "redFlags[0]: \"dragonBite\" is not a known red-flag question")
        #expect(
            try message(#"{"findings":[{"test":"overheadSquat","compensation":"wobbles"}]}"#).contains(
                "findings[0].compensation"))
        #expect(
            try message(#"{"healthScreen":{"answers":{"likesPizza":true}}}"#)
                == "healthScreen.answers.likesPizza: is not a known health question")
    }

    @Test func impossibleValues() throws {
        #expect(
            try message(#"{"painAreas":[{"region":"knee","nprs":14}]}"#)
                == "painAreas[0].nprs: 14 is outside the 0…10 pain scale")
        #expect(
            try message(#"{"findings":[{"test":"kneeToWall","side":"up","value":10}]}"#).contains(
                "findings[0].side: \"up\" is not a known side"))
        #expect(
            try message(#"{"findings":[{"test":"trunkFlexorEndurance","value":-3}]}"#).contains(
                "findings[0].value: -3 s is outside"))
        #expect(try message(#"{"client":{"age":230}}"#) == "client.age: 230 is outside 0…120")
        #expect(
            try message(#"{"healthScreen":{"restingBloodPressure":{"systolic":80,"diastolic":120}}}"#).contains(
                "diastolic must be lower"))
        #expect(
            try message(#"{"findings":[{"test":"scapularDyskinesis","side":"left","value":"wobbly"}]}"#).contains(
                "is not a grade of scapularDyskinesis"))
    }

    @Test func wrongUnitIsAnErrorNotAConversion() throws {
        #expect(
            try message(#"{"findings":[{"test":"kneeToWall","side":"left","value":10,"unit":"deg"}]}"#)
                == "findings[0].unit: kneeToWall is recorded in cm, not deg")
        #expect(
            try message(#"{"findings":[{"test":"kneeToWall","side":"left","value":10,"unit":"inches"}]}"#).contains(
                "findings[0].unit"))
    }

    @Test func missingSideTaskOrValue() throws {
        #expect(
            try message(#"{"findings":[{"test":"kneeToWall","value":10}]}"#).contains(
                "findings[0].side: kneeToWall is measured per side"))
        #expect(
            try message(#"{"findings":[{"test":"limbSymmetryIndex","side":"left","value":80}]}"#).contains(
                "findings[0].task"))
        #expect(
            try message(#"{"findings":[{"test":"craniovertebralAngle"}]}"#).contains("findings[0].value: is required"))
        #expect(
            try message(#"{"findings":[{"test":"overheadSquat","side":"both"}]}"#).contains("findings[0].compensation"))
        #expect(try message(#"{"findings":[{"side":"left","value":3}]}"#) == "findings[0].test: is required")
    }

    @Test func duplicateMeasurementsAreRejected() throws {
        let text = try message(
            #"{"findings":[{"test":"kneeToWall","side":"left","value":10},"#
                + #"{"test":"kneeToWall","side":"left","value":11}]}"#
        )
        #expect(text.hasPrefix("findings[1]: repeats findings[0]"))
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let found = try issues(
            #"{"client":{"age":300},"painAreas":[{"region":"knee","nprs":11}],"findings":[{"test":"nope"}]}"#)
        #expect(found.map(\.path) == ["client.age", "painAreas[0].nprs", "findings[0].test"])
    }

    @Test func unknownKeysAreIgnored() throws {
        #expect(
            try issues(#"{"futureField":{"x":1},"findings":[{"test":"pelvicTilt","value":10,"comment":"ok"}]}"#).isEmpty
        )
    }

    @Test func signsAcceptPlainIdsAndObjectsWithSides() throws {
        let input = try CaseReader(knowledge: knowledge()).read(
            Data(#"{"signs":["feetTurnOut",{"sign":"carriesBagOneSide","side":"right"}]}"#.utf8))
        #expect(input.signs == [SignReport("feetTurnOut"), SignReport("carriesBagOneSide", side: .right)])
    }

    @Test func oversizedInputIsRefusedWithoutParsing() throws {
        let big = Data(repeating: UInt8(ascii: " "), count: 10 * 1_048_576)
        #expect(try message(String(decoding: big, as: UTF8.self)).contains("larger than the 1 MB limit"))
    }

    @Test func longTextIsRejected() throws {
        let notes = String(repeating: "a", count: 6_000)
        #expect(try message(#"{"notes":"\#(notes)"}"#).hasPrefix("notes: is 6000 characters"))
    }

    @Test func publicExamplesAreValid() throws {
        for name in ["desk-worker-low-back", "runner-right-knee", "saddle-numbness", "within-norms"] {
            #expect(throws: Never.self) { try CaseReader(knowledge: knowledge()).read(example("\(name).case.json")) }
        }
    }

    @Test func caseRoundTripsThroughJSON() throws {
        let original = try CaseReader(knowledge: knowledge()).read(example("runner-right-knee.case.json"))
        let again = try CaseReader(knowledge: knowledge()).read(JSONEncoder().encode(original))
        #expect(again == original)
    }
}

/// A finding's value and a sign take one of a few shapes; anything else is an error, never a silent absence.
@Suite("Values of several shapes")
struct ValueShapeTests {
    @Test func eachShapeReadsAndAnythingElseThrows() throws {
        let decoder = JSONDecoder()
        let values = try decoder.decode([FindingValue].self, from: Data(#"[true, 12.5, "positive"]"#.utf8))
        #expect(values == [.boolean(true), .number(12.5), .text("positive")])
        #expect(throws: DecodingError.self) { try decoder.decode([FindingValue].self, from: Data("[null]".utf8)) }
        #expect(throws: DecodingError.self) { try decoder.decode([FindingValue].self, from: Data(#"[{"a": 1}]"#.utf8)) }
        let signs = try decoder.decode(
            [SignReport].self, from: Data(#"["feetTurnOut", {"sign": "oneShoulderHigher", "side": "left"}]"#.utf8))
        #expect(signs == [SignReport("feetTurnOut"), SignReport("oneShoulderHigher", side: .left)])
        #expect(throws: DecodingError.self) { try decoder.decode([SignReport].self, from: Data("[3]".utf8)) }
    }
}
