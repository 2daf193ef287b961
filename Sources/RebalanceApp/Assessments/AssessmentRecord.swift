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

    /// The day it was performed as pages write it ("Monday, November 30, 2026").
    var performedOnText: String { CalendarDay(performedOn).map(BookingTimeText.day) ?? performedOn }

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
