import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The demo trainer's week: bookable hours, a day off, and a few booked clients, so the agenda and the public
/// booking pages show a living diary right after `rebalance seed-demo`.
enum DemoDiary {
    static func fill(_ app: Application, studio: Studio, trainer: StaffMember) async throws {
        let trainerID = try trainer.requireID()
        guard try await AvailabilityRule.query(on: app.db).filter(\.$trainer.$id == trainerID).count() == 0 else {
            return
        }
        let weekdays = try LocalTimeRange.parseList("07:00-12:00, 15:00-19:00")
        for weekday in [Weekday.monday, .tuesday, .wednesday, .thursday, .friday] {
            for range in weekdays {
                try await AvailabilityRule(trainerID: trainerID, weekday: weekday, range: range).create(on: app.db)
            }
        }
        try await AvailabilityRule(
            trainerID: trainerID, weekday: .saturday, range: try LocalTimeRange(parsing: "08:00-12:00")
        ).create(on: app.db)
        let zone = studio.zone
        let today = app.timeSource.today(in: zone)
        // A training course a fortnight out: no bookings that day.
        try await AvailabilityException(
            trainerID: trainerID, day: today.adding(days: 14), ranges: [], note: "Course (demo)"
        ).create(on: app.db)
        let links = try await app.shared.bookingLinkKeys.links(on: app.db)
        let desk = BookingDesk(
            db: app.db, studio: studio, links: links, baseURL: app.shared.settings.baseURL, now: app.timeSource.now())
        let clients = [
            ("Maya Chen", "maya@demo.rebalance.example", "assessment", 7 * 60),
            ("Alex Romero", "alex@demo.rebalance.example", "one-to-one", 16 * 60),
            ("Priya Nair", "priya@demo.rebalance.example", "free-consult", 9 * 60),
            ("Tom Becker", "tom@demo.rebalance.example", "re-check", 17 * 60),
        ]
        // One client on each of the next weekdays, so no two sessions (with their buffers) can meet whatever day the
        // demo is seeded on: seeded on a Friday, "tomorrow" and "the day after" used to fall on the same Monday.
        let nextWeekdays = (1...7).map { today.adding(days: $0) }.filter {
            $0.weekday != .saturday && $0.weekday != .sunday
        }
        for ((name, email, slug, minute), day) in zip(clients, nextWeekdays) {
            guard
                let type = try await SessionType.query(on: app.db).filter(\.$studio.$id == studio.requireID()).filter(
                    \.$slug == slug
                ).first()
            else { continue }
            let start = WallClock.instant(of: day, minute: minute, in: zone, occurrence: .earliest)
            _ = try await desk.book(
                BookingDesk.Order(
                    type: type, trainer: .specific(trainerID), start: start,
                    client: BookingClient(name: name, email: email, phone: nil, timeZone: studio.timeZone),
                    actor: BookingDesk.Actor(kind: .staff, name: trainer.name)))
        }
    }
}
