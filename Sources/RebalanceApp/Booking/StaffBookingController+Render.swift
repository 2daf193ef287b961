import Fluent
import Foundation
import RebalanceCore
import Vapor

extension StaffBookingController {
    static func render(
        _ req: Request, _ studio: Studio, _ booking: Booking, error: String?, alternatives: [String],
        saved: String? = nil
    ) async throws -> View {
        let zone = studio.zone
        let type = try await booking.$sessionType.get(on: req.db)
        let trainer = try await booking.$trainer.get(on: req.db)
        let lead = try await booking.$lead.get(on: req.db)
        let changes = try await BookingChange.query(on: req.db).filter(\.$booking.$id == booking.requireID()).sort(
            \.$createdAt
        ).all()
        let members = try await StaffMember.query(on: req.db).filter(\.$studio.$id == studio.requireID()).sort(\.$name)
            .all()
        let knowledge = req.application.shared.knowledge
        // What the client said about their health: the self-check's referral, or the answers given while booking.
        var referral: [String] = []
        var health: [String] = []
        if let answers = try await booking.$selfCheck.get(on: req.db)?.answers, answers.isComplete {
            referral = SelfCheckResult(answers: answers, engine: req.application.shared.engine).referral.reasons
                .map(\.name)
        }
        // Empty when the client came with a self-check (its answers are shown above) or booked as staff.
        if !booking.healthAnswers.isEmpty {
            let record = try JSONColumn.decode(HealthRecord.self, booking.healthAnswers)
            let questions = Dictionary(
                knowledge.safety.healthQuestions.map { ($0.id, $0.question) }, uniquingKeysWith: { a, _ in a })
            health = record.answers.filter(\.value).keys.sorted().map { "Yes: \(questions[$0] ?? $0)" }
            let flags = Dictionary(
                knowledge.safety.redFlags.map { ($0.id, $0.question) }, uniquingKeysWith: { a, _ in a })
            referral += record.redFlags.map { "Warning sign: \(flags[$0] ?? $0.rawValue)" }
        }
        let live = booking.status != .cancelled
        let client = try await Client.query(on: req.db).filter(\.$studio.$id == studio.requireID())
            .filter(\.$email == booking.clientEmail).first()
        return try await req.view.render(
            "staff-booking",
            StaffBookingContext(
                page: try await PageContext(req, title: "Booking: \(booking.clientName)"),
                id: try booking.requireID().uuidString.lowercased(), typeName: type.name,
                status: booking.status.label + (booking.lateCancellation ? " (late)" : ""),
                cancelled: !live,
                when: BookingTimeText.dayAndTime(booking.startsAt, in: zone) + "–"
                    + BookingTimeText.time(booking.endsAt, in: zone),
                duration: "\(type.durationMinutes) min", trainerName: trainer.name, clientName: booking.clientName,
                clientEmail: booking.clientEmail, clientPhone: booking.clientPhone,
                clientZone: booking.clientTimeZone == studio.timeZone ? nil : booking.clientTimeZone,
                madeBy: booking.madeBy == .client ? "Booked online by the client" : "Booked by the studio",
                leadHref: lead.flatMap { $0.id.map { "/staff/leads/\($0.uuidString)" } },
                clientHref: client?.id.map { "/staff/clients/\($0.uuidString.lowercased())" },
                referral: referral.nonEmpty,
                health: health.nonEmpty,
                notes: booking.staffNotes,
                history: changes.map {
                    StaffBookingContext.Change(
                        when: BookingTimeText.dateAndTime($0.createdAt, in: zone),
                        who: $0.actorName + ($0.actor == .client ? " (client)" : ""), summary: $0.summary)
                },
                canMark: live && booking.startsAt <= req.now, canChange: booking.status == .confirmed,
                lateHint: studio.cancellationPolicy.standing(of: booking.startsAt, now: req.now) == .late,
                trainers: members.map {
                    TrainerFilter(
                        id: $0.id?.uuidString.lowercased() ?? "", name: $0.name, selected: $0.id == trainer.id)
                },
                moveDate: WallClock.day(of: booking.startsAt, in: zone).description,
                moveTime: String(OffsetTimestamp.format(booking.startsAt, in: zone).dropFirst(11).prefix(5)),
                error: error, alternatives: alternatives.nonEmpty, saved: saved.map(Self.savedText)))
    }

    static func renderNew(
        _ req: Request, _ studio: Studio, typed: [String: String], error: String?, alternatives: [String],
        find: String = "", found: [ClientList.Entry] = []
    ) async throws -> View {
        let staff = try req.requireStaff()
        let types = try await BookingLookup(req: req, studio: studio).sessionTypes()
        let members = try await StaffMember.query(on: req.db).filter(\.$studio.$id == studio.requireID()).sort(\.$name)
            .all()
        let trainer = typed["trainer"] ?? staff.member.id?.uuidString.lowercased() ?? ""
        return try await req.view.render(
            "staff-booking-new",
            StaffNewBookingContext(
                page: try await PageContext(req, title: "Book a client"),
                types: types.map {
                    TypeChoice(
                        id: $0.slug, name: "\($0.name) (\($0.durationMinutes) min)",
                        selected: $0.slug == (typed["type"] ?? "one-to-one"))
                },
                trainers: members.map {
                    TrainerFilter(
                        id: $0.id?.uuidString.lowercased() ?? "", name: $0.name,
                        selected: $0.id?.uuidString.lowercased() == trainer)
                },
                date: typed["date"] ?? "", time: typed["time"] ?? "", name: typed["name"] ?? "",
                email: typed["email"] ?? "",
                phone: typed["phone"] ?? "", leadID: typed["lead"], outsideHours: typed["outsideHours"] == "yes",
                error: error,
                alternatives: alternatives.nonEmpty, zoneName: BookingTimeText.zoneName(studio.zone), find: find,
                found: found.map {
                    ClientChoice(
                        label: "\($0.name) — \($0.email)",
                        href: "/staff/bookings/new?client=\($0.id.uuidString.lowercased())")
                }.nonEmpty))
    }

    static func savedText(_ key: String) -> String {
        switch key {
        case "booked": "Booked. The client's confirmation is on its way."
        case "moved": "Moved. The client has been sent the new time."
        case "cancelled": "Cancelled. The client has been told."
        case "notes": "Notes saved."
        default: "Saved."
        }
    }
}
