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
        // Sets 19 to 45, 47 and 48 joined the tuning notes, each after it was measured blind: set 48 read at 90.0 %
        // recall, 10.0 % false referrals and four false emergencies on the rules tuned on sets 1 to 44 plus the first
        // mends from set 45. Sets 49 to 52 are the ones no rule was written for, each measured once, blind: set 49 at
        // 83.3 %, 8.8 % and four on KB 2027.01.10; set 50 at 83.3 %, 11.2 % and three on KB 2027.01.11; set 51 at
        // 88.3 %, 16.2 % and four on KB 2027.01.13 (with 91.7 % referred or asked); set 52 at 91.7 %, 10.0 % and two on
        // KB 2027.01.14, and the same again on KB 2027.01.16 (93.3 % referred or asked both times). Set 53 read at
        // 85.0 %, 8.8 % and six on KB 2027.01.17 before it joined the tuning notes (86.7 % referred or asked), and set
        // 54 at 88.3 %, 10.0 % and four on KB 2027.01.24 (88.3 % referred or asked), and set 55 at 90.0 %, 11.2 % and
        // three on KB 2027.01.27 (93.3 % referred or asked). Two of its false emergencies stay (near-fainting on
        // sprints, then sitting, read as at rest; a pregnant client's leak read as the bladder), and three of its
        // misses (an answer form's "no weight loss yes"; an operation's date told across dashes; numbness that "has
        // moved up into my forearm" in a sentence that no longer names it), so the recall, false-emergency and question
        // floors moved with it, and the referred-or-asked floor too; its look-alikes now mostly ask. Set 56 read at
        // 90.0 %, 13.8 % and six on KB 2027.01.30 (90.0 % referred or asked); one false emergency stays (a night
        // nurse's patient, "had a 24yo w/ cauda equina"), and two misses (a calf named in one sentence and "its
        // swollen" in the next; prednisone dictated as "the pregnant zone"), so the false-emergency and question floors
        // moved again; the held-out false-emergency floor tightened. Set 57 read at 90.0 %, 5.0 % and three on KB
        // 2027.02.01 (91.7 % referred or asked); its misses are all mended, but two false referrals stay ("if I go down
        // on the hill … can't bear weight"; one side that "wobbles more" on single-leg RDLs: the cues that cleared them
        // would also have hidden real signs, a reviewer found) and one urgency over-call (chest tightness on sled
        // pushes that "eased off after a couple min of rest" in the next sentence) and its look-alikes ask more often
        // than most, so the false-emergency and question floors moved. Set 58 read at 86.7 %, 11.2 % and three on KB
        // 2027.02.02 (88.3 % referred or asked); one miss stayed until KB 2027.02.07 (constant night pain told as
        // "worst between 1 and 4 a.m." with each remedy answered "no effect"), one false referral stays (a player who
        // "hit his head, couldn't walk straight" in a sentence after the one that names him) and one urgency over-call,
        // so those floors moved again; the held-out false-referral and false-emergency floors tightened. Set 59 read at
        // 90.0 %, 7.5 % and four on KB 2027.02.05 (91.7 % referred or asked), kept aside for one stop and then joined
        // the tuning notes, so the held-out floors went back to sets 49 to 52. Five of its six misses are mended on KB
        // 2027.02.06 and the sixth on KB 2027.02.07 (shoulder pain "with no relief at night - constant from roughly
        // 23:00 to 05:00": the "no" denies the relief, not the night); its six false referrals stay (a customer's
        // swollen leg, a TV drama's chest pain, a crew's safety rule "apply it to me too", a question about a clot's
        // warning signs, two fevers long over; the TV drama and the crew rule as emergencies) and so do its two urgency
        // over-calls, so the tuning false-referral and false-emergency floors moved. Set 60 read at 85.0 %, 12.5 % and
        // seven on KB 2027.02.07 (86.7 % referred or asked), measured once and kept held out with sets 49 to 52, so the
        // held-out floors cover 700 notes. (Set 46 was lost with a session's workspace before it reached the
        // repository.) Of the tuning notes' false emergencies, fourteen are urgency over-calls on notes that must refer
        // anyway (chest pain that "eased after minutes sitting" is read as at rest, because those words can also tell
        // when it began); the rest are mostly someone else named only by a name ("Iain had chest pains"), a saying, a
        // printed list of warning signs under a heading ("STOP EXERCISING IF YOU EXPERIENCE:"), and numbness or a past
        // event whose all-clear is told in the next sentence, which an explanation does not reach (letting it reach
        // cleared real signs followed by "Went to work anyway"). Set 61 is fifty night-pain notes only (25 must refer,
        // 25 look-alikes), written to find where the night flag fails: it read at 48.0 %, 4.0 % and none on KB
        // 2027.02.11, and one of its twelve referrals came only through the wrong flag (remedies "lie down, sit up, hot
        // pack" read as breathlessness lying flat, mended on KB 2027.02.12). It joined the tuning notes with its
        // fourteen misses, which tell "it failed" in words no list holds ("doesn't budge", "make no odds", "zero
        // difference"), so the recall and referred-or-asked floors moved down with it.
        #expect(tuning.recall >= 0.983, "\(tuning)")
        #expect(tuning.falseReferralRate <= 0.018, "\(tuning)")
        #expect(tuning.falseEmergencies.count <= 42, "\(tuning)")
        // Few notes that must refer are cleared without a question, on the notes the rules were tuned on; a past
        // clot or a plan about one is asked about rather than passed over, unless the client then says they have had
        // none of it.
        #expect(tuning.referredOrAsked >= 0.986, "\(tuning)")
        #expect(tuning.questionRate <= 0.121, "\(tuning)")
        // Every quote gives the note's own words, never a marker word the reader put in for a number.
        let markerQuotes = tuning.outcomes.flatMap(\.quotes).filter { quote in
            TriageQuoteTests.markers.contains { quote.contains($0) }
        }
        #expect(markerQuotes.isEmpty, "\(markerQuotes.prefix(5))")
        let heldOut = try Self.corpus("triage-measure").score(with: triage)
        #expect(heldOut.recall >= 0.866, "\(heldOut)")
        #expect(heldOut.falseReferralRate <= 0.105, "\(heldOut)")
        #expect(heldOut.falseEmergencies.count <= 17, "\(heldOut)")
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

    /// Shows how one note reads, for a person tuning the rules: `TRIAGE_NOTE='…' swift test --filter probe`
    /// (optionally TRIAGE_SEX, TRIAGE_AGE and TRIAGE_PREGNANT=1).
    @Test func probe() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let text = environment["TRIAGE_NOTE"] else { return }
        let safety = try knowledge().safety
        let scanner = NoteScanner(flags: safety.redFlags, cues: safety.noteReading)
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
