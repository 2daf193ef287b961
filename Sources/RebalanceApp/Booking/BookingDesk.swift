import Fluent
import Foundation
import RebalanceCore

/// Makes, moves, cancels and marks bookings. Each change is one write transaction: the slot is checked again
/// inside it, the booking, its history line and its emails are written together, and the database's own
/// overlap guard has the last word, so a lost race ends as "just taken", never as a double booking.
struct BookingDesk {
    let db: any Database
    let studio: Studio
    let links: BookingLinks
    /// The public address, for links in emails.
    let baseURL: String
    /// The present instant every rule of this desk reads.
    let now: Date

    /// Which trainer a booking is for.
    enum TrainerChoice: Sendable, Equatable {
        case specific(UUID)
        case any
    }

    /// Who is acting, and how far the rules bend for them.
    struct Actor: Sendable {
        let kind: Booking.Actor
        let name: String
        /// Staff may also book outside the weekly hours when they say so; nobody ever books over another booking.
        var outsideHours = false

        /// Staff book inside the minimum notice and beyond the horizon (they know their own diary).
        var enforcesNotice: Bool { kind == .client }
    }

    /// A new booking as asked for.
    struct Order: Sendable {
        var type: SessionType
        var trainer: TrainerChoice
        var start: Date
        var client: BookingClient
        var actor: Actor
        var referralRequired = false
        var healthAnswers = ""
        var leadID: UUID?
        var selfCheckID: UUID?
    }

    func book(_ order: Order) async throws(BookingFailure) -> Booking {
        do {
            let booking = try await place(order)
            StudioMetrics.count(.bookingCreated)
            return booking
        } catch {
            StudioMetrics.count(.bookingRefused(error.kind))
            throw error
        }
    }

    private func place(_ order: Order) async throws(BookingFailure) -> Booking {
        guard
            order.type.kind.isBookable(
                referralRequired: order.referralRequired,
                consultationAllowedWithReferral: studio.consultationWithReferral)
        else { throw .referralRequired(consultationAllowed: studio.consultationWithReferral) }
        let candidates = try await candidates(order.type, order.trainer, staff: order.actor.kind == .staff)
        let window = TimeSpan(
            start: order.start.addingTimeInterval(-86_400), end: order.start.addingTimeInterval(86_400))
        do {
            let booking = try await db.writeTransaction { [self] tx in
                let roster = TrainerRoster(db: tx, studio: studio)
                let schedules = try await roster.schedules(for: candidates.compactMap(\.id), around: window)
                let trainerID = try pick(
                    order.start, timing: order.type.timing, schedules: schedules, actor: order.actor)
                guard let trainer = candidates.first(where: { $0.id == trainerID }) else {
                    throw BookingFailure.unknownTrainer
                }
                let booking = try Booking(
                    studioID: studio.requireID(), sessionType: order.type, trainerID: trainerID, start: order.start,
                    client: order.client, madeBy: order.actor.kind, bookedAt: now, healthAnswers: order.healthAnswers,
                    leadID: order.leadID, selfCheckID: order.selfCheckID)
                try await booking.create(on: tx)
                try await record(
                    booking, order.actor,
                    "Booked \(order.type.name) for \(BookingTimeText.dayAndTime(order.start, in: studio.zone))", on: tx)
                try await send(.confirmed, booking, order.type, trainer, on: tx)
                if let leadID = order.leadID {
                    try await Lead.query(on: tx).filter(\.$id == leadID).set(\.$status, to: .booked).update()
                }
                return booking
            }
            await changed()
            return booking
        } catch let failure as BookingFailure {
            if case .refused(.taken, _) = failure {
                throw .taken(alternatives: await alternatives(order.type, candidates, near: order.start))
            }
            throw failure
        } catch let error where NoDoubleBooking.isOverlap(error) {
            throw .taken(alternatives: await alternatives(order.type, candidates, near: order.start))
        } catch {
            throw .invalid([.init(field: "", message: "The booking could not be saved. Please try again in a moment.")])
        }
    }

    /// Moves a booking to `start` (and, for staff, possibly to another trainer).
    func move(_ booking: Booking, to start: Date, trainer newTrainerID: UUID? = nil, actor: Actor)
        async throws(BookingFailure) -> Booking
    {
        guard booking.status != .cancelled else { throw .alreadyCancelled }
        if actor.kind == .client {
            switch studio.cancellationPolicy.standing(of: booking.startsAt, now: now) {
            case .open: break
            case .late: throw .lateMove(windowHours: studio.cancellationWindowHours)
            case .closed: throw .sessionStarted
            }
        }
        let type: SessionType
        let candidates: [StaffMember]
        do {
            type = try await booking.$sessionType.get(on: db)
            let trainerID = newTrainerID ?? booking.$trainer.id
            guard
                let trainer = try await StaffMember.query(on: db).filter(\.$id == trainerID)
                    .filter(\.$studio.$id == studio.requireID()).first()
            else { throw BookingFailure.unknownTrainer }
            candidates = [trainer]
        } catch let failure as BookingFailure { throw failure } catch {
            throw .invalid([.init(field: "", message: "The booking could not be loaded.")])
        }
        let bookingID = booking.id
        let window = TimeSpan(start: start.addingTimeInterval(-86_400), end: start.addingTimeInterval(86_400))
        let from = booking.startsAt
        do {
            let moved = try await db.writeTransaction { [self] tx in
                let schedules = try await TrainerRoster(db: tx, studio: studio)
                    .schedules(for: candidates.compactMap(\.id), around: window, ignoring: bookingID)
                let trainerID = try pick(start, timing: type.timing, schedules: schedules, actor: actor)
                guard let fresh = try await Booking.find(bookingID, on: tx), fresh.status != .cancelled else {
                    throw BookingFailure.alreadyCancelled
                }
                fresh.$trainer.id = trainerID
                fresh.move(to: start, timing: type.timing)
                fresh.sequence += 1
                fresh.reminderQueuedAt = nil
                try await fresh.save(on: tx)
                try await record(
                    fresh, actor,
                    "Moved from \(BookingTimeText.dayAndTime(from, in: studio.zone)) "
                        + "to \(BookingTimeText.dayAndTime(start, in: studio.zone))",
                    on: tx)
                try await send(.changed(from: from), fresh, type, candidates[0], on: tx)
                return fresh
            }
            await changed()
            return moved
        } catch let failure as BookingFailure {
            if case .refused(.taken, _) = failure {
                throw .taken(alternatives: await alternatives(type, candidates, near: start))
            }
            throw failure
        } catch let error where NoDoubleBooking.isOverlap(error) {
            throw .taken(alternatives: await alternatives(type, candidates, near: start))
        } catch {
            throw .invalid([.init(field: "", message: "The booking could not be saved. Please try again in a moment.")])
        }
    }

    /// Cancels a booking; a client's cancellation inside the policy window is recorded as late.
    func cancel(_ booking: Booking, actor: Actor, reason: String, late staffSaysLate: Bool = false)
        async throws(BookingFailure) -> Booking
    {
        guard booking.status == .confirmed else { throw .alreadyCancelled }
        let standing = studio.cancellationPolicy.standing(of: booking.startsAt, now: now)
        if actor.kind == .client, standing == .closed { throw .sessionStarted }
        let late = actor.kind == .client ? standing == .late : staffSaysLate
        let bookingID = booking.id
        do {
            let cancelled = try await db.writeTransaction { [self] tx in
                guard let fresh = try await Booking.find(bookingID, on: tx), fresh.status == .confirmed else {
                    throw BookingFailure.alreadyCancelled
                }
                fresh.status = .cancelled
                fresh.cancelledAt = now
                fresh.cancelledBy = actor.kind
                fresh.lateCancellation = late
                fresh.sequence += 1
                try await fresh.save(on: tx)
                let why = reason.isEmpty ? "" : ": \(reason)"
                try await record(fresh, actor, "Cancelled\(late ? " (late)" : "")\(why)", on: tx)
                let type = try await fresh.$sessionType.get(on: tx)
                let trainer = try await fresh.$trainer.get(on: tx)
                try await send(.cancelled, fresh, type, trainer, on: tx)
                // A lead whose only booking is cancelled needs the studio's call again: back to "new", so it shows
                // on the start page instead of reading "Booked".
                if let leadID = fresh.$lead.id {
                    let live = try await Booking.query(on: tx).filter(\.$lead.$id == leadID)
                        .filter(\.$status == .confirmed).count()
                    if live == 0 {
                        try await Lead.query(on: tx).filter(\.$id == leadID).filter(\.$status == .booked)
                            .set(\.$status, to: .new).update()
                    }
                }
                return fresh
            }
            await changed()
            StudioMetrics.count(.bookingCancelled)
            return cancelled
        } catch let failure as BookingFailure { throw failure } catch {
            throw .invalid([.init(field: "", message: "The booking could not be saved. Please try again in a moment.")])
        }
    }

    /// Marks a session as completed or a no-show (or back to confirmed); only once it has started.
    func mark(_ booking: Booking, as status: Booking.Status, actor: Actor) async throws(BookingFailure) {
        guard booking.status != .cancelled else { throw .alreadyCancelled }
        guard status != .cancelled else {
            throw .invalid([.init(field: "status", message: "Use Cancel to cancel a booking.")])
        }
        guard status == .confirmed || booking.startsAt <= now else {
            throw .invalid([.init(field: "status", message: "A session can be marked once it has started.")])
        }
        do {
            try await db.writeTransaction { [self] tx in
                booking.status = status
                try await booking.save(on: tx)
                try await record(booking, actor, "Marked \(status.label.lowercased())", on: tx)
            }
        } catch {
            throw .invalid([.init(field: "", message: "The booking could not be saved. Please try again in a moment.")])
        }
    }

    // MARK: - Pieces

    /// Tells every instance's availability cache that the diary changed (after the commit; see `DiaryRevision`).
    private func changed() async {
        do { try await DiaryRevision.bump(on: db) } catch { db.logger.warning("diary revision not raised: \(error)") }
    }

    /// The trainers who could take an order: one named trainer (who must offer the type), or everyone who does.
    private func candidates(_ type: SessionType, _ choice: TrainerChoice, staff: Bool) async throws(BookingFailure)
        -> [StaffMember]
    {
        do {
            // Staff can book a trainer who has no weekly hours yet (by hand, outside hours).
            let offering = try await TrainerRoster(db: db, studio: studio).trainers(
                offering: type, withHoursOnly: !staff)
            switch choice {
            case .any:
                guard !offering.isEmpty else { throw BookingFailure.refused(.outsideAvailability, zone: studio.zone) }
                return offering
            case .specific(let id):
                guard
                    let trainer = try await StaffMember.query(on: db).filter(\.$id == id)
                        .filter(\.$studio.$id == studio.requireID()).first()
                else { throw BookingFailure.unknownTrainer }
                guard offering.contains(where: { $0.id == id }) else {
                    throw BookingFailure.notOfferedBy(trainer: trainer.name, type: type.name)
                }
                return [trainer]
            }
        } catch let failure as BookingFailure { throw failure } catch {
            throw .invalid([
                .init(field: "", message: "The booking could not be checked. Please try again in a moment.")
            ])
        }
    }

    /// The trainer who takes `start`: among those free then, the one with the least booked time that day.
    private func pick(_ start: Date, timing: SessionTiming, schedules: [TrainerSchedule], actor: Actor) throws -> UUID {
        let availability = Availability(timing: timing, studioZone: studio.zone, now: now)
        var firstRefusal: Availability.Refusal?
        var free: [TrainerSchedule] = []
        for schedule in schedules {
            if actor.outsideHours {
                guard start > now else {
                    firstRefusal = .inThePast
                    continue
                }
                guard schedule.busy.isFree(timing.blocked(startingAt: start)) else {
                    firstRefusal = firstRefusal ?? .taken
                    continue
                }
                free.append(schedule)
                continue
            }
            switch availability.check(start: start, trainer: schedule, enforcingNotice: actor.enforcesNotice) {
            case .success: free.append(schedule)
            case .failure(let refusal):
                // "Taken" is the most useful thing to say when any trainer would have worked at that time.
                if firstRefusal == nil || refusal == .taken { firstRefusal = refusal }
            }
        }
        let day = TimeSpan(start: start.addingTimeInterval(-43_200), end: start.addingTimeInterval(43_200))
        let chosen = free.min { a, b in
            let (x, y) = (a.busy.bookedTime(in: day), b.busy.bookedTime(in: day))
            return x != y ? x < y : a.trainerID < b.trainerID
        }
        guard let chosen, let id = UUID(uuidString: chosen.trainerID) else {
            throw BookingFailure.refused(firstRefusal ?? .outsideAvailability, zone: studio.zone)
        }
        return id
    }

    /// Up to three free slots nearest to `start`, from a week around it.
    private func alternatives(_ type: SessionType, _ trainers: [StaffMember], near start: Date) async -> [Slot] {
        let window = TimeSpan(start: start.addingTimeInterval(-2 * 86_400), end: start.addingTimeInterval(7 * 86_400))
        do {
            let slots = try await TrainerRoster(db: db, studio: studio).openSlots(
                of: type, trainers: trainers, in: window, now: now)
            return Availability.nearest(to: start, among: slots, count: 3)
        } catch {
            // The time is taken either way; the alternatives are a courtesy, so a schedule that cannot be read is
            // logged for the owner rather than hidden or shown to the client as a failed booking.
            db.logger.error("Could not list alternative slots: \(String(reflecting: error))")
            return []
        }
    }

    private func record(_ booking: Booking, _ actor: Actor, _ summary: String, on db: any Database) async throws {
        try await BookingChange(
            bookingID: booking.requireID(), actor: actor.kind, actorName: actor.name, summary: summary
        ).create(on: db)
    }

    private func send(
        _ occasion: BookingEmails.Occasion, _ booking: Booking, _ type: SessionType, _ trainer: StaffMember,
        on db: any Database
    ) async throws {
        let token = try links.token(for: booking)
        let emails = BookingEmails(
            studio: studio, sessionType: type, trainer: trainer, booking: booking,
            manageURL: baseURL + BookingLinks.managePath(try booking.requireID(), token: token), now: now)
        try await emails.toClient(occasion).create(on: db)
        let studioRecipients = try await StudioEmails.recipients(of: occasion, trainer: trainer, on: db)
        for note in emails.toStudio(occasion, recipients: studioRecipients) { try await note.create(on: db) }
    }
}
