import Fluent
import Foundation
import SQLKit

/// The owner's first steps on a new install, shown on the start page until every one is done.
///
/// Each step is read from the data itself (no "dismissed" flag to forget), so the list disappears the moment the
/// studio can take bookings and has a team, and comes back if, say, the last trainer's hours are removed.
struct SetupChecklist: Encodable, Equatable {
    /// One thing to set up, with where to do it.
    struct Step: Encodable, Equatable {
        let label: String
        let detail: String
        let href: String
        let done: Bool
    }

    let steps: [Step]

    /// Whether anything is left to do.
    var isComplete: Bool { steps.allSatisfy(\.done) }

    /// The steps for `studio`, read with four small counting queries.
    static func load(studio: Studio, on db: any Database) async throws -> SetupChecklist {
        let studioID = try studio.requireID()
        let members = try await StaffMember.query(on: db).filter(\.$studio.$id == studioID).all()
        let memberIDs = members.compactMap(\.id)
        let withHours =
            memberIDs.isEmpty
            ? 0
            : try await AvailabilityRule.query(on: db).filter(\.$trainer.$id ~~ memberIDs).count()
        let invitations =
            memberIDs.isEmpty
            ? 0
            : try await StaffLink.query(on: db).filter(\.$staff.$id ~~ memberIDs).filter(\.$purpose == .invitation)
                .count()
        var offeredOnline = false
        let roster = TrainerRoster(db: db, studio: studio)
        for type in try await SessionType.query(on: db).filter(\.$studio.$id == studioID).filter(\.$active == true)
            .all()
        where try await !roster.trainers(offering: type).isEmpty {
            offeredOnline = true
            break
        }
        return SetupChecklist(steps: [
            Step(
                label: "Studio details", detail: "Name, address, time zone and the email clients can reply to.",
                href: "/staff/session-types#studio", done: !studio.email.isEmpty),
            Step(
                label: "Weekly hours", detail: "The times you (and each trainer) take sessions.",
                href: "/staff/availability", done: withHours > 0),
            Step(
                label: "Session types",
                detail: "At least one session clients can book online, offered by someone with hours.",
                href: "/staff/session-types", done: offeredOnline),
            Step(
                label: "Invite a trainer", detail: "Each trainer signs in with their own account.",
                href: "/staff/team", done: members.count > 1 || invitations > 0),
        ])
    }
}
