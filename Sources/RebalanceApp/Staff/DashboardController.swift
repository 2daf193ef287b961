import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The trainer's start page: today's and this week's sessions, re-checks due, new leads, pain flares and clients
/// awaiting a clinician's clearance — each a link to act on.
struct DashboardController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped("staff").grouped(RequireStaff()).get(use: dashboard)
    }

    struct Item: Encodable {
        let label: String
        let detail: String
        let href: String
    }

    struct Context: Encodable {
        let page: PageContext
        let staffName: String
        let today: String
        let todaySessions: [Item]?
        let weekSessions: [Item]?
        let rechecks: [Item]?
        let leads: [Item]?
        let newLeadCount: Int
        let flares: [Item]?
        let referrals: [Item]?
        /// Clients whose share of planned days done this week fell well below the month before.
        let fallingBehind: [Item]?
        /// Clients who wrote and nobody opened it yet; clients in the app whose weekly check-in is overdue.
        let messages: [Item]?
        let checkInsOverdue: [Item]?
        let checkInOverdueDays: Int
        /// The owner's set-up steps while any is left; `nil` once the studio is set up (and for trainers).
        let setup: SetupChecklist?
    }

    @Sendable func dashboard(req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let studio = try await req.staffStudio()
        let studioID = try studio.requireID()
        let zone = studio.zone
        let today = WallClock.day(of: req.now, in: zone)
        let weekEnd = WallClock.startOfDay(today.adding(days: 7), in: zone)
        let todayEnd = WallClock.startOfDay(today.adding(days: 1), in: zone)
        let data = try await DashboardData.load(
            studioID: studioID, from: WallClock.startOfDay(today, in: zone), until: weekEnd,
            recheckBy: today.adding(days: 7), flaresSince: today.adding(days: -14), on: req.db)
        let sessionItem = { (session: DashboardData.Session, when: String) in
            Item(
                label: "\(when) \(session.clientName)", detail: "\(session.typeName) with \(session.trainerName)",
                href: "/staff/bookings/\(session.id.uuidString.lowercased())")
        }
        let clientHref = { (id: UUID) in "/staff/clients/\(id.uuidString.lowercased())" }
        let todaySessions = data.sessions.filter { $0.startsAt < todayEnd }.map {
            sessionItem($0, BookingTimeText.time($0.startsAt, in: zone))
        }
        let weekSessions = data.sessions.filter { $0.startsAt >= todayEnd }.map {
            sessionItem($0, BookingTimeText.dayAndTime($0.startsAt, in: zone))
        }
        let rechecks = data.rechecks.map { client in
            Item(
                label: client.name,
                detail: (CalendarDay(client.day).map {
                    $0 < today ? "overdue since \(BookingTimeText.day($0))" : "due \(BookingTimeText.day($0))"
                }) ?? "",
                href: clientHref(client.id))
        }
        let leads = data.leads.map {
            Item(
                label: $0.name,
                detail: $0.redFlag ? "⚠ red flag: refer first" : BookingTimeText.dateAndTime($0.receivedAt, in: zone),
                href: "/staff/leads/\($0.id.uuidString)")
        }
        let flares = data.flares.map { client in
            Item(
                label: client.name,
                detail: "\(CalendarDay(client.day).map(BookingTimeText.day) ?? client.day): \(client.note)",
                href: clientHref(client.id) + "/progress")
        }
        let referrals = data.referrals.map {
            Item(label: $0.name, detail: "awaiting a clinician's clearance", href: clientHref($0.id) + "/screen")
        }
        let fallingBehind = try await KeepingUp.load(studioID: studioID, today: today, on: req.db).entries
            .filter(\.slipping).map { Item(label: $0.name, detail: $0.summary, href: clientHref($0.clientID)) }
        let app = try await AppAttention.load(studioID: studioID, today: today, on: req.db)
        let messages = app.unread.map {
            Item(
                label: $0.name, detail: $0.count == 1 ? "1 new message" : "\($0.count) new messages",
                href: clientHref($0.clientID) + "/messages")
        }
        let checkInsOverdue = app.checkInsOverdue.map { client in
            Item(
                label: client.name,
                detail: "last check-in \(CalendarDay(client.day).map(BookingTimeText.day) ?? client.day)",
                href: clientHref(client.id) + "/progress")
        }
        let checklist = staff.member.role == .owner ? try await SetupChecklist.load(studio: studio, on: req.db) : nil
        let setup = checklist?.isComplete == false ? checklist : nil
        return try await req.view.render(
            "staff-dashboard",
            Context(
                page: try await PageContext(req, title: "Today"), staffName: staff.member.name,
                today: BookingTimeText.day(today), todaySessions: todaySessions.nonEmpty,
                weekSessions: weekSessions.nonEmpty,
                rechecks: rechecks.nonEmpty, leads: leads.nonEmpty, newLeadCount: data.newLeadCount,
                flares: flares.nonEmpty,
                referrals: referrals.nonEmpty, fallingBehind: fallingBehind.nonEmpty,
                messages: messages.nonEmpty, checkInsOverdue: checkInsOverdue.nonEmpty,
                checkInOverdueDays: CheckInController.intervalDays + AppAttention.checkInGraceDays, setup: setup
            )
        ).encodeResponse(for: req)
    }
}
