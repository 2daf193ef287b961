import Foundation
import RebalanceCore
import Vapor

/// Why a booking could not be made or changed, with the words the client or trainer sees.
enum BookingFailure: Error, Sendable {
    case unknownSessionType(String)
    case unknownTrainer
    case notOfferedBy(trainer: String, type: String)
    case refused(Availability.Refusal, zone: TimeZone)
    /// Someone else took the time first; the nearest free slots come with it.
    case taken(alternatives: [Slot])
    case referralRequired(consultationAllowed: Bool)
    case alreadyCancelled
    case sessionStarted
    /// Inside the policy window a client can cancel but not move a session online.
    case lateMove(windowHours: Int)
    case invalid([FieldError])

    /// One field and what is wrong with it.
    struct FieldError: Sendable, Equatable {
        let field: String
        let message: String
    }

    var message: String {
        switch self {
        case .unknownSessionType(let id):
            "There is no session type \"\(id)\". Choose one of the sessions on the booking page."
        case .unknownTrainer: "That trainer does not take bookings here."
        case .notOfferedBy(let trainer, let type):
            "\(trainer) does not offer \(type). Choose another trainer or \"any trainer\"."
        case .refused(let refusal, let zone):
            switch refusal {
            case .inThePast: "That time has already passed. Please choose a later time."
            case .insideNotice(let earliest):
                "That is too soon to prepare for. "
                    + "The earliest time we can take is \(BookingTimeText.dayAndTime(earliest, in: zone))."
            case .beyondHorizon(let lastDay):
                "We take bookings up to \(BookingTimeText.day(lastDay)). Please choose an earlier day."
            case .outsideAvailability: "That time is not one of the offered times. Please choose a time from the list."
            case .taken: "That time was just taken. Please choose another time."
            }
        case .taken: "That time has just been taken. Here are the nearest free times."
        case .referralRequired(let consultationAllowed):
            consultationAllowed
                ? "Your answers mean a clinician should see you before you train. "
                    + "You can book a free consultation, which involves no exercise."
                : "Your answers mean a clinician should see you before you train. "
                    + "Please see them first, then book with us."
        case .alreadyCancelled: "This booking is already cancelled."
        case .sessionStarted:
            "This session has already started or passed, so it can no longer be changed online. Please call the studio."
        case .lateMove(let hours):
            "Sessions can be moved online up to \(hours) hours before they start. "
                + "Please call the studio, or cancel (a late cancellation is recorded)."
        case .invalid(let errors): errors.map(\.message).joined(separator: " ")
        }
    }

    var status: HTTPStatus {
        switch self {
        case .unknownSessionType, .unknownTrainer, .notOfferedBy, .invalid: .badRequest
        case .refused(.taken, _), .taken: .conflict
        case .refused: .badRequest
        case .referralRequired: .unprocessableEntity
        case .alreadyCancelled, .sessionStarted, .lateMove: .conflict
        }
    }
}

extension BookingFailure {
    /// A short, fixed name for the kind of failure: a metrics label, so it never carries a name or a time.
    var kind: String {
        switch self {
        case .unknownSessionType: "unknown_session_type"
        case .unknownTrainer: "unknown_trainer"
        case .notOfferedBy: "not_offered"
        case .refused(.inThePast, _): "in_the_past"
        case .refused(.insideNotice, _): "inside_notice"
        case .refused(.beyondHorizon, _): "beyond_horizon"
        case .refused(.outsideAvailability, _): "outside_availability"
        case .refused(.taken, _), .taken: "taken"
        case .referralRequired: "referral_required"
        case .alreadyCancelled: "already_cancelled"
        case .sessionStarted: "session_started"
        case .lateMove: "late_move"
        case .invalid: "invalid"
        }
    }
}
