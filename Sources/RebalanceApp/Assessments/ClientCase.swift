import Fluent
import Foundation
import RebalanceCore

/// A client's record as the engine's case: age and sex, goals, pain, the latest in-studio health screen (its
/// answers, warning signs and notes), and the findings of one assessment.
enum ClientCase {
    /// `confirmations` are answers given with this form; the screen's own answers always come along.
    static func make(
        _ client: Client, screen: HealthScreenRecord.Answers?, findings: [Finding], notes: String, on day: CalendarDay,
        confirmations: [Confirmation] = []
    ) throws -> Case {
        Case(
            client: ClientBasics(age: client.age(on: day), sex: client.sex),
            goals: client.goals.isEmpty ? [] : [client.goals],
            painAreas: try client.painAreas, healthScreen: screen?.healthScreen, redFlags: screen?.redFlags ?? [],
            notes: [screen?.notes ?? "", notes].filter { !$0.isEmpty }.joined(separator: "\n"), findings: findings,
            confirmations: (screen?.confirmations ?? []) + confirmations)
    }

    /// The latest health screen's answers, if the client has had one.
    static func latestScreen(_ client: Client, on db: any Database) async throws -> HealthScreenRecord.Answers? {
        try await HealthScreenRecord.query(on: db).filter(\.$client.$id == client.requireID()).sort(
            \.$createdAt, .descending
        ).first()?.answers
    }
}
