import Fluent
import Foundation
import RebalanceCore

/// A client's corrective program: which phase they are in, and since when. Its content lives in versions.
final class ProgramRecord: Model, @unchecked Sendable {
    static let schema = "programs"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Parent(key: "assessment_id") var assessment: AssessmentRecord
    @Field(key: "phase") var phase: ExerciseDefinition.Phase
    @Field(key: "phase_started_on") var phaseStartedOn: String
    @Field(key: "active") var active: Bool
    /// The fingerprint of the client's read-only link to the program (`SecretToken`). Before a link is made it is
    /// the fingerprint of a token nobody was given, so no link opens the program.
    @Field(key: "share_token_hash") var shareTokenHash: String
    /// When the current link was made; `nil` while no link has been given out.
    @OptionalField(key: "share_link_made_at") var shareLinkMadeAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(clientID: UUID, assessmentID: UUID, startedOn: CalendarDay) {
        $client.id = clientID
        $assessment.id = assessmentID
        phase = .reposition
        phaseStartedOn = startedOn.description
        active = true
        shareTokenHash = SecretToken.fingerprint(SecretToken.make())
    }

    /// Makes a new private link for the client, turning the previous one off, and returns its token: the only
    /// time it is known, since only its fingerprint is kept.
    func makeShareLink(now: Date) -> String {
        let token = SecretToken.make()
        shareTokenHash = SecretToken.fingerprint(token)
        shareLinkMadeAt = now
        return token
    }
}
