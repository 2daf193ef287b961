import Foundation

/// A set of free-text notes with the triage answer a clinician expects, and how the engine scores on them.
///
/// The notes are written by people who never read the triage rules (trainers' shorthand, clients' own words,
/// British and American) and kept with the tests; the benchmark prints the same figures.
public struct TriageCorpus: Sendable {
    /// One note and its expected answer.
    public struct Note: Decodable, Sendable {
        /// The person the note is about.
        public struct Person: Decodable, Sendable {
            public let sex: Sex
            public let age: Int
            public let pregnant: Bool
        }

        public let id: String
        public let note: String
        public let client: Person
        /// Whether a clinician must be seen first.
        public let refer: Bool
        /// The flag that should be raised (for a look-alike: the one a careless reader would raise).
        public let flag: String?
        public let urgency: Urgency?
        /// The kind of wording this note tests, e.g. "negation after the term".
        public let `class`: String

        /// The note as a case: the text, the person and nothing else.
        public var asCase: Case {
            Case(
                client: ClientBasics(age: client.age, sex: client.sex),
                healthScreen: HealthScreen(pregnant: client.pregnant), notes: note)
        }
    }

    /// What the engine did with one note.
    public struct Outcome: Sendable {
        public let note: Note
        public let referred: Bool
        /// The most urgent reason given, if any.
        public let urgency: Urgency?
        public let reasons: [String]
        /// Confirming questions raised (only when not referred, a question is what the trainer sees first).
        public let questions: [ConfirmingQuestion]
        /// The words quoted to the trainer from the note, by the reasons and the questions.
        public let quotes: [String]

        /// Not referred, but a confirming question stops clearance until someone answers it.
        public var isAsked: Bool { !referred && !questions.isEmpty }
        public var isMissed: Bool { note.refer && !referred }
        /// Neither referred nor asked about: cleared without anyone looking again.
        public var isMissedEvenByQuestions: Bool { isMissed && !isAsked }
        public var isFalseReferral: Bool { !note.refer && referred }
        /// An emergency the note does not call for.
        public var isFalseEmergency: Bool { urgency == .emergency && note.urgency != .emergency }
    }

    /// The figures the targets are stated in.
    public struct Score: Sendable, CustomStringConvertible {
        public let outcomes: [Outcome]

        public var mustRefer: Int { outcomes.filter(\.note.refer).count }
        public var mustNotRefer: Int { outcomes.count - mustRefer }
        /// Referred among the notes that must refer.
        public var recall: Double { mustRefer == 0 ? 1 : Double(mustRefer - missed.count) / Double(mustRefer) }
        /// Referred among the notes that must not refer.
        public var falseReferralRate: Double {
            mustNotRefer == 0 ? 0 : Double(falseReferrals.count) / Double(mustNotRefer)
        }
        public var missed: [Outcome] { outcomes.filter(\.isMissed) }
        public var falseReferrals: [Outcome] { outcomes.filter(\.isFalseReferral) }
        public var falseEmergencies: [Outcome] { outcomes.filter(\.isFalseEmergency) }
        /// Referred or asked about, among the notes that must refer.
        public var referredOrAsked: Double {
            mustRefer == 0
                ? 1 : Double(mustRefer - outcomes.filter(\.isMissedEvenByQuestions).count) / Double(mustRefer)
        }
        /// Asked about, among the notes that must not refer: the questions' cost in the trainer's time.
        public var questionRate: Double {
            mustNotRefer == 0
                ? 0 : Double(outcomes.filter { !$0.note.refer && $0.isAsked }.count) / Double(mustNotRefer)
        }

        public var description: String {
            String(
                format:
                    "%d notes: recall %.1f %% (%d missed of %d), "
                    + "false referrals %.1f %% (%d of %d), false emergencies %d; "
                    + "referred or asked %.1f %%, questions on %.1f %% of the notes that must not refer",
                outcomes.count, recall * 100, missed.count, mustRefer, falseReferralRate * 100, falseReferrals.count,
                mustNotRefer, falseEmergencies.count, referredOrAsked * 100, questionRate * 100)
        }
    }

    public let notes: [Note]

    /// Reads notes from JSON arrays (one per author).
    public init(json files: [Data]) throws {
        notes = try files.flatMap { try JSONDecoder().decode([Note].self, from: $0) }
    }

    /// Runs `triage` on every note selected by `include`.
    public func score(with triage: Triage, where include: (Note) -> Bool = { _ in true }) -> Score {
        Score(
            outcomes: notes.filter(include).map { note in
                let result = triage.evaluate(note.asCase)
                return Outcome(
                    note: note, referred: result.referral.required,
                    urgency: result.referral.urgency, reasons: result.referral.reasons.map(\.id),
                    questions: result.questions,
                    quotes: result.referral.reasons.compactMap(\.evidence) + result.questions.map(\.excerpt))
            })
    }
}
