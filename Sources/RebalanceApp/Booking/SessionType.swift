import Fluent
import Foundation
import RebalanceCore

/// Something a client can book: a free consultation, an assessment, a 1:1 session, a re-check.
///
/// `@unchecked Sendable`: Fluent models are classes with property wrappers, used by one request at a time.
final class SessionType: Model, @unchecked Sendable {
    static let schema = "session_types"

    @ID(key: .id) var id: UUID?
    @Parent(key: "studio_id") var studio: Studio
    /// The id in URLs and the API ("assessment"): lower-case letters, digits and hyphens, unique per studio.
    @Field(key: "slug") var slug: String
    @Field(key: "name") var name: String
    @Field(key: "description") var summary: String
    /// Consultations are talk only; everything else involves exercise and is closed to red-flag clients.
    @Field(key: "kind") var kind: SessionKind
    @Field(key: "duration_minutes") var durationMinutes: Int
    @Field(key: "buffer_before_minutes") var bufferBeforeMinutes: Int
    @Field(key: "buffer_after_minutes") var bufferAfterMinutes: Int
    @Field(key: "notice_minutes") var noticeMinutes: Int
    @Field(key: "horizon_days") var horizonDays: Int
    @Field(key: "step_minutes") var stepMinutes: Int
    /// Shown as written ("Free", "$150"): prices are displayed, not charged.
    @Field(key: "price_text") var priceText: String
    /// Offered by every trainer, or only by those linked in `session_type_trainers`.
    @Field(key: "all_trainers") var allTrainers: Bool
    @Field(key: "active") var active: Bool
    @Field(key: "position") var position: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        studioID: UUID, slug: String, name: String, summary: String, kind: SessionKind, timing: SessionTiming,
        priceText: String, position: Int
    ) {
        $studio.id = studioID
        self.slug = slug
        self.name = name
        self.summary = summary
        self.kind = kind
        self.timing = timing
        self.priceText = priceText
        allTrainers = true
        active = true
        self.position = position
    }

    /// The timing rules as the booking engine reads them.
    var timing: SessionTiming {
        get {
            SessionTiming(
                durationMinutes: durationMinutes, bufferBeforeMinutes: bufferBeforeMinutes,
                bufferAfterMinutes: bufferAfterMinutes,
                minimumNoticeMinutes: noticeMinutes, horizonDays: horizonDays, slotStepMinutes: stepMinutes)
        }
        set {
            durationMinutes = newValue.durationMinutes
            bufferBeforeMinutes = newValue.bufferBeforeMinutes
            bufferAfterMinutes = newValue.bufferAfterMinutes
            noticeMinutes = newValue.minimumNoticeMinutes
            horizonDays = newValue.horizonDays
            stepMinutes = newValue.slotStepMinutes
        }
    }

    /// Whether a slug is usable in a URL: 2–40 of a–z, 0–9 and "-", not starting or ending with "-".
    static func isValidSlug(_ slug: String) -> Bool {
        (2...40).contains(slug.count) && !slug.hasPrefix("-") && !slug.hasSuffix("-")
            && slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
