import Fluent
import Foundation
import RebalanceCore

/// A prospective client's self-check, saved after every step under a private unguessable token.
///
/// `@unchecked Sendable`: Fluent models are classes with property wrappers, used by one request at a time.
final class SelfScreenRecord: Model, @unchecked Sendable {
    static let schema = "self_screens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "studio_id") var studio: Studio
    /// The fingerprint of the link's token (`SecretToken`): the token is the only key to the answers, and only
    /// the visitor holds it.
    @Field(key: "token_hash") var tokenHash: String
    /// The answers as JSON (`SelfScreenAnswers`), so a new question never needs a migration.
    @Field(key: "answers") var answersJSON: String
    @OptionalField(key: "completed_at") var completedAt: Date?
    /// When it was started, by the app's time source: abandoned drafts are purged a day after this.
    @OptionalField(key: "created_at") var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(studioID: UUID, token: String, answers: SelfScreenAnswers, startedAt: Date) throws {
        $studio.id = studioID
        createdAt = startedAt
        tokenHash = SecretToken.fingerprint(token)
        answersJSON = try Self.encode(answers)
    }

    var answers: SelfScreenAnswers {
        get throws { try JSONColumn.decode(SelfScreenAnswers.self, answersJSON) }
    }

    func save(answers: SelfScreenAnswers, now: Date) throws {
        answersJSON = try Self.encode(answers)
        if answers.isComplete, completedAt == nil { completedAt = now }
    }

    private static func encode(_ answers: SelfScreenAnswers) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(answers), as: UTF8.self)
    }
}

/// A prospective client who left their details, with the self-check they came from.
final class Lead: Model, @unchecked Sendable {
    static let schema = "leads"

    /// Where the trainer is with this lead.
    enum Status: String, Codable, CaseIterable, Sendable {
        case new, contacted, booked, notAFit
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "studio_id") var studio: Studio
    @OptionalParent(key: "self_screen_id") var selfScreen: SelfScreenRecord?
    @Field(key: "name") var name: String
    @Field(key: "email") var email: String
    @OptionalField(key: "phone") var phone: String?
    @Field(key: "preferred_times") var preferredTimes: String
    @Field(key: "consent_contact") var consentToContact: Bool
    @Field(key: "consent_health") var consentToStoreHealth: Bool
    /// Set when the self-check raised a red flag, so the inbox can mark it.
    @Field(key: "red_flag") var redFlag: Bool
    @Enum(key: "status") var status: Status
    @Field(key: "notes") var notes: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(studioID: UUID, selfScreenID: UUID?, details: LeadDetails, redFlag: Bool) {
        $studio.id = studioID
        $selfScreen.id = selfScreenID
        name = details.name
        email = details.email
        phone = details.phone
        preferredTimes = details.preferredTimes
        consentToContact = details.consentToContact
        consentToStoreHealth = details.consentToStoreHealth
        self.redFlag = redFlag
        status = .new
        notes = ""
    }
}
