import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The client's page: who they are, where they stand (referral, phase, re-check), and the way into each part of
/// their record — health screen, assessments, program, sessions, progress, export.
enum ClientOverview {
    struct Item: Encodable {
        let label: String
        let detail: String
        let href: String?
    }

    struct Context: Encodable {
        let page: PageContext
        let id: String
        let name: String
        let email: String
        let phone: String?
        let age: String?
        let sex: String?
        let goals: String?
        let pain: [String]?
        let referred: Bool
        let cleared: String?
        let phase: String?
        let recheck: String?
        let recheckOverdue: Bool
        let archived: Bool
        let screen: Item?
        let assessments: [Item]?
        let program: Item?
        let sessions: [Item]?
        let bookings: [Item]?
        let canAssess: Bool
        let hasCompleteAssessment: Bool
        let saved: String?
        let leadHref: String?
        /// The client app: when the client was invited and where they are signed in; `nil` before an invitation.
        let appStatus: String?
        let appDevices: Int
        /// Messages from the client the studio has not opened yet.
        let unreadMessages: Int
        /// Share of planned days done this week and over 30 days, while the client has an active program.
        let keepingUp: String?
    }

    /// A session booked for the client, as the page lists it.
    struct Upcoming: Sendable {
        let id: UUID
        let startsAt: Date
        let typeName: String
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let clientID = try client.requireID()
        let studio = try req.requireStaff().studio
        let today = WallClock.day(of: req.now, in: studio.zone)
        let saved = req.query[String.self, at: "saved"].map(savedText)
        let bookings = try await upcoming(email: client.email, studioID: studio.requireID(), now: req.now, on: req.db)
        let id = clientID.uuidString.lowercased()
        let screen = try await HealthScreenRecord.query(on: req.db).filter(\.$client.$id == clientID).sort(
            \.$createdAt, .descending
        ).first()
        let clearance = try await ClearanceRecord.query(on: req.db).filter(\.$client.$id == clientID).sort(
            \.$createdAt, .descending
        ).first()
        let assessments = try await AssessmentRecord.query(on: req.db).filter(\.$client.$id == clientID)
            .field(\.$id).field(\.$status).field(\.$performedOn).field(\.$comparedWith).field(\.$client.$id)
            .sort(\.$performedOn, .descending).all()
        let program = try await ProgramRecord.query(on: req.db).filter(\.$client.$id == clientID).filter(
            \.$active == true
        ).first()
        let sessions = try await SessionRecord.query(on: req.db).filter(\.$client.$id == clientID)
            .field(\.$id).field(\.$day).field(\.$client.$id).field(\.$recordedBy).field(\.$flare)
            .sort(\.$day, .descending).limit(5).all()
        let devices = try await ClientDevice.query(on: req.db).filter(\.$client.$id == clientID)
            .filter(\.$expiresAt > req.now).count()
        try await access.audit(client, .read, "client page")
        let recheck = CalendarDay(client.recheckDue)
        return try await req.view.render(
            "staff-client",
            Context(
                page: try await PageContext(req, title: client.name), id: id, name: client.name, email: client.email,
                phone: client.phone,
                age: client.age(on: today).map { "\($0)" }, sex: client.sex?.rawValue,
                goals: client.goals.isEmpty ? nil : client.goals,
                pain: client.painAreas.map { area in
                    OutcomeTrend.Site(region: area.region, side: area.side).plainName
                        + (area.nprs.map { " \($0)/10" } ?? "")
                }.nonEmpty,
                referred: client.referral == .awaitingClearance,
                cleared: client.referral == .cleared
                    ? clearance.map {
                        "Cleared by \($0.clinician) on "
                            + "\(CalendarDay($0.clearedOn).map(BookingTimeText.day) ?? $0.clearedOn)"
                    } : nil,
                phase: ExerciseDefinition.Phase(rawValue: client.currentPhase)?.title,
                recheck: recheck.map(BookingTimeText.day), recheckOverdue: recheck.map { $0 <= today } ?? false,
                archived: client.isArchived,
                screen: screen.map {
                    Item(
                        label:
                            "Health screen \(CalendarDay($0.performedOn).map(BookingTimeText.day) ?? $0.performedOn)",
                        detail: $0.clearance.plain + ($0.reasons.isEmpty ? "" : ": \($0.reasons)"),
                        href: "/staff/clients/\(id)/screen")
                },
                assessments: assessments.map { record in
                    let rid = record.id?.uuidString.lowercased() ?? ""
                    let date = record.performedOnText
                    return Item(
                        label: (record.comparedWith == nil ? "Assessment " : "Re-check ") + date,
                        detail: record.status == .draft ? "draft — continue entering" : "complete",
                        href: "/staff/clients/\(id)/assessments/\(rid)" + (record.status == .complete ? "/result" : ""))
                }.nonEmpty,
                program: program.map {
                    Item(
                        label: "Program: \($0.phase.title)",
                        detail: "since \(CalendarDay($0.phaseStartedOn).map(BookingTimeText.day) ?? $0.phaseStartedOn)",
                        href: "/staff/clients/\(id)/programs/\($0.id?.uuidString.lowercased() ?? "")")
                },
                sessions: try sessions.map {
                    Item(
                        label: CalendarDay($0.day).map(BookingTimeText.day) ?? $0.day,
                        detail: "logged by \($0.recordedBy)" + ($0.flare.isEmpty ? "" : "; pain flared: \($0.flare)"),
                        href: "/staff/clients/\(id)/sessions/\(try $0.requireID().uuidString.lowercased())")
                }.nonEmpty,
                bookings: bookings.map {
                    Item(
                        label: $0.typeName, detail: BookingTimeText.dayAndTime($0.startsAt, in: studio.zone),
                        href: "/staff/bookings/\($0.id.uuidString.lowercased())")
                }.nonEmpty,
                canAssess: client.referral != .awaitingClearance,
                hasCompleteAssessment: assessments.contains { $0.status == .complete },
                saved: saved, leadHref: client.$lead.id.map { "/staff/leads/\($0.uuidString)" },
                appStatus: client.appInvitedAt.map { invited in
                    "invited \(BookingTimeText.day(WallClock.day(of: invited, in: studio.zone))); "
                        + (devices == 0
                            ? "not signed in yet" : "signed in on \(devices) device\(devices == 1 ? "" : "s")")
                }, appDevices: devices,
                unreadMessages: try await MessageThread.unread(of: clientID, by: .staff, on: req.db),
                keepingUp: try await KeepingUp.load(
                    studioID: studio.requireID(), clients: [clientID],
                    today: WallClock.day(of: req.now, in: studio.zone),
                    on: req.db
                ).entries.first.map(\.summary))
        ).encodeResponse(for: req)
    }

    /// The client's next three confirmed sessions (bookings know clients by email).
    private static func upcoming(email: String, studioID: UUID, now: Date, on db: any Database) async throws
        -> [Upcoming]
    {
        let rows = try await db.sql.raw(
            """
            SELECT b.id, b.starts_at, t.name FROM bookings b JOIN session_types t ON t.id = b.session_type_id
            WHERE b.studio_id = \(bind: studioID) AND b.client_email = \(bind: email) AND b.status = 'confirmed'
            AND b.starts_at >= \(bind: now) ORDER BY b.starts_at LIMIT 3
            """
        ).all()
        return try rows.map { row in
            Upcoming(
                id: try row.stored("id", of: "bookings"), startsAt: try row.stored("starts_at", of: "bookings"),
                typeName: try row.stored("name", of: "session_types"))
        }
    }

    static func savedText(_ key: String) -> String {
        switch key {
        case "converted": "Client created from the lead; the self-check answers came along."
        case "profile": "Profile saved."
        case "archived": "Archived. The client no longer shows in the active list."
        case "restored": "Restored to the active list."
        case "screen": "Health screen saved."
        case "cleared": "Clearance recorded: programming is open again."
        case "session": "Session logged."
        case "session-corrected": "Session corrected."
        case "session-deleted": "Session deleted."
        case "app-invited": "Invitation sent: the client opens the app from the email's link."
        case "app-signed-out": "The client is signed out of the app on every device."
        default: "Saved."
        }
    }
}

extension Clearance {
    /// "Cleared", "Cleared with caution", "Refer to a clinician".
    var plain: String {
        switch self {
        case .cleared: "Cleared"
        case .clearedWithCaution: "Cleared with caution"
        case .refer: "Refer to a clinician first"
        case .notScreened: "Not screened yet"
        case .confirmFirst: "Not cleared: a question about the notes is unanswered"
        }
    }
}
