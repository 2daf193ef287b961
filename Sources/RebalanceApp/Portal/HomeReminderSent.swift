import Fluent
import Foundation

/// A home-session reminder that went to the outbox: the unique (client, day, round) keeps it to one.
final class HomeReminderSent: Model, @unchecked Sendable {
    static let schema = "home_reminders_sent"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Field(key: "day") var day: String
    @Field(key: "round") var round: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(clientID: UUID, day: String, round: Int) {
        $client.id = clientID
        self.day = day
        self.round = round
    }
}
