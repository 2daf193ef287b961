import Fluent
import Foundation
import RebalanceCore

/// A clinician's clearance to exercise after a warning sign: who cleared the client, when, and the note.
final class ClearanceRecord: Model, @unchecked Sendable {
    static let schema = "clearances"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Field(key: "cleared_on") var clearedOn: String
    @Field(key: "clinician") var clinician: String
    @Field(key: "note") var note: String
    @Field(key: "recorded_by") var recordedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(clientID: UUID, clearedOn: CalendarDay, clinician: String, note: String, recordedBy: String) {
        $client.id = clientID
        self.clearedOn = clearedOn.description
        self.clinician = clinician
        self.note = note
        self.recordedBy = recordedBy
    }
}
