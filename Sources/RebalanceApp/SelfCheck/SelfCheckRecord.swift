import Fluent
import Foundation
import RebalanceCore

/// A prospective client's self-check, saved after every step under a private unguessable token.
///
/// `@unchecked Sendable`: Fluent models are classes with property wrappers, used by one request at a time.
final class SelfCheckRecord: Model, @unchecked Sendable {
    static let schema = "self_screens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "studio_id") var studio: Studio
    /// The fingerprint of the link's token (`SecretToken`): the token is the only key to the answers, and only
    /// the visitor holds it.
    @Field(key: "token_hash") var tokenHash: String
    /// The answers as JSON (`SelfCheckAnswers`), so a new question never needs a migration.
    @Field(key: "answers") var answersJSON: String
    @OptionalField(key: "completed_at") var completedAt: Date?
    /// When it was started, by the app's time source: abandoned drafts are purged a day after this.
    @OptionalField(key: "created_at") var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(studioID: UUID, token: String, answers: SelfCheckAnswers, startedAt: Date) throws {
        $studio.id = studioID
        createdAt = startedAt
        tokenHash = SecretToken.fingerprint(token)
        answersJSON = try Self.encode(answers)
    }

    var answers: SelfCheckAnswers {
        get throws { try JSONColumn.decode(SelfCheckAnswers.self, answersJSON) }
    }

    func save(answers: SelfCheckAnswers, now: Date) throws {
        answersJSON = try Self.encode(answers)
        if answers.isComplete, completedAt == nil { completedAt = now }
    }

    private static func encode(_ answers: SelfCheckAnswers) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(answers), as: UTF8.self)
    }
}
