import Fluent
import Foundation
import RebalanceCore

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
    /// The key the client's app sent with a home session, so the same session sent twice is kept once.
    @OptionalField(key: "client_key") var clientKey: String?
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
