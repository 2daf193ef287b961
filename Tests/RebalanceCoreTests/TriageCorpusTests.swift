import Foundation
import Testing

@testable import RebalanceCore

/// The triage measured on notes written by people who never read its rules.
@Suite("Triage corpus")
struct TriageCorpusTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The notes the rules are tuned on (`triage`), or those kept aside to measure them (`triage-measure`).
    static func corpus(_ name: String = "triage") throws -> TriageCorpus {
        let folder = fixtures.appendingPathComponent(name)
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
        return try TriageCorpus(json: try files.map { try Data(contentsOf: $0) })
    }

    @Test func theCorpusIsBigAndBalancedEnough() throws {
        let notes = try Self.corpus().notes
        #expect(notes.count >= 1_000)
        #expect(notes.filter(\.refer).count >= 120)
        #expect(notes.filter { !$0.refer }.count >= 140)
        #expect(Set(notes.map(\.id)).count == notes.count)
    }

    /// A floor under today's figures, so a change to the rules cannot quietly read worse. The issue's targets
    /// (recall 100 %, false referrals ≤ 1 %, no false emergency) are the aim; the held-out set shows how far the
    /// rules carry to voices they were not tuned on.
    @Test func theRulesReadAtLeastAsWellAsToday() throws {
        let triage = Triage(safety: try knowledge().safety)
        let tuning = try Self.corpus().score(with: triage)
        // How each set was measured before it joined, and why each floor moved: Fixtures/triage/README.md.
        #expect(tuning.recall >= 0.982, "\(tuning)")
        #expect(tuning.falseReferralRate <= 0.025, "\(tuning)")
        #expect(tuning.falseEmergencies.count <= 53, "\(tuning)")
        // Few notes that must refer are cleared without a question, on the notes the rules were tuned on; a past
        // clot or a plan about one is asked about rather than passed over, unless the client then says they have had
        // none of it.
        #expect(tuning.referredOrAsked >= 0.986, "\(tuning)")
        #expect(tuning.questionRate <= 0.122, "\(tuning)")
        // Every quote gives the note's own words, never a marker word the reader put in for a number.
        let markerQuotes = tuning.outcomes.flatMap(\.quotes).filter { quote in
            TriageQuoteTests.markers.contains { quote.contains($0) }
        }
        #expect(markerQuotes.isEmpty, "\(markerQuotes.prefix(5))")
        let heldOut = try Self.corpus("triage-measure").score(with: triage)
        #expect(heldOut.recall >= 0.866, "\(heldOut)")
        #expect(heldOut.falseReferralRate <= 0.103, "\(heldOut)")
        #expect(heldOut.falseEmergencies.count <= 16, "\(heldOut)")
        #expect(heldOut.referredOrAsked >= 0.883, "\(heldOut)")
    }

    /// Prints the misses and false referrals, for a person tuning the rules: TRIAGE_REPORT=1 for the tuning notes,
    /// TRIAGE_REPORT=heldout for the held-out notes too (once they have been measured).
    @Test func report() throws {
        let triage = Triage(safety: try knowledge().safety)
        let corpus = try Self.corpus()
        for (name, score) in [
            ("tuning", corpus.score(with: triage)), ("held out", try Self.corpus("triage-measure").score(with: triage)),
        ] {
            print("triage corpus, \(name): \(score)")
            // The held-out notes' misses are printed only on request, so tuning does not read them by accident.
            let wanted = ProcessInfo.processInfo.environment["TRIAGE_REPORT"].map {
                $0 == "heldout" || name == "tuning"
            }
            if wanted == true {
                for outcome in score.missed {
                    print("  MISSED \(outcome.note.id) [\(outcome.note.flag ?? "")] \(outcome.note.note)")
                }
                for outcome in score.falseReferrals {
                    print("  FALSE \(outcome.note.id) \(outcome.reasons) [\(outcome.note.class)] \(outcome.note.note)")
                }
                for outcome in score.outcomes where outcome.isAsked {
                    let asked = outcome.questions.map { "\($0.flag)/\($0.reason)" }
                    let kind = outcome.note.refer ? "must-refer" : "look-alike"
                    print("  ASKED \(kind) \(outcome.note.id) \(asked) \(outcome.note.note)")
                }
                for outcome in score.falseEmergencies where !outcome.note.refer {
                    print("  FALSE-EMERGENCY \(outcome.note.id) \(outcome.reasons) \(outcome.note.note)")
                }
                for outcome in score.falseEmergencies where outcome.note.refer {
                    let expected = outcome.note.urgency?.rawValue ?? ""
                    print("  URGENCY \(outcome.note.id) \(outcome.reasons) expected \(expected)")
                }
            }
        }
    }

    /// A note in a file of unseen notes being measured: `[{"id", "note", "mustRefer"}]`.
    private struct ProbedNote: Decodable {
        let id, note: String
        let mustRefer: Bool
        let sex: Sex?
        let age: Int?
    }

    /// Shows how one note reads, for a person tuning the rules: `TRIAGE_NOTE='…' swift test --filter probe`
    /// (optionally TRIAGE_SEX, TRIAGE_AGE and TRIAGE_PREGNANT=1); `TRIAGE_NOTES=file.json` reads a file of notes
    /// that no one has tuned on yet and marks each verdict ok or BAD.
    @Test func probe() throws {
        let environment = ProcessInfo.processInfo.environment
        let safety = try knowledge().safety
        let scanner = NoteScanner(flags: safety.redFlags, cues: safety.noteReading)
        if let path = environment["TRIAGE_NOTES"] {
            let notes = try JSONDecoder().decode([ProbedNote].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            var bad = 0
            for probed in notes {
                let reading = scanner.read(
                    probed.note, sex: probed.sex ?? environment["TRIAGE_SEX"].flatMap(Sex.init),
                    age: probed.age ?? environment["TRIAGE_AGE"].flatMap { Int($0) })
                let verdict = !reading.matches.isEmpty ? "REFER" : reading.doubts.isEmpty ? "CLEAR" : "ASK"
                let good = probed.mustRefer == (verdict == "REFER")
                bad += good ? 0 : 1
                print("\(good ? "ok " : "BAD") \(probed.id) \(verdict) \(probed.note.prefix(110))")
                for match in reading.matches { print("      MATCH \(match.flag.rawValue): \(match.excerpt)") }
                for doubt in reading.doubts {
                    print("      DOUBT \(doubt.flag.rawValue) (\(doubt.reason)): \(doubt.excerpt)")
                }
            }
            print("probed \(notes.count) notes, \(bad) BAD")
        }
        guard let text = environment["TRIAGE_NOTE"] else { return }
        let reading = scanner.read(
            text, pregnant: environment["TRIAGE_PREGNANT"] == "1", sex: environment["TRIAGE_SEX"].flatMap(Sex.init),
            age: environment["TRIAGE_AGE"].flatMap { Int($0) })
        let note = scanner.reader.read(text)
        print("tokens: \(note.sentences)")
        for pressure in note.bloodPressures {
            let own = reading.pressures.contains(pressure)
            print("PRESSURE \(pressure.systolic)/\(pressure.diastolic ?? 0): \(own ? "the client's own" : "set aside")")
        }
        for match in reading.matches { print("MATCH \(match.flag.rawValue): \(match.excerpt)") }
        for doubt in reading.doubts { print("DOUBT \(doubt.flag.rawValue) (\(doubt.reason)): \(doubt.excerpt)") }
    }
}
