import Fluent
import Foundation
import RebalanceCore

/// One posture photo of an assessment (front, either side, back) and the points the trainer placed on it. The
/// picture itself is a `StoredPhoto`: cleaned of metadata, kept in the database with the record it belongs to (so
/// every instance serves it and a backup holds it), and served only to the studio's staff, never cached.
final class PosturePhoto: Model, @unchecked Sendable {
    static let schema = "posture_photos"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Parent(key: "assessment_id") var assessment: AssessmentRecord
    @Field(key: "view") var view: String
    @Field(key: "photo_id") var photoID: UUID
    /// The placed points (`PostureLandmarks`, JSON); empty until the trainer places any.
    @Field(key: "landmarks") var landmarksJSON: String
    /// When its values were copied into the assessment's findings.
    @OptionalField(key: "applied_at") var appliedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(clientID: UUID, assessmentID: UUID, view: PostureView, photoID: UUID) {
        $client.id = clientID
        $assessment.id = assessmentID
        self.view = view.rawValue
        self.photoID = photoID
        landmarksJSON = ""
    }

    /// The view; a stored value that no longer reads is an error, never a guess.
    func postureView() throws -> PostureView {
        guard let view = PostureView(rawValue: view) else {
            throw UnreadableColumn(table: Self.schema, column: "view", reason: "unknown view \"\(view)\"")
        }
        return view
    }

    /// The placed points, or nil before any were placed.
    var landmarks: PostureLandmarks? {
        get throws { landmarksJSON.isEmpty ? nil : try JSONColumn.decode(PostureLandmarks.self, landmarksJSON) }
    }
}
