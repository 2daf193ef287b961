import RebalanceCore
import Testing

/// Every number norm at, just inside and just outside its limits; booleans, grades and asymmetry rules.
@Suite("Norms and thresholds")
struct NormTests {
    /// A value the test's range allows, with the sex whose limits apply.
    struct Probe: CustomTestStringConvertible, Sendable {
        let test: TestDefinition
        let sex: Sex?
        var testDescription: String { "\(test.id)\(sex.map { " (\($0))" } ?? "")" }
    }

    static func probes() throws -> [Probe] {
        let kb = try knowledge()
        var probes: [Probe] = []
        for test in kb.tests where test.kind == .number && test.norm.hasLimits {
            probes.append(Probe(test: test, sex: nil))
            for sex in Sex.allCases where test.norm.bySex?[sex.rawValue] != nil {
                probes.append(Probe(test: test, sex: sex))
            }
        }
        return probes
    }

    static let step = 0.01

    /// The verdict for a value, or nil when the value is outside the test's plausible input range.
    private func verdict(_ probe: Probe, _ value: Double) throws -> Verdict? {
        let test = probe.test
        guard test.plausibleRange?.contains(value) ?? true else { return nil }
        let side: Side? = test.sides == .none ? nil : (test.sides == .perSide ? .left : .right)
        var finding = Finding.measured(test.id, side, value)
        if let task = test.tasks?.first { finding.task = task }
        let assessment = try assess(Case(client: ClientBasics(sex: probe.sex), findings: [finding]))
        return assessment.observation(test.id.rawValue)?.verdict
    }

    @Test("A value exactly at a limit is within norms; a hair past it is not", arguments: try probes())
    func limits(_ probe: Probe) throws {
        let limits = probe.test.norm.limits(for: probe.sex)
        let inclusive = probe.test.norm.inclusive ?? false
        if let below = limits.flagBelow {
            #expect(try (verdict(probe, below) == .normal) == !inclusive)
            #expect(try verdict(probe, below + Self.step) ?? .normal == .normal)
            if let past = try verdict(probe, below - Self.step) { #expect(past != .normal) }
        }
        if let above = limits.flagAbove {
            #expect(try (verdict(probe, above) == .normal) == !inclusive)
            #expect(try verdict(probe, above - Self.step) ?? .normal == .normal)
            if let past = try verdict(probe, above + Self.step) { #expect(past != .normal) }
        }
    }

    @Test("Far past a limit is impaired, never just borderline", arguments: try probes())
    func farOutside(_ probe: Probe) throws {
        let limits = probe.test.norm.limits(for: probe.sex)
        let band = (probe.test.norm.borderline ?? 0) + 1
        guard let range = probe.test.plausibleRange else { return }
        if let below = limits.flagBelow, below - band >= range.lowerBound {
            #expect(try verdict(probe, below - band) == .impaired)
        }
        if let above = limits.flagAbove, above + band <= range.upperBound {
            #expect(try verdict(probe, above + band) == .impaired)
        }
    }

    @Test func borderlineBandSitsJustPastTheLimit() throws {
        // Craniovertebral angle: < 50° flagged, clearly forward below 48°;
        // 48° itself, at the band's edge, is borderline.
        func cva(_ value: Double) throws -> Verdict? {
            try assess(findings(.measured("craniovertebralAngle", nil, value))).observation("craniovertebralAngle")?
                .verdict
        }
        #expect(try cva(49) == .borderline)
        #expect(try cva(48) == .borderline)
        #expect(try cva(47.9) == .impaired)
        #expect(try cva(50) == .normal)
    }

    /// A decimal band does not tip over by a rounding error at its edge, and a measurement-error band keeps a
    /// reading a few millimetres under the cut from counting as a whole finding.
    @Test func bandsAtTheirEdges() throws {
        func verdict(_ test: TestID, _ side: Side?, _ value: Double) throws -> Verdict? {
            try assess(findings(.measured(test, side, value))).observation(test.rawValue, side)?.verdict
        }
        #expect(try verdict("kneeToWall", .left, 9.6) == .borderline)
        #expect(try verdict("kneeToWall", .left, 8.1) == .borderline)
        #expect(try verdict("kneeToWall", .left, 8.0) == .impaired)
        #expect(try verdict("navicularDrop", .left, 15) == .borderline)
        #expect(try verdict("navicularDrop", .left, 15.5) == .impaired)
    }

    /// Where the reference calls a value a real sign, it counts whole: no half-weight band without a source.
    @Test func referenceCutsAreWholeSigns() throws {
        #expect(
            try assess(findings(.measured("hamstringQuadRatio", .left, 0.55))).observation("hamstringQuadRatio", .left)?
                .verdict == .impaired)
        #expect(
            try assess(findings(.measured("weightBearingLunge", .left, 36))).observation("weightBearingLunge", .left)?
                .verdict == .impaired)
    }

    /// The Y-balance composite cut is used only for the group it was found in (women).
    @Test func theCompositeCutAppliesWhereItWasStudied() throws {
        let low = Finding.measured("yBalanceComposite", .left, 90)
        #expect(try assess(findings(low, sex: .female)).observation("yBalanceComposite", .left)?.verdict == .impaired)
        #expect(try assess(findings(low, sex: .male)).observation("yBalanceComposite", .left)?.verdict == .normal)
    }

    @Test func everyBandHasASourceOrIsTheMeasurementError() throws {
        for test in try knowledge().tests {
            guard let band = test.norm.borderline else { continue }
            #expect(!(test.norm.borderlineSource ?? "").isEmpty || test.mdc == band, "\(test.id)")
        }
    }

    @Test func sexSpecificValgusLimits() throws {
        let ten = Finding.measured("singleLegSquatFPPA", .left, 10)
        #expect(try assess(findings(ten, sex: .male)).observation("singleLegSquatFPPA")?.verdict == .impaired)
        #expect(try assess(findings(ten, sex: .female)).observation("singleLegSquatFPPA")?.verdict == .normal)
        #expect(try assess(findings(ten)).observation("singleLegSquatFPPA")?.verdict == .normal)
    }

    @Test func yesNoTestsFlagAPositiveResult() throws {
        let kb = try knowledge()
        for test in kb.tests where test.kind == .boolean {
            let side: Side? = test.sides == .none ? nil : .left
            #expect(
                try assess(findings(.positive(test.id, side, true))).observation(test.id.rawValue)?.verdict == .impaired
            )
            #expect(
                try assess(findings(.positive(test.id, side, false))).observation(test.id.rawValue)?.verdict == .normal)
        }
    }

    @Test func gradesCarryTheirVerdicts() throws {
        let kb = try knowledge()
        for test in kb.tests where test.kind == .grade {
            for grade in test.grades ?? [] {
                let side: Side? = test.sides == .none ? nil : .right
                let observed = try assess(findings(.graded(test.id, side, grade.id))).observation(test.id.rawValue)
                #expect(observed?.verdict == grade.verdict, "\(test.id) \(grade.id)")
            }
        }
    }

    @Test func overheadSquatCleanOrCompensated() throws {
        #expect(try assess(findings(.squat(.none))).observation("overheadSquat")?.verdict == .normal)
        #expect(try assess(findings(.squat(.kneesValgus, .left))).observation("overheadSquat")?.verdict == .impaired)
    }

    @Test func yBalanceDifferenceOfMoreThanFourCentimetres() throws {
        func difference(_ left: Double, _ right: Double) throws -> Observation? {
            try assess(
                findings(.measured("yBalanceAnterior", .left, left), .measured("yBalanceAnterior", .right, right))
            )
            .observation("yBalanceAnterior", kind: .asymmetry)
        }
        #expect(try difference(64, 60)?.verdict == .normal)
        #expect(try difference(64, 59.9)?.verdict == .impaired)
        #expect(try difference(64, 59.9)?.side == .right)
        #expect(try difference(58, 64)?.side == .left)
    }

    @Test func sideBridgeRelativeDifferenceOfMoreThanFivePercent() throws {
        func difference(_ left: Double, _ right: Double) throws -> Observation? {
            try assess(
                findings(.measured("sideBridgeEndurance", .left, left), .measured("sideBridgeEndurance", .right, right))
            )
            .observation("sideBridgeEndurance", kind: .asymmetry)
        }
        #expect(try difference(100, 95)?.verdict == .normal)
        #expect(try difference(100, 94.9)?.verdict == .impaired)
        #expect(try difference(48, 66)?.side == .left)
    }

    @Test func asymmetryNeedsBothSidesMeasuredSeparately() throws {
        let both = try assess(findings(.measured("yBalanceAnterior", .both, 60)))
        #expect(both.observation("yBalanceAnterior", kind: .asymmetry) == nil)
    }

    @Test func trunkEnduranceRatios() throws {
        let ratio = try assess(
            findings(.measured("trunkFlexorEndurance", nil, 100), .measured("trunkExtensorEndurance", nil, 100)))
        #expect(ratio.observation("trunkFlexorExtensorRatio", kind: .ratio)?.verdict == .normal)
        let high = try assess(
            findings(.measured("trunkFlexorEndurance", nil, 101), .measured("trunkExtensorEndurance", nil, 100)))
        #expect(high.observation("trunkFlexorExtensorRatio", kind: .ratio)?.verdict == .impaired)
        let zero = try assess(
            findings(.measured("trunkFlexorEndurance", nil, 50), .measured("trunkExtensorEndurance", nil, 0)))
        #expect(zero.observation("trunkFlexorExtensorRatio", kind: .ratio) == nil)
    }

    @Test func footPostureIsJudgedOnBothEnds() throws {
        func observed(_ value: Double) throws -> Observation? {
            try assess(findings(.measured("footPostureIndex", .left, value))).observation("footPostureIndex")
        }
        #expect(try observed(0)?.verdict == .normal)
        #expect(try observed(5)?.verdict == .normal)
        #expect(try observed(7)?.deviation == .high)
        #expect(try observed(11)?.verdict == .impaired)
        #expect(try observed(-6)?.deviation == .low)
        #expect(try observed(-6)?.verdict == .impaired)
    }
}
