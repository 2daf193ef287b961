import Fluent
import Foundation
import RebalanceCore
import SQLKit

/// Who offers a session type, and each trainer's schedule (weekly hours, exceptions, time off, bookings) for a
/// stretch of time, loaded in four queries whatever the number of trainers or days.
struct TrainerRoster {
    let db: any Database
    let studio: Studio

    /// The studio's trainers who offer `type` and (unless `withHoursOnly` is false) have weekly hours, by name.
    func trainers(offering type: SessionType, withHoursOnly: Bool = true) async throws -> [StaffMember] {
        let studioID = try studio.requireID()
        var query = StaffMember.query(on: db).filter(\.$studio.$id == studioID).filter(\.$disabledAt == nil)
        if !type.allTrainers {
            let linked = try await SessionTypeTrainer.query(on: db).filter(\.$sessionType.$id == type.requireID()).all()
            query = query.filter(\.$id ~~ linked.map(\.$trainer.id))
        }
        let members = try await query.sort(\.$name).all()
        guard withHoursOnly else { return members }
        let withHours = try await trainersWithHours(members.compactMap(\.id))
        return members.filter { $0.id.map(withHours.contains) ?? false }
    }

    /// Which of `trainerIDs` have at least one weekly range: one DISTINCT query, no models.
    private func trainersWithHours(_ trainerIDs: [UUID]) async throws -> Set<UUID> {
        guard let sql = db as? any SQLDatabase, !trainerIDs.isEmpty else { return [] }
        let rows = try await sql.select().distinct().column("staff_id").from(AvailabilityRule.schema)
            .where("staff_id", .in, SQLBind.group(trainerIDs)).all()
        return Set(try rows.map { try $0.decode(column: "staff_id", as: UUID.self) })
    }

    /// The schedules of `trainerIDs` around `window` (a day either side, since buffers can reach across its edges).
    /// `ignoring` leaves one booking out: the one being moved does not block its own new time.
    func schedules(for trainerIDs: [UUID], around window: TimeSpan, ignoring: UUID? = nil) async throws
        -> [TrainerSchedule]
    {
        guard !trainerIDs.isEmpty else { return [] }
        let zone = studio.zone
        let from = window.start.addingTimeInterval(-86_400)
        let until = window.end.addingTimeInterval(86_400)

        let rows = DiaryRows(db: db)
        let rules = Dictionary(grouping: try await rows.rules(trainerIDs)) { $0.trainer }
        let exceptions = Dictionary(
            grouping: try await rows.exceptions(
                trainerIDs, from: WallClock.day(of: from, in: zone), through: WallClock.day(of: until, in: zone))
        ) { $0.trainer }
        let busy = Dictionary(
            grouping: try await rows.bookings(trainerIDs, from: from, until: until, ignoring: ignoring)
                + (try await rows.timeOff(trainerIDs, from: from, until: until))
        ) { $0.trainer }
        return try trainerIDs.map { trainerID in
            let weekly = Dictionary(grouping: rules[trainerID] ?? []) { $0.weekday }.mapValues {
                $0.map(\.range).sorted()
            }
            var dated: [CalendarDay: [LocalTimeRange]] = [:]
            for exception in exceptions[trainerID] ?? [] {
                // A stored exception that no longer reads is an error, never a silent day off.
                do { dated[exception.day] = try LocalTimeRange.parseList(exception.ranges) } catch {
                    throw UnreadableColumn(
                        table: "availability_exceptions", column: "ranges", reason: String(describing: error))
                }
            }
            return TrainerSchedule(
                trainerID: trainerID.uuidString.lowercased(), weekly: weekly, exceptions: dated,
                busy: (busy[trainerID] ?? []).map(\.span))
        }
    }

    /// Open slots of `type` in `window` for `trainers`, as of `now`.
    func openSlots(of type: SessionType, trainers: [StaffMember], in window: TimeSpan, now: Date) async throws -> [Slot]
    {
        let schedules = try await schedules(for: trainers.compactMap(\.id), around: window)
        return Availability(timing: type.timing, studioZone: studio.zone, now: now).openSlots(
            in: window, trainers: schedules)
    }
}
