import Fluent
import Foundation

/// Turning a staff member's access off when they leave, and back on: no sign-in, no password links, no sessions,
/// no calendar feed, and no online bookings offered with them. Their past and upcoming bookings stay, so the owner
/// can move the upcoming ones; the studio always keeps at least one owner who can sign in.
enum StaffOffboarding {
    /// Why a member's access could not be changed, in words for the owner.
    enum Refusal: Error, CustomStringConvertible, Equatable {
        case lastOwner
        case notFound

        var description: String {
            switch self {
            case .lastOwner: "The studio needs at least one owner who can sign in. Make someone else an owner first."
            case .notFound: "There is no such staff member in your studio."
            }
        }
    }

    /// Disables `member` at `now`.
    static func disable(_ member: StaffMember, now: Date, on db: any Database) async throws {
        let memberID = try member.requireID()
        try await db.writeTransaction { tx in
            if member.role == .owner {
                let owners = try await StaffMember.query(on: tx).filter(\.$studio.$id == member.$studio.id)
                    .filter(\.$role == .owner).filter(\.$disabledAt == nil).count()
                guard owners > 1 else { throw Refusal.lastOwner }
            }
            member.disabledAt = now
            member.calendarTokenHash = nil
            try await member.save(on: tx)
            try await StaffSession.query(on: tx).filter(\.$staff.$id == memberID).delete()
            try await StaffAccountController.voidOutstandingLinks(of: memberID, now: now, on: tx)
            // Their times leave online booking in the same commit that retires the kept availability answers.
            try await DiaryRevision.bump(on: tx)
        }
    }

    /// How many of a member's confirmed bookings are still to come: what the owner has to move after they leave.
    static func upcomingBookings(of member: StaffMember, now: Date, on db: any Database) async throws -> Int {
        try await Booking.query(on: db).filter(\.$trainer.$id == member.requireID()).filter(\.$status == .confirmed)
            .filter(\.$startsAt > now).count()
    }

    /// What the owner is told after turning access off or on, read from the data (never from the address bar).
    static func summary(of member: StaffMember, now: Date, on db: any Database) async throws -> String {
        guard member.disabledAt != nil else { return "\(member.name) can sign in again." }
        let upcoming = try await upcomingBookings(of: member, now: now, on: db)
        let moves =
            upcoming == 0
            ? ""
            : " \(upcoming) upcoming booking\(upcoming == 1 ? " is" : "s are") still with them: move "
                + (upcoming == 1 ? "it" : "them") + " from the agenda."
        return "\(member.name) can no longer sign in." + moves
    }

    /// Gives a disabled member their access back (they sign in with their old password, or reset it).
    static func enable(_ member: StaffMember, on db: any Database) async throws {
        member.disabledAt = nil
        try await db.writeTransaction { tx in
            try await member.save(on: tx)
            try await DiaryRevision.bump(on: tx)
        }
    }
}
