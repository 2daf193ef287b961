import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The client's own booking page, reached by the signed link in every booking email: details, calendar file,
/// move within the policy window, cancel (late inside it).
struct ManageBookingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let booking = routes.grouped("bookings", ":bookingID")
        booking.get(use: show)
        booking.get("calendar.ics", use: calendar)
        booking.post("cancel", use: cancel)
        booking.get("move", use: moveChoices)
        booking.get("move", "confirm", use: confirmMove)
        booking.post("move", use: move)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let (lookup, booking, token) = try await Self.authorised(req, token: req.query[String.self, at: "t"])
        return try await Self.render(req, lookup, booking, token: token, error: nil, status: .ok)
    }

    @Sendable func calendar(req: Request) async throws -> Response {
        let (lookup, booking, token) = try await Self.authorised(req, token: req.query[String.self, at: "t"])
        let type = try await booking.$sessionType.get(on: req.db)
        let trainer = try await booking.$trainer.get(on: req.db)
        let manage =
            (req.application.shared.settings.baseURL) + BookingLinks.managePath(try booking.requireID(), token: token)
        let file = CalendarFile(
            method: booking.status == .cancelled ? .cancel : .publish,
            events: [
                BookingEmails.event(
                    booking, type: type, trainer: trainer, studio: lookup.studio, manageURL: manage,
                    now: booking.updatedAt ?? req.now)
            ])
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "rebalance-session.ics")
        return Response(status: .ok, headers: headers, body: .init(string: file.render()))
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let (lookup, booking, token) = try await Self.authorised(req, token: fields["t"])
        guard try await req.application.shared.rateLimits.booking.allow(req.clientAddress, now: req.now, on: req.db)
        else {
            return try await Self.render(
                req, lookup, booking, token: token,
                error: "Too many changes from this connection; please try again in ten minutes.",
                status: .tooManyRequests)
        }
        let reason = String((fields["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(500))
        do {
            let cancelled = try await lookup.desk().cancel(
                booking, actor: .init(kind: .client, name: booking.clientName), reason: reason)
            // Back to the booking's page, so a refresh shows the result instead of sending the form again.
            return req.redirect(
                to: BookingLinks.managePath(try cancelled.requireID(), token: token), redirectType: .normal)
        } catch let failure as BookingFailure {
            return try await Self.render(
                req, lookup, booking, token: token, error: failure.message, status: failure.status)
        }
    }

    @Sendable func moveChoices(req: Request) async throws -> Response {
        let (lookup, booking, token) = try await Self.authorised(req, token: req.query[String.self, at: "t"])
        return try await Self.renderMoveChoices(
            req, lookup, booking, token: token, notice: nil, alternatives: [], status: .ok)
    }

    @Sendable func confirmMove(req: Request) async throws -> Response {
        let (lookup, booking, token) = try await Self.authorised(req, token: req.query[String.self, at: "t"])
        let trail = BookingTrail(req, studio: lookup.studio)
        guard let start = req.query[String.self, at: "start"].flatMap({ try? OffsetTimestamp.parse($0) }) else {
            return req.redirect(
                to: "/bookings/\(try booking.requireID().uuidString.lowercased())/move?t=\(token)",
                redirectType: .normal)
        }
        let type = try await booking.$sessionType.get(on: req.db)
        let zone = TimeZone(identifier: booking.clientTimeZone) ?? trail.zone
        let id = try booking.requireID().uuidString.lowercased()
        let view = try await req.view.render(
            "booking-move-confirm",
            ConfirmMoveContext(
                page: try await PageContext(req, title: "Move your session"), typeName: type.name,
                from: BookingTimeText.dayAndTime(booking.startsAt, in: zone),
                to: BookingTimeText.dayAndTime(start, in: zone),
                action: "/bookings/\(id)/move", token: token, start: OffsetTimestamp.format(start, in: zone),
                backHref: "/bookings/\(id)/move?t=\(token)"))
        return try await view.encodeResponse(for: req)
    }

    @Sendable func move(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let (lookup, booking, token) = try await Self.authorised(req, token: fields["t"])
        guard try await req.application.shared.rateLimits.booking.allow(req.clientAddress, now: req.now, on: req.db)
        else {
            return try await Self.render(
                req, lookup, booking, token: token,
                error: "Too many changes from this connection; please try again in ten minutes.",
                status: .tooManyRequests)
        }
        guard let start = fields["start"].flatMap({ try? OffsetTimestamp.parse($0) }) else {
            return try await Self.renderMoveChoices(
                req, lookup, booking, token: token, notice: "Please choose a new time.", alternatives: [],
                status: .badRequest)
        }
        do {
            let moved = try await lookup.desk().move(
                booking, to: start, actor: .init(kind: .client, name: booking.clientName))
            let newToken = try await req.bookingLinks().token(for: moved)
            return req.redirect(
                to: BookingLinks.managePath(try moved.requireID(), token: newToken) + "&moved=1", redirectType: .normal)
        } catch let failure as BookingFailure {
            switch failure {
            case .taken(let alternatives):
                return try await Self.renderMoveChoices(
                    req, lookup, booking, token: token, notice: failure.message, alternatives: alternatives,
                    status: .conflict)
            case .lateMove, .sessionStarted, .alreadyCancelled:
                return try await Self.render(
                    req, lookup, booking, token: token, error: failure.message, status: failure.status)
            default:
                return try await Self.renderMoveChoices(
                    req, lookup, booking, token: token, notice: failure.message, alternatives: [],
                    status: failure.status)
            }
        }
    }

    // MARK: - Helpers

    /// The booking in the path with a valid token, or a page explaining why the link does not work.
    static func authorised(_ req: Request, token: String?) async throws -> (BookingLookup, Booking, String) {
        let lookup = try await BookingLookup.make(req)
        guard let booking = try await lookup.booking(req.parameters.get("bookingID")) else {
            throw Abort(.notFound, reason: "We could not find that booking. Please use the link in your latest email.")
        }
        let token = token ?? ""
        switch try await req.bookingLinks().verify(token, bookingID: try booking.requireID(), now: req.now) {
        case .valid: return (lookup, booking, token)
        case .expired: throw Abort(.gone, reason: "This booking link has expired. Please call or email the studio.")
        case .invalid:
            throw Abort(
                .forbidden,
                reason:
                    "This booking link is not complete or has been changed. Please use the link in your latest email.")
        }
    }

    static func render(
        _ req: Request, _ lookup: BookingLookup, _ booking: Booking, token: String, error: String?, status: HTTPStatus
    ) async throws -> Response {
        let type = try await booking.$sessionType.get(on: req.db)
        let trainer = try await booking.$trainer.get(on: req.db)
        let zone = TimeZone(identifier: booking.clientTimeZone) ?? lookup.studio.zone
        let standing = lookup.studio.cancellationPolicy.standing(of: booking.startsAt, now: req.now)
        let id = try booking.requireID().uuidString.lowercased()
        let live = booking.status == .confirmed
        let context = ManageBookingContext(
            page: try await PageContext(req, title: "Your booking"),
            justBooked: req.query[String.self, at: "new"] != nil && error == nil,
            justMoved: req.query[String.self, at: "moved"] != nil,
            status: booking.status.label, cancelled: booking.status == .cancelled, typeName: type.name,
            trainerName: trainer.name,
            when: BookingTimeText.dayTimeAndZone(booking.startsAt, in: zone),
            whenAtStudio: zone.identifier == lookup.studio.zone.identifier
                ? nil : BookingTimeText.dayAndTime(booking.startsAt, in: lookup.studio.zone) + " at the studio",
            duration: "\(type.durationMinutes) minutes", clientName: booking.clientName,
            clientEmail: booking.clientEmail,
            address: "\(lookup.studio.name), \(lookup.studio.address)",
            calendarHref: BookingLinks.calendarPath(try booking.requireID(), token: token),
            moveHref: live && standing == .open ? "/bookings/\(id)/move?t=\(token)" : nil,
            cancelAction: live && standing != .closed ? "/bookings/\(id)/cancel" : nil, token: token,
            late: standing == .late, lateCancellation: booking.lateCancellation, closed: standing == .closed,
            policyHours: lookup.studio.cancellationWindowHours,
            moveBlocked: live && standing == .late
                ? "Less than \(lookup.studio.cancellationWindowHours) hours to go: "
                    + "to move this session, please call the studio."
                : nil,
            error: error)
        let view = try await req.view.render("booking-manage", context)
        return try await view.encodeResponse(status: status, for: req)
    }

    static func renderMoveChoices(
        _ req: Request, _ lookup: BookingLookup, _ booking: Booking, token: String, notice: String?,
        alternatives: [Slot], status: HTTPStatus
    ) async throws -> Response {
        guard booking.status == .confirmed,
            lookup.studio.cancellationPolicy.standing(of: booking.startsAt, now: req.now) == .open
        else {
            return try await render(
                req, lookup, booking, token: token,
                error: BookingFailure.lateMove(windowHours: lookup.studio.cancellationWindowHours).message,
                status: .conflict)
        }
        let type = try await booking.$sessionType.get(on: req.db)
        let trainer = try await booking.$trainer.get(on: req.db)
        let zone =
            TimeZone(identifier: req.query[String.self, at: "tz"] ?? booking.clientTimeZone) ?? lookup.studio.zone
        let today = WallClock.day(of: req.now, in: zone)
        let selected = req.query[String.self, at: "date"].flatMap(CalendarDay.init)
        let month =
            SlotPicker.month(req.query[String.self, at: "month"]) ?? selected?.firstOfMonth
            ?? WallClock.day(of: booking.startsAt, in: zone).firstOfMonth
        let lastDay = WallClock.day(of: req.now, in: lookup.studio.zone).adding(days: type.horizonDays)
        let window = TimeSpan(
            start: WallClock.startOfDay(month.firstOfMonth, in: zone),
            end: WallClock.startOfDay(month.firstOfMonth.adding(days: month.daysInMonth), in: zone))
        let roster = TrainerRoster(db: req.db, studio: lookup.studio)
        let schedules = try await roster.schedules(for: [booking.$trainer.id], around: window, ignoring: booking.id)
        let slots = Availability(timing: type.timing, studioZone: lookup.studio.zone, now: req.now).openSlots(
            in: window, trainers: schedules)
        let id = try booking.requireID().uuidString.lowercased()
        let base = "/bookings/\(id)/move"
        let zoneQuery = zone.identifier == booking.clientTimeZone ? "" : "&tz=\(BookingTrail.encode(zone.identifier))"
        let timeHref = { (slot: Slot) in
            "\(base)/confirm?t=\(token)&start="
                + "\(BookingTrail.encode(OffsetTimestamp.format(slot.start, in: zone)))\(zoneQuery)"
        }
        let picker = SlotPicker(
            slots: slots, month: month, selected: selected, zone: zone, today: today, lastMonth: lastDay,
            dayHref: { "\(base)?t=\(token)&\($0.count == 7 ? "month" : "date")=\($0)\(zoneQuery)" }, timeHref: timeHref)
        let context = BookSlotsContext(
            page: try await PageContext(req, title: "Move your session"), steps: [],
            heading: "Choose a new day and time",
            typeName: type.name, trainerName: trainer.name, picker: picker, zoneName: BookingTimeText.zoneName(zone),
            zoneChoices: ZoneChoice.list(current: zone, studio: lookup.studio.zone), zoneFormAction: base,
            keep: [HiddenField(name: "t", value: token), HiddenField(name: "month", value: SlotPicker.monthID(month))],
            notice: notice,
            alternatives: alternatives.map {
                SlotPicker.Time(label: BookingTimeText.dayAndTime($0.start, in: zone), href: timeHref($0), trainer: nil)
            }.nonEmpty,
            backHref: "/bookings/\(id)?t=\(token)", studioZoneName: BookingTimeText.zoneName(lookup.studio.zone),
            differentZone: zone.identifier != lookup.studio.zone.identifier)
        let view = try await req.view.render("book-slots", context)
        return try await view.encodeResponse(status: status, for: req)
    }
}
