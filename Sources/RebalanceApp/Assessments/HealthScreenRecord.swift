import Fluent
import Foundation
import RebalanceCore

/// One in-studio health screen: the PAR-Q+-style answers, blood pressure, pregnancy, warning signs and notes,
/// with the triage outcome at the time.
final class HealthScreenRecord: Model, @unchecked Sendable {
    static let schema = "health_screens"

    /// What the client answered, as the engine reads it.
    struct Answers: Codable, Sendable, Equatable {
        var healthScreen: HealthScreen
        var redFlags: [RedFlagID]
        var notes: String
        /// The trainer's answers to confirming questions about signs in the notes.
        var confirmations: [Confirmation] = []

        init(healthScreen: HealthScreen, redFlags: [RedFlagID], notes: String, confirmations: [Confirmation] = []) {
            self.healthScreen = healthScreen
            self.redFlags = redFlags
            self.notes = notes
            self.confirmations = confirmations
        }

        private enum CodingKeys: String, CodingKey {
            case healthScreen, redFlags, notes, confirmations
        }

        /// Screens saved before confirming questions existed have no answers.
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            healthScreen = try c.decode(HealthScreen.self, forKey: .healthScreen)
            redFlags = try c.decode([RedFlagID].self, forKey: .redFlags)
            notes = try c.decode(String.self, forKey: .notes)
            confirmations = try c.decodeIfPresent([Confirmation].self, forKey: .confirmations) ?? []
        }
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    /// `Answers` as JSON.
    @Field(key: "answers") var answersJSON: String
    @Field(key: "clearance") var clearance: Clearance
    /// The referral reasons' names at the time, for the record.
    @Field(key: "reasons") var reasons: String
    @Field(key: "performed_on") var performedOn: String
    @Field(key: "recorded_by") var recordedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        clientID: UUID, answers: Answers, clearance: Clearance, reasons: [String], performedOn: CalendarDay,
        recordedBy: String
    ) throws {
        $client.id = clientID
        answersJSON = try JSONColumn.encode(answers)
        self.clearance = clearance
        self.reasons = reasons.joined(separator: "; ")
        self.performedOn = performedOn.description
        self.recordedBy = recordedBy
    }

    var answers: Answers {
        get throws {
            try JSONColumn.decode(
                Answers.self, answersJSON, empty: Answers(healthScreen: HealthScreen(), redFlags: [], notes: ""))
        }
    }
}
