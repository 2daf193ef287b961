import Fluent
import Foundation
import RebalanceCore

/// Home and studio sessions side by side on the trainer's progress page: where each was done, what was done, pain
/// before and after, and any flare (decided once, when the session was saved).
struct SessionHistory {
    struct Row: Encodable {
        let day: String
        let place: String
        let exercises: String
        let pain: String
        let flare: String
        let href: String
    }

    /// The latest sessions first, up to `limit`.
    static func rows(of client: Client, limit: Int = 30, on db: any Database) async throws -> [Row] {
        let clientID = try client.requireID()
        let records = try await SessionRecord.query(on: db).filter(\.$client.$id == clientID)
            .sort(\.$day, .descending).sort(\.$createdAt, .descending).limit(limit).all()
        return try records.map { record in
            let log = try record.log
            let pain = log.pain.compactMap { check -> String? in
                guard check.before != nil || check.after != nil else { return nil }
                let site = OutcomeTrend.Site(region: check.region, side: check.side).plainName
                return "\(site) \(check.before.map(String.init) ?? "–") → \(check.after.map(String.init) ?? "–")"
            }
            return Row(
                day: BookingTimeText.day(log.date),
                // Sessions noted in the client app carry the app's key; the studio's are logged by a trainer.
                place: record.clientKey == nil ? "Studio" : "Home",
                exercises: log.exercises.count == 1 ? "1 exercise" : "\(log.exercises.count) exercises",
                pain: pain.isEmpty ? "—" : pain.joined(separator: "; "), flare: record.flare,
                href: "/staff/clients/\(clientID.uuidString.lowercased())/sessions/"
                    + (try record.requireID().uuidString.lowercased()))
        }
    }
}
