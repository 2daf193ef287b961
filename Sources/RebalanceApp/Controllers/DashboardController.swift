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
    }

    @Sendable func dashboard(req: Request) async throws -> View {
        let staff = try req.requireStaff()
        let studio = try await req.staffStudio()
        let studioID = try studio.requireID()
        let zone = studio.zone
        let today = WallClock.day(of: Date(), in: zone)
        let weekEnd = WallClock.startOfDay(today.adding(days: 7), in: zone)
        let bookings = try await Booking.query(on: req.db).filter(\.$studio.$id == studioID).filter(\.$status == .confirmed)
            .filter(\.$startsAt >= WallClock.startOfDay(today, in: zone)).filter(\.$startsAt < weekEnd)
            .with(\.$sessionType).with(\.$trainer).sort(\.$startsAt).limit(200).all()
        let item = { (booking: Booking) in
            Item(label: "\(BookingTimeText.time(booking.startsAt, in: zone)) \(booking.clientName)",
                 detail: "\(booking.sessionType.name) with \(booking.trainer.name)", href: "/staff/bookings/\(booking.id?.uuidString.lowercased() ?? "")")
        }
        let todayEnd = WallClock.startOfDay(today.adding(days: 1), in: zone)
        let rechecks = try await Client.query(on: req.db).filter(\.$studio.$id == studioID).filter(\.$archivedAt == nil)
            .filter(\.$recheckDue != "").filter(\.$recheckDue <= today.adding(days: 7).description).sort(\.$recheckDue).limit(25).all()
        let leads = try await Lead.query(on: req.db).filter(\.$studio.$id == studioID).filter(\.$status == .new).sort(\.$createdAt, .descending).limit(5).all()
        let newLeads = try await Lead.query(on: req.db).filter(\.$studio.$id == studioID).filter(\.$status == .new).count()
        let flares = try await SessionRecord.query(on: req.db).join(Client.self, on: \SessionRecord.$client.$id == \Client.$id)
            .filter(Client.self, \.$studio.$id == studioID).filter(\.$flare != "").filter(\.$day >= today.adding(days: -14).description)
            .sort(\.$day, .descending).limit(25).all()
        let referred = try await Client.query(on: req.db).filter(\.$studio.$id == studioID).filter(\.$archivedAt == nil)
            .filter(\.$referral == .awaitingClearance).sort(\.$name).limit(25).all()
        return try await req.view.render("staff-dashboard", Context(
            page: try await PageContext(req, title: "Today"), staffName: staff.member.name, today: BookingTimeText.day(today),
            todaySessions: bookings.filter { $0.startsAt < todayEnd }.map(item).nonEmpty,
            weekSessions: bookings.filter { $0.startsAt >= todayEnd }.map { booking in
                Item(label: "\(BookingTimeText.dayAndTime(booking.startsAt, in: zone)) \(booking.clientName)",
                     detail: "\(booking.sessionType.name) with \(booking.trainer.name)", href: "/staff/bookings/\(booking.id?.uuidString.lowercased() ?? "")")
            }.nonEmpty,
            rechecks: rechecks.map { client in
                Item(label: client.name, detail: (CalendarDay(client.recheckDue).map { $0 < today ? "overdue since \(BookingTimeText.day($0))" : "due \(BookingTimeText.day($0))" }) ?? "",
                     href: "/staff/clients/\(client.id?.uuidString.lowercased() ?? "")")
            }.nonEmpty,
            leads: leads.map { Item(label: $0.name, detail: $0.redFlag ? "⚠ red flag: refer first" : LeadsController.format($0.createdAt, zone: zone), href: "/staff/leads/\($0.id?.uuidString ?? "")") }.nonEmpty,
            newLeadCount: newLeads,
            flares: try flares.map { session in
                let client = try session.joined(Client.self)
                return Item(label: client.name, detail: "\(CalendarDay(session.day).map(BookingTimeText.day) ?? session.day): \(session.flare)",
                            href: "/staff/clients/\(client.id?.uuidString.lowercased() ?? "")/progress")
            }.nonEmpty,
            referrals: referred.map { Item(label: $0.name, detail: "awaiting a clinician's clearance", href: "/staff/clients/\($0.id?.uuidString.lowercased() ?? "")/screen") }.nonEmpty))
    }
}
