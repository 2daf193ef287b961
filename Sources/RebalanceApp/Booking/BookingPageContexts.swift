import Foundation
import RebalanceCore
import Vapor

/// Step 1 of booking: the session types, with what a red-flag self-check rules out.
struct BookTypesContext: Encodable {
    struct Card: Encodable {
        let name: String
        let summary: String
        let duration: String
        let price: String
        /// `nil` when the client cannot book this type; `blocked` then says why.
        let href: String?
        let blocked: String?
    }

    let page: PageContext
    let steps: [BookingStep]
    let cards: [Card]
    let referral: [SelfCheckResultContext.ReferralItem]?
    let hasReferral: Bool
    let policyHours: Int
    /// Said once, above the cards, while no session can be booked online at all.
    let closedNotice: String?
}

/// Step 2: who to see.
struct BookTrainerContext: Encodable {
    struct Choice: Encodable {
        let name: String
        let href: String
    }

    let page: PageContext
    let steps: [BookingStep]
    let typeName: String
    let anyHref: String
    /// Empty when nobody takes online bookings for this session yet; `contact` then says how to reach the studio.
    let trainers: [Choice]
    let hasTrainers: Bool
    let contact: String
    let backHref: String
}

/// Step 3: the day and the time.
struct BookSlotsContext: Encodable {
    let page: PageContext
    let steps: [BookingStep]
    let heading: String
    let typeName: String
    let trainerName: String
    let picker: SlotPicker
    let zoneName: String
    let zoneChoices: [ZoneChoice]
    let zoneFormAction: String
    /// Hidden fields the zone form must keep (check token, month).
    let keep: [HiddenField]
    let notice: String?
    let alternatives: [SlotPicker.Time]?
    let backHref: String
    let studioZoneName: String
    let differentZone: Bool
}

/// Step 4: the client's details (and the health questions when there is no self-check).
struct BookDetailsContext: Encodable {
    let page: PageContext
    let steps: [BookingStep]
    let typeName: String
    let trainerName: String
    let when: String
    let whenAtStudio: String?
    let action: String
    let backHref: String
    let start: String
    let trainer: String
    let tz: String?
    let check: String?
    let name: String
    let email: String
    let phone: String
    let askHealth: Bool
    /// The one question that stands for every warning sign ("Do any of these apply to you now?"), asked first.
    let warningSigns: WarningSignsQuestion?
    /// Whether each warning-sign question is asked on its own: after "yes" to the first question.
    let askEachSign: Bool
    let healthQuestions: [SelfCheckStepPage.YesNoField]
    let redFlagQuestions: [SelfCheckStepPage.YesNoField]
    let errors: [FieldErrorItem]
    let hasErrors: Bool
    let errorCount: Int
    let nameError: String?
    let emailError: String?
    let phoneError: String?
    let policyError: String?
    let policyHours: Int
    let formMessage: String?
}

/// A hidden form field.
struct HiddenField: Encodable {
    let name: String
    let value: String
}

/// One entry of the booking steps indicator.
struct BookingStep: Encodable {
    let number: Int
    let title: String
    let current: Bool
    let done: Bool

    static let titles = ["Session", "Trainer", "Day and time", "Your details"]

    static func list(current: Int) -> [BookingStep] {
        titles.enumerated().map {
            BookingStep(
                number: $0.offset + 1, title: $0.element, current: $0.offset + 1 == current,
                done: $0.offset + 1 < current)
        }
    }
}

/// The client's page for one booking: confirmation, calendar file, move and cancel.
struct ManageBookingContext: Encodable {
    let page: PageContext
    let justBooked: Bool
    let justMoved: Bool
    let status: String
    let cancelled: Bool
    let typeName: String
    let trainerName: String
    let when: String
    let whenAtStudio: String?
    let duration: String
    let clientName: String
    let clientEmail: String
    let address: String
    let calendarHref: String
    let moveHref: String?
    let cancelAction: String?
    let token: String
    let late: Bool
    let lateCancellation: Bool
    let closed: Bool
    let policyHours: Int
    let moveBlocked: String?
    let error: String?
}

/// "Move to Thursday 10:00?" before the change is made.
struct ConfirmMoveContext: Encodable {
    let page: PageContext
    let typeName: String
    let from: String
    let to: String
    let action: String
    let token: String
    let start: String
    let backHref: String
}

/// "Do any of these apply to you now?" over the list of warning signs: most people answer one question instead
/// of a dozen, and a "yes" opens the questions one by one.
struct WarningSignsQuestion: Encodable {
    static let field = "signs.any"

    let signs: [String]
    let yes: Bool
    let no: Bool
    let error: String?
}
