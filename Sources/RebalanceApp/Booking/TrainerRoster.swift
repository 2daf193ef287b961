import Fluent
import Foundation
import RebalanceCore

/// Who offers a session type, and each trainer's schedule (weekly hours, exceptions, time off, bookings) for a
/// stretch of time, loaded in four queries whatever the number of trainers or days.
struct TrainerRoster {
    let db: any Database
    let studio: Studio

    /// The studio's trainers who offer `type` and (unless `withHoursOnly` is false) have weekly hours, by name.
    func trainers(offering type: SessionType, withHoursOnly: Bool = true) async throws -> [StaffMember] {
        let studioID = try studio.requireID()
        var query = StaffMember.query(on: db).filter(\.$studio.$id == studioID)
        if !type.allTrainers {
            let linked = try await SessionTypeTrainer.query(on: db).filter(\.$sessionType.$id == type.requireID()).all()
            query = query.filter(\.$id ~~ linked.map(\.$trainer.id))
        }
        let members = try await query.sort(\.$name).all()
        guard withHoursOnly else { return members }
        let withHours = Set(
            try await AvailabilityRule.query(on: db).filter(\.$trainer.$id ~~ members.compactMap(\.id)).all().map(\.$trainer.id))
        return members.filter { $0.id.map(withHours.contains) ?? false }
    }

    /// The schedules of `trainerIDs` around `window` (a day either side, since buffers can reach across its edges).
    /// `ignoring` leaves one booking out: the one being moved does not block its own new time.
    func schedules(for trainerIDs: [UUID], around window: TimeSpan, ignoring: UUID? = nil) async throws -> [TrainerSchedule] {
        guard !trainerIDs.isEmpty else { return [] }
        let zone = studio.zone
        let from = window.start.addingTimeInterval(-86_400), until = window.end.addingTimeInterval(86_400)
        let firstDay = WallClock.day(of: from, in: zone).description, lastDay = WallClock.day(of: until, in: zone).description

        let rules = try await AvailabilityRule.query(on: db).filter(\.$trainer.$id ~~ trainerIDs).all()
        let exceptions = try await AvailabilityException.query(on: db).filter(\.$trainer.$id ~~ trainerIDs)
            .filter(\.$day >= firstDay).filter(\.$day <= lastDay).all()
        let timeOff = try await TimeOff.query(on: db).filter(\.$trainer.$id ~~ trainerIDs)
            .filter(\.$endsAt > from).filter(\.$startsAt < until).all()
        var bookingQuery = Booking.query(on: db).filter(\.$trainer.$id ~~ trainerIDs)
            .filter(\.$status != .cancelled).filter(\.$blockedUntil > from).filter(\.$blockedFrom < until)
        if let ignoring { bookingQuery = bookingQuery.filter(\.$id != ignoring) }
        let bookings = try await bookingQuery.all()

        return trainerIDs.map { trainerID in
            var weekly: [Weekday: [LocalTimeRange]] = [:]
            for rule in rules where rule.$trainer.id == trainerID {
                if let range = rule.range { weekly[rule.weekday, default: []].append(range) }
            }
            var dated: [CalendarDay: [LocalTimeRange]] = [:]
            for exception in exceptions where exception.$trainer.id == trainerID {
                if let day = CalendarDay(exception.day) {
                    dated[day] = (try? LocalTimeRange.parseList(exception.ranges)) ?? []
                }
            }
            let busy = timeOff.filter { $0.$trainer.id == trainerID }.map { TimeSpan(start: $0.startsAt, end: $0.endsAt) }
                + bookings.filter { $0.$trainer.id == trainerID }.map { TimeSpan(start: $0.blockedFrom, end: $0.blockedUntil) }
            return TrainerSchedule(
                trainerID: trainerID.uuidString.lowercased(), weekly: weekly.mapValues { $0.sorted() }, exceptions: dated, busy: busy)
        }
    }

    /// Open slots of `type` in `window` for `trainers`, as of `now`.
    func openSlots(of type: SessionType, trainers: [StaffMember], in window: TimeSpan, now: Date = Date()) async throws -> [Slot] {
        let schedules = try await schedules(for: trainers.compactMap(\.id), around: window)
        return Availability(timing: type.timing, studioZone: studio.zone, now: now).openSlots(in: window, trainers: schedules)
    }
}

extension UUID {
    /// Reads the lower-case form used in slots and URLs (and any other case).
    init?(slotID: String) {
        self.init(uuidString: slotID.uppercased())
    }
}
