import Fluent
import Foundation
import RebalanceCore
import Vapor

/// A trainer's bookable hours: weekly ranges, dated exceptions, time off, and the private calendar feed.
/// Trainers edit their own; the owner can edit anyone's in the studio (`?trainer=ID`).
struct AvailabilityController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let hours = routes.grouped("staff").grouped(RequireStaff()).grouped("availability")
        hours.get(use: show)
        hours.post("weekly", use: saveWeekly)
        hours.post("exceptions", use: addException)
        hours.post("exceptions", ":itemID", "delete", use: deleteException)
        hours.post("time-off", use: addTimeOff)
        hours.post("time-off", ":itemID", "delete", use: deleteTimeOff)
        hours.post("feed", use: feed)
    }

    struct WeekdayField: Encodable {
        let name: String
        let label: String
        let value: String
        let error: String?
    }

    struct Item: Encodable {
        let id: String
        let label: String
        let note: String
    }

    struct Context: Encodable {
        let page: PageContext
        let trainerName: String
        let trainerQuery: String
        let trainers: [TrainerFilter]
        let canChooseTrainer: Bool
        let weekdays: [WeekdayField]
        let exceptions: [Item]?
        let timeOff: [Item]?
        /// A new feed address, shown once right after it is made (only its fingerprint is kept).
        let feedURL: String?
        let feedOn: Bool
        let zoneName: String
        let error: String?
        let saved: String?
        let typed: [String: String]
        /// Booked sessions of the coming 90 days that these hours no longer cover, each linked to its booking.
        let outsideHours: [Link]?
    }

    /// A booked session the trainer should look at.
    struct Link: Encodable {
        let label: String
        let href: String
    }

    @Sendable func show(req: Request) async throws -> View {
        try await render(req, typed: [:], weeklyErrors: [:], error: nil)
    }

    @Sendable func saveWeekly(req: Request) async throws -> Response {
        let (_, trainer) = try await Self.trainer(req)
        let fields = try req.content.decode([String: String].self)
        var parsed: [Weekday: [LocalTimeRange]] = [:]
        var errors: [String: String] = [:]
        for weekday in Weekday.allCases {
            do { parsed[weekday] = try LocalTimeRange.parseList(fields[weekday.rawValue] ?? "") } catch {
                errors[weekday.rawValue] = error.description
            }
        }
        guard errors.isEmpty else {
            return try await render(
                req, typed: fields, weeklyErrors: errors,
                error: "Please check the hours marked below; nothing was changed."
            )
            .encodeResponse(status: .badRequest, for: req)
        }
        let trainerID = try trainer.requireID()
        let weekly = parsed
        try await req.db.writeTransaction { db in
            try await AvailabilityRule.query(on: db).filter(\.$trainer.$id == trainerID).delete()
            for (weekday, ranges) in weekly {
                for range in ranges {
                    try await AvailabilityRule(trainerID: trainerID, weekday: weekday, range: range).create(on: db)
                }
            }
        }
        return try await Self.back(req, trainer, saved: "weekly")
    }

    @Sendable func addException(req: Request) async throws -> Response {
        let (studio, trainer) = try await Self.trainer(req)
        let fields = try req.content.decode([String: String].self)
        guard let day = fields["day"].flatMap(CalendarDay.init) else {
            return try await failure(req, fields, "Enter the date of the exception.")
        }
        guard day >= WallClock.day(of: req.now, in: studio.zone) else {
            return try await failure(req, fields, "That date has passed.")
        }
        let ranges: [LocalTimeRange]
        do { ranges = fields["off"] == "yes" ? [] : try LocalTimeRange.parseList(fields["ranges"] ?? "") } catch {
            return try await failure(req, fields, error.description)
        }
        let note = String((fields["note"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
        let trainerID = try trainer.requireID()
        try await req.db.writeTransaction { db in
            // One exception per day: a new one replaces the old.
            try await AvailabilityException.query(on: db).filter(\.$trainer.$id == trainerID).filter(
                \.$day == day.description
            ).delete()
            try await AvailabilityException(trainerID: trainerID, day: day, ranges: ranges, note: note).create(on: db)
        }
        return try await Self.back(req, trainer, saved: "exception")
    }

    @Sendable func deleteException(req: Request) async throws -> Response {
        let (_, trainer) = try await Self.trainer(req)
        guard let id = req.parameters.get("itemID").flatMap({ UUID(uuidString: $0) }) else { throw Abort(.notFound) }
        try await AvailabilityException.query(on: req.db).filter(\.$id == id).filter(
            \.$trainer.$id == trainer.requireID()
        ).delete()
        return try await Self.back(req, trainer, saved: "removed")
    }

    @Sendable func addTimeOff(req: Request) async throws -> Response {
        let (studio, trainer) = try await Self.trainer(req)
        let fields = try req.content.decode([String: String].self)
        guard
            let start = WallClock.instant(
                formDate:
                    fields["fromDate"], fields["fromTime"]?.isEmpty == false ? fields["fromTime"] : "00:00",
                zone: studio.zone),
            let endDay = fields["toDate"].flatMap(CalendarDay.init)
        else { return try await failure(req, fields, "Enter when the time off starts and ends.") }
        let end: Date
        if let time = fields["toTime"], !time.isEmpty,
            let instant = WallClock.instant(formDate: fields["toDate"], time, zone: studio.zone)
        {
            end = instant
        } else {
            end = WallClock.startOfDay(endDay.adding(days: 1), in: studio.zone)  // a whole last day
        }
        guard end > start else { return try await failure(req, fields, "The time off must end after it starts.") }
        guard end.timeIntervalSince(start) <= 366 * 86_400 else {
            return try await failure(req, fields, "Time off is limited to one year at a time.")
        }
        let note = String((fields["note"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
        try await TimeOff(trainerID: trainer.requireID(), span: TimeSpan(start: start, end: end), note: note).create(
            on: req.db)
        return try await Self.back(req, trainer, saved: "timeOff")
    }

    @Sendable func deleteTimeOff(req: Request) async throws -> Response {
        let (_, trainer) = try await Self.trainer(req)
        guard let id = req.parameters.get("itemID").flatMap({ UUID(uuidString: $0) }) else { throw Abort(.notFound) }
        try await TimeOff.query(on: req.db).filter(\.$id == id).filter(\.$trainer.$id == trainer.requireID()).delete()
        return try await Self.back(req, trainer, saved: "removed")
    }

    /// Creates, replaces or turns off the private calendar feed; replacing makes the old address stop working.
    @Sendable func feed(req: Request) async throws -> Response {
        let (_, trainer) = try await Self.trainer(req)
        guard (try req.content.get(String.self, at: "action")) != "off" else {
            trainer.calendarTokenHash = nil
            try await trainer.save(on: req.db)
            return try await Self.back(req, trainer, saved: "feedOff")
        }
        let token = SecretToken.make()
        trainer.calendarTokenHash = SecretToken.fingerprint(token)
        try await trainer.save(on: req.db)
        // Shown on this response only; reloading would make yet another address, which is harmless.
        return try await render(req, typed: [:], weeklyErrors: [:], error: nil, newFeedToken: token)
            .encodeResponse(for: req)
    }

    // MARK: - Helpers

    /// The trainer whose hours are edited: the signed-in member, or (for the owner) the one in `?trainer=`.
    static func trainer(_ req: Request) async throws -> (Studio, StaffMember) {
        let staff = try req.requireStaff()
        guard let studio = try await Studio.find(staff.member.$studio.id, on: req.db) else { throw Abort(.notFound) }
        guard let raw = req.query[String.self, at: "trainer"], raw != staff.member.id?.uuidString.lowercased() else {
            return (studio, staff.member)
        }
        guard staff.member.role == .owner, let id = UUID(uuidString: raw),
            let member = try await StaffMember.query(on: req.db).filter(\.$id == id).filter(
                \.$studio.$id == studio.requireID()
            ).first()
        else { throw Abort(.notFound) }
        return (studio, member)
    }

    /// Every change here can move open slots: raise the diary revision, then go back to the page.
    static func back(_ req: Request, _ trainer: StaffMember, saved: String) async throws -> Response {
        try await DiaryRevision.bump(on: req.db)
        // The home page's opening hours come from the weekly hours.
        req.application.shared.publicPages.forget()
        let own = trainer.id == req.staff?.member.id
        let query = own ? "?saved=\(saved)" : "?trainer=\(trainer.id?.uuidString.lowercased() ?? "")&saved=\(saved)"
        return req.redirect(to: "/staff/availability" + query, redirectType: .normal)
    }

    private func failure(_ req: Request, _ fields: [String: String], _ message: String) async throws -> Response {
        try await render(req, typed: fields, weeklyErrors: [:], error: message).encodeResponse(
            status: .badRequest, for: req)
    }

    private func render(
        _ req: Request, typed: [String: String], weeklyErrors: [String: String], error: String?,
        newFeedToken: String? = nil
    ) async throws -> View {
        let staff = try req.requireStaff()
        let (studio, trainer) = try await Self.trainer(req)
        let trainerID = try trainer.requireID()
        let zone = studio.zone
        let rules = try await AvailabilityRule.query(on: req.db).filter(\.$trainer.$id == trainerID).all()
        let today = WallClock.day(of: req.now, in: zone)
        let exceptions = try await AvailabilityException.query(on: req.db).filter(\.$trainer.$id == trainerID)
            .filter(\.$day >= today.description).sort(\.$day).all()
        let timeOff = try await TimeOff.query(on: req.db).filter(\.$trainer.$id == trainerID).filter(
            \.$endsAt > req.now
        ).sort(\.$startsAt).all()
        let members =
            staff.member.role == .owner
            ? try await StaffMember.query(on: req.db).filter(\.$studio.$id == studio.requireID()).sort(\.$name).all()
            : []
        let weekdays = try Weekday.allCases.map { weekday in
            let saved = try rules.filter { $0.weekday == weekday }.map { try $0.range() }.sorted().map(\.editableText)
                .joined(
                    separator: ", ")
            return WeekdayField(
                name: weekday.rawValue, label: weekday.name, value: typed[weekday.rawValue] ?? saved,
                error: weeklyErrors[weekday.rawValue])
        }
        let base = req.application.shared.settings.baseURL
        let own = trainer.id == staff.member.id
        // Sessions booked before the hours changed stay booked: say which ones now fall outside them.
        let window = TimeSpan(start: req.now, end: req.now.addingTimeInterval(90 * 86_400))
        let schedule = try await TrainerRoster(db: req.db, studio: studio).schedules(for: [trainerID], around: window)
        let upcoming = try await Booking.query(on: req.db).filter(\.$trainer.$id == trainerID)
            .filter(\.$status == .confirmed).filter(\.$startsAt >= window.start).filter(\.$startsAt < window.end)
            .sort(\.$startsAt).all()
        let outside = upcoming.filter { booking in
            !(schedule.first?.covers(from: booking.startsAt, to: booking.endsAt, in: zone) ?? false)
        }
        return try await req.view.render(
            "staff-availability",
            Context(
                page: try await PageContext(req, title: own ? "My hours" : "Hours: \(trainer.name)"),
                trainerName: trainer.name, trainerQuery: own ? "" : "?trainer=\(trainerID.uuidString.lowercased())",
                trainers: members.map {
                    TrainerFilter(id: $0.id?.uuidString.lowercased() ?? "", name: $0.name, selected: $0.id == trainerID)
                },
                canChooseTrainer: !members.isEmpty, weekdays: weekdays,
                exceptions: exceptions.map { item in
                    let day = CalendarDay(item.day).map(BookingTimeText.day) ?? item.day
                    return Item(
                        id: item.id?.uuidString.lowercased() ?? "",
                        label: day + ": " + (item.ranges.isEmpty ? "day off" : item.ranges), note: item.note)
                }.nonEmpty,
                timeOff: timeOff.map {
                    Item(
                        id: $0.id?.uuidString.lowercased() ?? "", label: Self.span($0.startsAt, $0.endsAt, zone: zone),
                        note: $0.note)
                }.nonEmpty,
                feedURL: newFeedToken.map { "\(base)/calendar/\($0).ics" }, feedOn: trainer.calendarTokenHash != nil,
                zoneName: BookingTimeText.zoneName(zone), error: error,
                saved: req.query[String.self, at: "saved"].map(Self.savedText), typed: typed,
                outsideHours: outside.map {
                    Link(
                        label: "\(BookingTimeText.dayAndTime($0.startsAt, in: zone)): \($0.clientName)",
                        href: "/staff/bookings/\($0.id?.uuidString.lowercased() ?? "")")
                }.nonEmpty))
    }

    /// "Mon, Dec 28 · 12:00 AM PST to the end of Thu, Dec 31": whole days read as whole days.
    static func span(_ start: Date, _ end: Date, zone: TimeZone) -> String {
        let endsAtMidnight = WallClock.minuteOfDay(of: end, in: zone) == 0
        let last =
            BookingTimeText.dayAndTime(end.addingTimeInterval(-1), in: zone).components(separatedBy: " · ").first ?? ""
        return BookingTimeText.dayAndTime(start, in: zone)
            + (endsAtMidnight ? " to the end of \(last)" : " to " + BookingTimeText.dayAndTime(end, in: zone))
    }

    static func savedText(_ key: String) -> String {
        switch key {
        case "weekly": "Weekly hours saved. Clients see the new times straight away."
        case "exception": "Exception saved."
        case "timeOff": "Time off saved."
        case "removed": "Removed."
        case "feedOff": "The calendar feed is turned off."
        default: "Saved."
        }
    }
}
