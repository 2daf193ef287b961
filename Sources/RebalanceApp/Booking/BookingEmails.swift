import Foundation
import RebalanceCore

/// The emails a booking sends (confirmation, change, cancellation, reminder, and a note to the studio), each
/// with the calendar file a client's calendar needs.
struct BookingEmails {
    let studio: Studio
    let sessionType: SessionType
    let trainer: StaffMember
    let booking: Booking
    /// Absolute link to the client's booking page (with its signed token).
    let manageURL: String
    let now: Date

    /// What happened to the booking.
    enum Occasion {
        case confirmed
        case changed(from: Date)
        case cancelled, reminder
    }

    func toClient(_ occasion: Occasion) -> OutboxMessage {
        let zone = TimeZone(identifier: booking.clientTimeZone) ?? studio.zone
        let when = BookingTimeText.dayTimeAndZone(booking.startsAt, in: zone)
        let what = "\(sessionType.name) with \(trainer.name)"
        let (subject, opening): (String, String)
        var method = CalendarFile.Method.request
        switch occasion {
        case .confirmed:
            subject = "Booked: \(sessionType.name), \(BookingTimeText.dayAndTime(booking.startsAt, in: zone))"
            opening = "Your \(what) is booked for \(when)."
        case .changed(let from):
            subject = "Moved: \(sessionType.name), now \(BookingTimeText.dayAndTime(booking.startsAt, in: zone))"
            opening = "Your \(what) has moved from \(BookingTimeText.dayAndTime(from, in: zone)) to \(when)."
        case .cancelled:
            method = .cancel
            subject = "Cancelled: \(sessionType.name), \(BookingTimeText.dayAndTime(booking.startsAt, in: zone))"
            opening =
                "Your \(what) on \(when) is cancelled."
                + (booking.lateCancellation
                    ? " It was cancelled within \(studio.cancellationWindowHours) hours of the start, "
                        + "so it is recorded as a late cancellation."
                    : "")
        case .reminder:
            subject = "Tomorrow: \(sessionType.name) at \(BookingTimeText.time(booking.startsAt, in: zone))"
            opening = "A reminder: your \(what) is on \(when)."
        }
        var lines = ["Hello \(booking.clientName),", "", opening, ""]
        if case .cancelled = occasion {
            lines += ["To book another time: \(rootURL)/book", ""]
        } else {
            lines += [
                "Where: \(studio.name), \(studio.address)",
                "Bring: comfortable clothes you can move in, and trainers or bare feet.",
                "",
                "To see, move or cancel this booking: \(manageURL)",
                "Changes are free up to \(studio.cancellationWindowHours) hours before the start.",
                "",
            ]
        }
        lines += [
            "\(studio.name)", "We describe movement patterns; we do not diagnose disease. In an emergency call 911.",
        ]
        return OutboxMessage(
            recipient: booking.clientEmail, subject: subject, body: lines.joined(separator: "\n"),
            attachment: OutboxMessage.Attachment(
                name: "session.ics", contentType: "text/calendar; charset=utf-8; method=\(method.rawValue)",
                content: calendarFile(method: method).render()),
            now: now)
    }

    /// A short note to the studio (the trainer, and whoever asked for every booking): booked, moved or cancelled,
    /// in the studio's zone.
    func toStudio(_ occasion: Occasion, recipients: [String]) -> [OutboxMessage] {
        let zone = studio.zone
        let when = BookingTimeText.dayAndTime(booking.startsAt, in: zone)
        let headline: String
        switch occasion {
        case .confirmed: headline = "New booking: \(booking.clientName), \(sessionType.name), \(when)"
        case .changed(let from):
            headline =
                "Moved: \(booking.clientName), \(sessionType.name), "
                + "\(BookingTimeText.dayAndTime(from, in: zone)) → \(when)"
        case .cancelled:
            headline =
                "Cancelled\(booking.lateCancellation ? " (late)" : ""): "
                + "\(booking.clientName), \(sessionType.name), \(when)"
        case .reminder: return []
        }
        let body = [
            headline, "",
            "Client: \(booking.clientName) <\(booking.clientEmail)>\(booking.clientPhone.map { ", \($0)" } ?? "")",
            "Details: \(rootURL)/staff/bookings/\(booking.id?.uuidString.lowercased() ?? "")",
        ].joined(separator: "\n")
        return recipients.map { OutboxMessage(recipient: $0, subject: headline, body: body, now: now) }
    }

    /// The booking as a calendar file: an invitation, an update, or a cancellation with the same UID.
    func calendarFile(method: CalendarFile.Method) -> CalendarFile {
        CalendarFile(
            method: method,
            events: [
                Self.event(booking, type: sessionType, trainer: trainer, studio: studio, manageURL: manageURL, now: now)
            ])
    }

    static func event(
        _ booking: Booking, type: SessionType, trainer: StaffMember, studio: Studio, manageURL: String?, now: Date
    ) -> CalendarEvent {
        let organizerEmail = studio.email.isEmpty ? trainer.email : studio.email
        return CalendarEvent(
            uid: booking.calendarUID, sequence: booking.sequence, start: booking.startsAt, end: booking.endsAt,
            stamp: now,
            summary: "\(type.name) with \(trainer.name) — \(studio.name)",
            location: "\(studio.name), \(studio.address)",
            description: manageURL.map { "See, move or cancel: \($0)" }
                ?? "\(booking.clientName) <\(booking.clientEmail)>",
            status: booking.status == .cancelled ? .cancelled : .confirmed,
            organizer: (studio.name, organizerEmail), attendee: (booking.clientName, booking.clientEmail),
            url: manageURL)
    }

    private var rootURL: String {
        guard let range = manageURL.range(of: "/bookings/") else { return manageURL }
        return String(manageURL[..<range.lowerBound])
    }
}
