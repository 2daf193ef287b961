import Fluent
import Foundation
import RebalanceCore

/// A client of the studio: contact details, the facts the engine and the program generator need, and where the
/// client stands (referred, cleared, re-check due, archived).
///
/// `@unchecked Sendable`: Fluent models are classes with property wrappers, used by one request at a time.
final class Client: Model, @unchecked Sendable {
    static let schema = "clients"

    /// Where the client stands with the health screen.
    enum Referral: String, Codable, Sendable {
        /// No warning sign on record.
        case none
        /// A warning sign: no programming until a clinician's clearance is recorded.
        case awaitingClearance
        /// A clinician cleared the client after a warning sign.
        case cleared
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "studio_id") var studio: Studio
    @OptionalParent(key: "lead_id") var lead: Lead?
    @OptionalParent(key: "self_screen_id") var selfCheck: SelfCheckRecord?
    @Field(key: "name") var name: String
    /// Lower-cased; for search and matching bookings.
    @Field(key: "email") var email: String
    @OptionalField(key: "phone") var phone: String?
    /// `YYYY-MM-DD`; empty when not known.
    @Field(key: "date_of_birth") var dateOfBirth: String
    @OptionalField(key: "sex") var sex: Sex?
    @Field(key: "goals") var goals: String
    /// `[PainArea]` as JSON.
    @Field(key: "pain_areas") var painAreasJSON: String
    /// Kit at home, `[Equipment]` as JSON.
    @Field(key: "equipment") var equipmentJSON: String
    @Field(key: "sessions_per_week") var sessionsPerWeek: Int
    @Field(key: "minutes_per_session") var minutesPerSession: Int
    @Field(key: "setting") var setting: TrainingSetting
    @Field(key: "level") var level: Int
    /// Conditions the trainer knows of that shape the program, `[TrainingCondition]` as JSON; empty for none.
    @Field(key: "conditions") var conditionsJSON: String
    /// Where a recent operation was; exercises that load it are marked in the program.
    @OptionalField(key: "surgery_region") var surgeryRegion: Region?
    @Field(key: "referral") var referral: Referral
    /// `YYYY-MM-DD` of the next re-check; empty when none is planned.
    @Field(key: "recheck_due") var recheckDue: String
    @Field(key: "notes") var notes: String
    /// The active program's phase, kept here for the client list; empty without a program.
    @Field(key: "current_phase") var currentPhase: String
    /// "name email" in lower case, for search on both databases alike.
    @Field(key: "search_text") var searchText: String
    @OptionalField(key: "archived_at") var archivedAt: Date?
    /// When the trainer invited the client to the app; from then on the client signs in instead of using a link.
    @OptionalField(key: "app_invited_at") var appInvitedAt: Date?
    /// Home-session reminders: weekdays as "monday,thursday" (empty: off), minutes after midnight, and the zone
    /// the client keeps time in (empty: the studio's).
    @Field(key: "reminder_days") var reminderDays: String
    @OptionalField(key: "reminder_minute") var reminderMinute: Int?
    @Field(key: "reminder_zone") var reminderZone: String
    /// Whether the client hears by email when the studio writes in the message thread.
    @Field(key: "message_emails") var messageEmails: Bool
    /// Whether the client gets an email a few days before the re-check date.
    @Field(key: "recheck_emails") var recheckEmails: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    /// "Ana" for Ana Diaz: how the client app and its emails greet the client.
    var firstName: String { name.split(separator: " ").first.map(String.init) ?? name }

    init(studioID: UUID, name: String, email: String) {
        reminderDays = ""
        reminderZone = ""
        messageEmails = true
        recheckEmails = true
        $studio.id = studioID
        self.name = name
        self.email = email.lowercased()
        dateOfBirth = ""
        goals = ""
        painAreasJSON = "[]"
        equipmentJSON = "[]"
        conditionsJSON = ""
        sessionsPerWeek = 2
        minutesPerSession = 45
        setting = .studio
        level = 2
        referral = .none
        recheckDue = ""
        notes = ""
        currentPhase = ""
        searchText = ""
        refreshSearchText()
    }

    /// Call after changing the name or email.
    func refreshSearchText() {
        searchText = "\(name) \(email)".lowercased()
    }

    var painAreas: [PainArea] {
        get throws { try JSONColumn.decode([PainArea].self, painAreasJSON, empty: []) }
    }

    func setPainAreas(_ areas: [PainArea]) throws {
        painAreasJSON = try JSONColumn.encode(areas)
    }

    var equipment: Set<Equipment> {
        get throws { Set(try JSONColumn.decode([Equipment].self, equipmentJSON, empty: [])) }
    }

    var conditions: Set<TrainingCondition> {
        get throws { Set(try JSONColumn.decode([TrainingCondition].self, conditionsJSON, empty: [])) }
    }

    func setConditions(_ conditions: Set<TrainingCondition>) throws {
        conditionsJSON =
            conditions.isEmpty ? "" : try JSONColumn.encode(conditions.sorted { $0.rawValue < $1.rawValue })
    }

    func setEquipment(_ equipment: Set<Equipment>) throws {
        equipmentJSON = try JSONColumn.encode(equipment.sorted { $0.rawValue < $1.rawValue })
    }

    /// Age on `day`, from the date of birth.
    func age(on day: CalendarDay) -> Int? {
        guard let born = CalendarDay(dateOfBirth) else { return nil }
        let years = day.year - born.year - ((day.month, day.day) < (born.month, born.day) ? 1 : 0)
        return years >= 0 ? years : nil
    }

    /// What the program generator needs to know about the client's week and kit.
    var programOptions: ProgramOptions {
        get throws {
            ProgramOptions(
                sessionsPerWeek: sessionsPerWeek, minutesPerSession: minutesPerSession, equipment: try equipment,
                setting: setting, level: level, conditions: try conditions, surgeryRegion: surgeryRegion)
        }
    }

    var isArchived: Bool { archivedAt != nil }
}
