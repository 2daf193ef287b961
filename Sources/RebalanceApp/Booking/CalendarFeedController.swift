import Fluent
import Foundation
import RebalanceCore
import Vapor

/// A trainer's private iCalendar feed (`/calendar/TOKEN.ics`) for Google, Apple or Outlook calendars: the
/// last 30 days and everything ahead, cancelled sessions marked so subscribed calendars remove them.
struct CalendarFeedController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("calendar", ":file", use: feed)
    }

    @Sendable func feed(req: Request) async throws -> Response {
        guard let file = req.parameters.get("file"), file.hasSuffix(".ics") else { throw Abort(.notFound) }
        let token = String(file.dropLast(4))
        guard SecretToken.hasShape(token),
            let trainer = try await StaffMember.query(on: req.db)
                .filter(\.$calendarTokenHash == SecretToken.fingerprint(token)).first(),
            let studio = try await Studio.find(trainer.$studio.id, on: req.db)
        else {
            throw Abort(
                .notFound, reason: "This calendar address is not valid any more. Ask for the new one on the Hours page."
            )
        }
        let bookings = try await Booking.query(on: req.db).filter(\.$trainer.$id == trainer.requireID())
            .filter(\.$startsAt > req.now.addingTimeInterval(-30 * 86_400)).with(\.$sessionType).sort(\.$startsAt)
            .limit(5_000).all()
        let base = req.application.shared.settings.baseURL
        // The trainer's own calendar: the summary names the client, the link opens the booking in the studio app.
        let events = bookings.map { booking in
            CalendarEvent(
                uid: booking.calendarUID, sequence: booking.sequence, start: booking.startsAt, end: booking.endsAt,
                stamp: booking.updatedAt ?? booking.createdAt ?? req.now,
                summary: "\(booking.sessionType.name): \(booking.clientName)",
                location: "\(studio.name), \(studio.address)",
                description: "\(booking.clientName) <\(booking.clientEmail)>"
                    + (booking.clientPhone.map { ", \($0)" } ?? ""),
                status: booking.status == .cancelled ? .cancelled : .confirmed,
                url: booking.id.map { "\(base)/staff/bookings/\($0.uuidString.lowercased())" })
        }
        let calendar = CalendarFile(method: .publish, name: "\(trainer.name) — \(studio.name)", events: events)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        headers.cacheControl = .init(noStore: true)
        return Response(status: .ok, headers: headers, body: .init(string: calendar.render()))
    }
}
