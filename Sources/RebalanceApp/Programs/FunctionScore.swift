import Fluent
import Foundation
import RebalanceCore

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
