import Fluent
import Foundation

/// Which studio emails a member gets: new leads, and bookings and cancellations (their own, everyone's or none).
/// On by default where the email concerns them: owners hear about leads, every trainer about their own sessions.
struct StudioEmails: Codable, Equatable, Sendable {
    /// Whose bookings a member hears about.
    enum Scope: String, Codable, CaseIterable, Sendable {
        case mine, everyone, none

        var label: String {
            switch self {
            case .mine: "Only my sessions"
            case .everyone: "Every trainer's sessions"
            case .none: "None"
            }
        }
    }

    var newLeads: Bool
    var bookings: Scope
    var cancellations: Scope

    /// What a new member starts with.
    static func defaults(for role: StaffMember.Role) -> StudioEmails {
        StudioEmails(newLeads: role == .owner, bookings: .mine, cancellations: .mine)
    }

    /// Everyone who hears that `trainer`'s session was booked, moved or cancelled: the trainer unless they turned
    /// it off, and the members who asked for every trainer's. Former staff hear nothing; reminders are the client's.
    static func recipients(
        of occasion: BookingEmails.Occasion, trainer: StaffMember, on db: any Database
    ) async throws -> [String] {
        let cancellation: Bool
        switch occasion {
        case .confirmed, .changed: cancellation = false
        case .cancelled: cancellation = true
        case .reminder: return []
        }
        let members = try await StaffMember.query(on: db).filter(\.$studio.$id == trainer.$studio.id)
            .filter(\.$disabledAt == nil).all()
        return members.filter { member in
            switch cancellation ? member.emails.cancellations : member.emails.bookings {
            case .everyone: true
            case .mine: member.id == trainer.id
            case .none: false
            }
        }.map(\.email).sorted()
    }

    /// Everyone who hears about a new lead: the studio's own address when set, and the members who asked.
    static func leadRecipients(studio: Studio, on db: any Database) async throws -> [String] {
        let members = try await StaffMember.query(on: db).filter(\.$studio.$id == studio.requireID())
            .filter(\.$disabledAt == nil).filter(\.$emailsNewLeads == true).all()
        return Array(Set(members.map(\.email) + (studio.email.isEmpty ? [] : [studio.email.lowercased()]))).sorted()
    }
}

extension StaffMember {
    /// The member's studio email choices, read from and written to their three columns.
    var emails: StudioEmails {
        get { StudioEmails(newLeads: emailsNewLeads, bookings: bookingEmails, cancellations: cancellationEmails) }
        set {
            emailsNewLeads = newValue.newLeads
            bookingEmails = newValue.bookings
            cancellationEmails = newValue.cancellations
        }
    }
}
