import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The trainer's agenda: a day or a week of bookings, for one trainer or the whole studio.
struct AgendaController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped("staff").grouped(RequireStaff()).get("agenda", use: agenda)
    }

    @Sendable func agenda(req: Request) async throws -> View {
        let staff = try req.requireStaff()
        let studio = try await req.staffStudio()
        let zone = studio.zone
        let today = WallClock.day(of: req.now, in: zone)
        let date = req.query[String.self, at: "date"].flatMap(CalendarDay.init) ?? today
        let isWeek = req.query[String.self, at: "view"] == "week"
        let first = isWeek ? date.adding(days: -(Weekday.allCases.firstIndex(of: date.weekday) ?? 0)) : date
        let count = isWeek ? 7 : 1
        let members = try await StaffMember.query(on: req.db).filter(\.$studio.$id == staff.member.$studio.id).sort(
            \.$name
        ).all()
        // Trainers start on their own diary, owners on the whole studio's.
        let wanted =
            req.query[String.self, at: "trainer"]
            ?? (staff.member.role == .owner ? "all" : staff.member.id?.uuidString.lowercased() ?? "all")
        let shown = wanted == "all" ? members : members.filter { $0.id?.uuidString.lowercased() == wanted }
        let window = TimeSpan(
            start: WallClock.startOfDay(first, in: zone), end: WallClock.startOfDay(first.adding(days: count), in: zone)
        )
        let bookings = try await Booking.query(on: req.db).filter(\.$studio.$id == staff.member.$studio.id)
            .filter(\.$trainer.$id ~~ shown.compactMap(\.id)).filter(\.$startsAt >= window.start).filter(
                \.$startsAt < window.end
            )
            .with(\.$sessionType).with(\.$lead).sort(\.$startsAt).all()
        let names = Dictionary(members.compactMap { m in m.id.map { ($0, m.name) } }, uniquingKeysWith: { a, _ in a })
        let days = (0..<count).map { offset -> AgendaDay in
            let day = first.adding(days: offset)
            let items = bookings.filter { WallClock.day(of: $0.startsAt, in: zone) == day }.map { booking in
                AgendaItem(
                    id: booking.id?.uuidString.lowercased() ?? "",
                    time: BookingTimeText.time(booking.startsAt, in: zone),
                    end: BookingTimeText.time(booking.endsAt, in: zone), client: booking.clientName,
                    type: booking.sessionType.name,
                    trainer: names[booking.$trainer.id] ?? "", status: booking.status.label,
                    cancelled: booking.status == .cancelled,
                    flagged: booking.lead?.redFlag ?? false)
            }
            return AgendaDay(label: BookingTimeText.day(day), isToday: day == today, items: items, empty: items.isEmpty)
        }
        func link(_ day: CalendarDay, week: Bool) -> String {
            "/staff/agenda?date=\(day)&view=\(week ? "week" : "day")&trainer=\(wanted)"
        }
        let hasHours =
            try await AvailabilityRule.query(on: req.db).filter(\.$trainer.$id == staff.member.requireID()).count() > 0
        return try await req.view.render(
            "staff-agenda",
            AgendaContext(
                page: try await PageContext(req, title: "Agenda"),
                heading: isWeek ? "Week of \(BookingTimeText.day(first))" : BookingTimeText.day(date), days: days,
                previousHref: link(date.adding(days: -count), week: isWeek),
                nextHref: link(date.adding(days: count), week: isWeek),
                todayHref: link(today, week: isWeek), dayHref: link(date, week: false),
                weekHref: link(date, week: true), isWeek: isWeek,
                trainers: [TrainerFilter(id: "all", name: "Everyone", selected: wanted == "all")]
                    + members.map {
                        TrainerFilter(
                            id: $0.id?.uuidString.lowercased() ?? "", name: $0.name,
                            selected: $0.id?.uuidString.lowercased() == wanted)
                    },
                date: date.description, view: isWeek ? "week" : "day",
                count: bookings.filter { $0.status != .cancelled }.count,
                needsHours: !hasHours))
    }
}
