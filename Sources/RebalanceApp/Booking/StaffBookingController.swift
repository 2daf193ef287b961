import Fluent
import Foundation
import RebalanceCore
import Vapor

/// A trainer's work on single bookings: book a client, see one booking with its history, move it, cancel it,
/// mark it completed or a no-show, and keep notes. Every booking is looked up within the member's studio.
struct StaffBookingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let bookings = routes.grouped("staff").grouped(RequireStaff()).grouped("bookings")
        bookings.get("new", use: newForm)
        bookings.post("new", use: create)
        bookings.get(":bookingID", use: show)
        bookings.post(":bookingID", "status", use: mark)
        bookings.post(":bookingID", "cancel", use: cancel)
        bookings.post(":bookingID", "move", use: move)
        bookings.post(":bookingID", "notes", use: notes)
    }

    @Sendable func show(req: Request) async throws -> View {
        let (studio, booking) = try await Self.booking(req)
        return try await Self.render(
            req, studio, booking, error: nil, alternatives: [], saved: req.query[String.self, at: "saved"])
    }

    @Sendable func mark(req: Request) async throws -> Response {
        let (studio, booking) = try await Self.booking(req)
        let fields = try req.content.decode([String: String].self)
        guard let status = fields["status"].flatMap(Booking.Status.init(rawValue:)) else {
            throw Abort(.badRequest, reason: "Choose completed, no-show or confirmed.")
        }
        let (desk, actor) = (try await Self.desk(req, studio), try Self.actor(req))
        do {
            try await desk.mark(booking, as: status, actor: actor)
            return Self.redirect(req, booking, saved: "status")
        } catch {
            return try await Self.render(req, studio, booking, error: error.message, alternatives: []).encodeResponse(
                status: error.status, for: req)
        }
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        let (studio, booking) = try await Self.booking(req)
        let fields = try req.content.decode([String: String].self)
        let reason = String((fields["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(500))
        let (desk, actor) = (try await Self.desk(req, studio), try Self.actor(req))
        do {
            _ = try await desk.cancel(booking, actor: actor, reason: reason, late: fields["late"] == "yes")
            return Self.redirect(req, booking, saved: "cancelled")
        } catch {
            return try await Self.render(req, studio, booking, error: error.message, alternatives: []).encodeResponse(
                status: error.status, for: req)
        }
    }

    @Sendable func move(req: Request) async throws -> Response {
        let (studio, booking) = try await Self.booking(req)
        let fields = try req.content.decode([String: String].self)
        guard let start = WallClock.instant(formDate: fields["date"], fields["time"], zone: studio.zone) else {
            return try await Self.render(req, studio, booking, error: "Enter the new date and time.", alternatives: [])
                .encodeResponse(status: .badRequest, for: req)
        }
        let trainerID = try await Self.trainer(req, fields["trainer"])
        var actor = try Self.actor(req)
        actor.outsideHours = fields["outsideHours"] == "yes"
        let desk = try await Self.desk(req, studio)
        do {
            _ = try await desk.move(booking, to: start, trainer: trainerID, actor: actor)
            return Self.redirect(req, booking, saved: "moved")
        } catch {
            let alternatives = Self.alternatives(error, zone: studio.zone)
            return try await Self.render(req, studio, booking, error: error.message, alternatives: alternatives)
                .encodeResponse(status: error.status, for: req)
        }
    }

    @Sendable func notes(req: Request) async throws -> Response {
        let (_, booking) = try await Self.booking(req)
        let notes = (try req.content.get(String.self, at: "notes")).trimmingCharacters(in: .whitespacesAndNewlines)
        guard notes.count <= 5_000 else { throw Abort(.badRequest, reason: "Notes are limited to 5,000 characters.") }
        booking.staffNotes = notes
        try await booking.save(on: req.db)
        return Self.redirect(req, booking, saved: "notes")
    }

    @Sendable func newForm(req: Request) async throws -> View {
        let studio = try await req.staffStudio()
        var typed: [String: String] = [
            "date": WallClock.day(of: req.now, in: studio.zone).adding(days: 1).description, "time": "09:00",
        ]
        if let leadID = req.query[String.self, at: "lead"].flatMap({ UUID(uuidString: $0) }),
            let lead = try await Lead.query(on: req.db).filter(\.$id == leadID).filter(
                \.$studio.$id == studio.requireID()
            ).first()
        {
            typed.merge([
                "name": lead.name, "email": lead.email, "phone": lead.phone ?? "",
                "lead": leadID.uuidString.lowercased(),
            ]) { $1 }
        }
        // A client of the studio chosen from their record or from "find a client": their contact details.
        if let clientID = req.query[String.self, at: "client"].flatMap({ UUID(uuidString: $0) }),
            let client = try await Client.query(on: req.db).filter(\.$id == clientID)
                .filter(\.$studio.$id == studio.requireID()).first()
        {
            typed.merge(["name": client.name, "email": client.email, "phone": client.phone ?? ""]) { $1 }
        }
        let find = (req.query[String.self, at: "find"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let found =
            find.isEmpty
            ? []
            : try await ClientList(studioID: studio.requireID(), show: .active, search: String(find.prefix(100)))
                .page(offset: 0, limit: 10, on: req.db)
        return try await Self.renderNew(
            req, studio, typed: typed, error: nil, alternatives: [], find: find, found: found)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let studio = try await req.staffStudio()
        let fields = try req.content.decode([String: String].self)
        func fail(_ message: String, _ status: HTTPStatus, _ alternatives: [String] = []) async throws -> Response {
            try await Self.renderNew(req, studio, typed: fields, error: message, alternatives: alternatives)
                .encodeResponse(status: status, for: req)
        }
        guard let slug = fields["type"], let type = try await BookingLookup(req: req, studio: studio).sessionType(slug)
        else {
            return try await fail("Choose a session type.", .badRequest)
        }
        guard let trainerID = try await Self.trainer(req, fields["trainer"]) else {
            return try await fail("Choose a trainer.", .badRequest)
        }
        guard let start = WallClock.instant(formDate: fields["date"], fields["time"], zone: studio.zone) else {
            return try await fail("Enter the date and the start time.", .badRequest)
        }
        let (client, issues) = BookingAPI.client(
            name: fields["name"], email: fields["email"], phone: fields["phone"], timeZone: studio.timeZone, prefix: "")
        guard let client else {
            return try await fail(
                "Please check the client's " + issues.map(\.path).joined(separator: " and ") + ".", .badRequest)
        }
        var leadID = fields["lead"].flatMap { UUID(uuidString: $0) }
        if let id = leadID,
            try await Lead.query(on: req.db).filter(\.$id == id).filter(\.$studio.$id == studio.requireID()).first()
                == nil
        {
            leadID = nil
        }
        var actor = try Self.actor(req)
        actor.outsideHours = fields["outsideHours"] == "yes"
        let desk = try await Self.desk(req, studio)
        do {
            let booking = try await desk.book(
                BookingDesk.Order(
                    type: type, trainer: .specific(trainerID), start: start, client: client, actor: actor,
                    leadID: leadID))
            return Self.redirect(req, booking, saved: "booked")
        } catch {
            return try await fail(error.message, error.status, Self.alternatives(error, zone: studio.zone))
        }
    }

    // MARK: - Helpers

    /// The booking in the path, only if it belongs to the signed-in member's studio; otherwise 404.
    static func booking(_ req: Request) async throws -> (Studio, Booking) {
        let staff = try req.requireStaff()
        guard let id = req.parameters.get("bookingID").flatMap({ UUID(uuidString: $0) }),
            let booking = try await Booking.query(on: req.db).filter(\.$id == id).filter(
                \.$studio.$id == staff.member.$studio.id
            ).first(),
            let studio = try await Studio.find(staff.member.$studio.id, on: req.db)
        else { throw Abort(.notFound) }
        return (studio, booking)
    }

    /// A trainer id from a form, only if that member is in the signed-in member's studio.
    static func trainer(_ req: Request, _ raw: String?) async throws -> UUID? {
        let staff = try req.requireStaff()
        guard let raw, let id = UUID(uuidString: raw) else { return nil }
        return try await StaffMember.query(on: req.db).filter(\.$id == id).filter(
            \.$studio.$id == staff.member.$studio.id
        ).first()?.id
    }

    static func actor(_ req: Request) throws -> BookingDesk.Actor {
        BookingDesk.Actor(kind: .staff, name: try req.requireStaff().member.name)
    }

    static func desk(_ req: Request, _ studio: Studio) async throws -> BookingDesk {
        BookingDesk(
            db: req.db, studio: studio, links: try await req.bookingLinks(),
            baseURL: req.application.shared.settings.baseURL, now: req.now)
    }

    static func alternatives(_ failure: BookingFailure, zone: TimeZone) -> [String] {
        guard case .taken(let slots) = failure else { return [] }
        return slots.map { BookingTimeText.dayAndTime($0.start, in: zone) }
    }

    static func redirect(_ req: Request, _ booking: Booking, saved: String) -> Response {
        req.redirect(
            to: "/staff/bookings/\(booking.id?.uuidString.lowercased() ?? "")?saved=\(saved)", redirectType: .normal)
    }
}
