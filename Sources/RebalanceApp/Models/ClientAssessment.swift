import Fluent
import Foundation
import RebalanceCore

/// An in-studio assessment: findings entered over one or two sessions (a draft until completed), then the
/// engine's result kept with the knowledge-base version it was made with.
final class AssessmentRecord: Model, @unchecked Sendable {
    static let schema = "assessments"

    enum Status: String, Codable, Sendable {
        case draft, complete
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Field(key: "status") var status: Status
    /// A re-check repeats some tests of an earlier assessment and is compared with it.
    @OptionalField(key: "compared_with") var comparedWith: UUID?
    @Field(key: "performed_on") var performedOn: String
    /// `[Finding]` as JSON.
    @Field(key: "findings") var findingsJSON: String
    @Field(key: "notes") var notes: String
    /// The `Assessment` as JSON once complete; empty for a draft.
    @Field(key: "result") var resultJSON: String
    @Field(key: "knowledge_version") var knowledgeVersion: String
    @Field(key: "recorded_by") var recordedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(clientID: UUID, performedOn: CalendarDay, recordedBy: String, comparedWith: UUID? = nil) {
        $client.id = clientID
        status = .draft
        self.comparedWith = comparedWith
        self.performedOn = performedOn.description
        findingsJSON = "[]"
        notes = ""
        resultJSON = ""
        knowledgeVersion = ""
        self.recordedBy = recordedBy
    }

    var findings: [Finding] {
        get throws { try JSONColumn.decode([Finding].self, findingsJSON, empty: []) }
    }

    func setFindings(_ findings: [Finding]) throws {
        findingsJSON = try JSONColumn.encode(findings)
    }

    /// The engine's result; `nil` while the assessment is a draft.
    var result: Assessment? {
        get throws { resultJSON.isEmpty ? nil : try JSONColumn.decode(Assessment.self, resultJSON) }
    }
}

/// A client's corrective program: which phase they are in, and since when. Its content lives in versions.
final class ProgramRecord: Model, @unchecked Sendable {
    static let schema = "programs"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Parent(key: "assessment_id") var assessment: AssessmentRecord
    @Field(key: "phase") var phase: ExerciseDefinition.Phase
    @Field(key: "phase_started_on") var phaseStartedOn: String
    @Field(key: "active") var active: Bool
    /// The fingerprint of the client's read-only link to the program (`SecretToken`). Before a link is made it is
    /// the fingerprint of a token nobody was given, so no link opens the program.
    @Field(key: "share_token_hash") var shareTokenHash: String
    /// When the current link was made; `nil` while no link has been given out.
    @OptionalField(key: "share_link_made_at") var shareLinkMadeAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(clientID: UUID, assessmentID: UUID, startedOn: CalendarDay) {
        $client.id = clientID
        $assessment.id = assessmentID
        phase = .reposition
        phaseStartedOn = startedOn.description
        active = true
        shareTokenHash = SecretToken.fingerprint(SecretToken.make())
    }

    /// Makes a new private link for the client, turning the previous one off, and returns its token: the only
    /// time it is known, since only its fingerprint is kept.
    func makeShareLink(now: Date) -> String {
        let token = SecretToken.make()
        shareTokenHash = SecretToken.fingerprint(token)
        shareLinkMadeAt = now
        return token
    }
}

/// One version of a program: the whole program as it stood, what changed, who changed it and why.
final class ProgramVersion: Model, @unchecked Sendable {
    static let schema = "program_versions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "program_id") var program: ProgramRecord
    @Field(key: "number") var number: Int
    /// `CorrectiveProgram` as JSON.
    @Field(key: "content") var contentJSON: String
    @Field(key: "change") var change: String
    @Field(key: "changed_by") var changedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(programID: UUID, number: Int, content: CorrectiveProgram, change: String, changedBy: String) throws {
        $program.id = programID
        self.number = number
        contentJSON = try JSONColumn.encode(content)
        self.change = change
        self.changedBy = changedBy
    }

    var content: CorrectiveProgram {
        get throws { try JSONColumn.decode(CorrectiveProgram.self, contentJSON) }
    }
}

/// One logged session: exercises done with sets, load and effort, pain before and after, notes.
final class SessionRecord: Model, @unchecked Sendable {
    static let schema = "session_logs"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @OptionalParent(key: "program_id") var program: ProgramRecord?
    @Field(key: "day") var day: String
    /// `SessionLog` as JSON.
    @Field(key: "log") var logJSON: String
    @Field(key: "recorded_by") var recordedBy: String
    /// Pain that rose 2 or more since the client's previous session ("right knee 3 → 6"); empty when none.
    @Field(key: "flare") var flare: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(clientID: UUID, programID: UUID?, log: SessionLog, recordedBy: String, flare: String = "") throws {
        $client.id = clientID
        $program.id = programID
        day = log.date.description
        logJSON = try JSONColumn.encode(log)
        self.recordedBy = recordedBy
        self.flare = flare
    }

    var log: SessionLog {
        get throws { try JSONColumn.decode(SessionLog.self, logJSON) }
    }

    /// Every session logged for a client, in no particular order (what `CurrentPain` reads).
    static func logs(of clientID: UUID, on db: any Database) async throws -> [SessionLog] {
        try await query(on: db).filter(\.$client.$id == clientID).all().map { try $0.log }
    }
}

/// Patient-Specific Functional Scale: the client's own activities, each rated 0 (cannot) to 10 (as before).
final class FunctionScore: Model, @unchecked Sendable {
    static let schema = "function_scores"

    /// One activity and its rating.
    struct Item: Codable, Sendable, Equatable {
        var activity: String
        var score: Int

        /// The mean score of a rating's activities; `nil` without any.
        static func mean(_ items: [Item]) -> Double? {
            items.isEmpty ? nil : Double(items.map(\.score).reduce(0, +)) / Double(items.count)
        }
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Field(key: "day") var day: String
    /// `[Item]` as JSON.
    @Field(key: "items") var itemsJSON: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(clientID: UUID, day: CalendarDay, items: [Item]) throws {
        $client.id = clientID
        self.day = day.description
        itemsJSON = try JSONColumn.encode(items)
    }

    var items: [Item] {
        get throws { try JSONColumn.decode([Item].self, itemsJSON, empty: []) }
    }

    /// The mean of the ratings (the PSFS score).
    var mean: Double? {
        get throws { Item.mean(try items) }
    }
}
