import Fluent
import Foundation
import RebalanceCore

/// A prospective client who left their details, with the self-check they came from.
final class Lead: Model, @unchecked Sendable {
    static let schema = "leads"

    /// Where the trainer is with this lead.
    enum Status: String, Codable, CaseIterable, Sendable {
        case new, contacted, booked, notAFit
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "studio_id") var studio: Studio
    @OptionalParent(key: "self_screen_id") var selfCheck: SelfCheckRecord?
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

    init(studioID: UUID, selfCheckID: UUID?, details: LeadDetails, redFlag: Bool) {
        $studio.id = studioID
        $selfCheck.id = selfCheckID
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
