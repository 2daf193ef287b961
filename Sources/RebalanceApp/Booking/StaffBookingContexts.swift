import Foundation
import RebalanceCore
import Vapor

extension Array {
    /// `nil` when empty: Leaf's `#if` treats any array, even an empty one, as true, but `nil` as false.
    var nonEmpty: [Element]? { isEmpty ? nil : self }
}

/// One booking as a line of the agenda.
struct AgendaItem: Encodable {
    let id: String
    let time: String
    let end: String
    let client: String
    let type: String
    let trainer: String
    let status: String
    let cancelled: Bool
    let flagged: Bool
}

/// One day of the agenda.
struct AgendaDay: Encodable {
    let label: String
    let isToday: Bool
    let items: [AgendaItem]
    let empty: Bool
}

/// The trainer's day or week of bookings.
struct AgendaContext: Encodable {
    let page: PageContext
    let heading: String
    let days: [AgendaDay]
    let previousHref: String
    let nextHref: String
    let todayHref: String
    let dayHref: String
    let weekHref: String
    let isWeek: Bool
    let trainers: [TrainerFilter]
    let date: String
    let view: String
    let count: Int
    let needsHours: Bool
}

/// A trainer choice in a filter or a form.
struct TrainerFilter: Encodable {
    let id: String
    let name: String
    let selected: Bool
}

/// A session type choice in a form.
struct TypeChoice: Encodable {
    let id: String
    let name: String
    let selected: Bool
}

/// The trainer's page for one booking: details, history, and what can be done with it.
struct StaffBookingContext: Encodable {
    struct Change: Encodable {
        let when: String
        let who: String
        let summary: String
    }

    let page: PageContext
    let id: String
    let typeName: String
    let status: String
    let cancelled: Bool
    let when: String
    let duration: String
    let trainerName: String
    let clientName: String
    let clientEmail: String
    let clientPhone: String?
    let clientZone: String?
    let madeBy: String
    let leadHref: String?
    /// The client's record in the studio, when one has this booking's email.
    let clientHref: String?
    let referral: [String]?
    let health: [String]?
    let notes: String
    let history: [Change]
    let canMark: Bool
    let canChange: Bool
    let lateHint: Bool
    let trainers: [TrainerFilter]
    let moveDate: String
    let moveTime: String
    let error: String?
    let alternatives: [String]?
    let saved: String?
}

/// The trainer's form for booking a client.
struct StaffNewBookingContext: Encodable {
    let page: PageContext
    let types: [TypeChoice]
    let trainers: [TrainerFilter]
    let date: String
    let time: String
    let name: String
    let email: String
    let phone: String
    let leadID: String?
    let outsideHours: Bool
    let error: String?
    let alternatives: [String]?
    let zoneName: String
    /// What the trainer typed to find a client, and the clients found (each a link that fills the form).
    let find: String
    let found: [ClientChoice]?
}

/// A client offered by the "find a client" search on the booking form.
struct ClientChoice: Encodable {
    let label: String
    let href: String
}
