import Fluent
import Foundation

/// A re-check email that went to the outbox: the unique (client, re-check day) keeps it to one per date.
final class RecheckReminderSent: Model, @unchecked Sendable {
    static let schema = "recheck_reminders_sent"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Field(key: "recheck_day") var recheckDay: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(clientID: UUID, recheckDay: String) {
        $client.id = clientID
        self.recheckDay = recheckDay
    }
}
