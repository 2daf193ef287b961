import Fluent
import Foundation
import NIOConcurrencyHelpers
import RebalanceCore
import SQLKit
import Vapor

/// A counter that goes up after every change that can move open slots (a booking made, moved or cancelled;
/// weekly hours, exceptions, time off, session types, the studio's zone). Availability answers are cached per
/// revision, and every app instance reads the same counter, so a change made on one instance is seen by all.
///
/// The counter is raised after the change has committed, never inside its transaction: that keeps a single
/// hot row out of every booking's locks, and a reader that saw the old number before the change simply caches
/// an answer that the next revision replaces.
enum DiaryRevision {
    static let schema = "diary_revisions"

    static func current(on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { return 0 }
        return try await sql.raw("SELECT revision FROM diary_revisions WHERE id = 1").first()?.decode(
            column: "revision", as: Int.self) ?? 0
    }

    static func bump(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("UPDATE diary_revisions SET revision = revision + 1 WHERE id = 1").run()
    }
}

/// Creates the diary revision counter.
struct CreateDiaryRevision: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DiaryRevision.schema)
            .field("id", .int, .identifier(auto: false))
            .field("revision", .int64, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("INSERT INTO diary_revisions (id, revision) VALUES (1, 0)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DiaryRevision.schema).delete()
    }
}

/// Availability answers already worked out, by request, for one diary revision. An entry stays valid while the
/// revision is unchanged, for at most a minute, on the same studio day, and while its earliest slot is still
/// outside the minimum notice — so a cached answer never offers a time the booking check would refuse.
///
/// A lock, as for every cache in the app: each use is a dictionary read or write, never a wait.
final class AvailabilityCache: Sendable {
    struct Entry: Sendable {
        let revision: Int
        let computedAt: Date
        let studioDay: CalendarDay
        let earliestStart: Date?
        let noticeSeconds: TimeInterval
        let zone: TimeZone
        let body: String
    }

    static let lifetime: TimeInterval = 60
    static let capacity = 1_000
    private let entries = NIOLockedValueBox<[String: Entry]>([:])

    func answer(for key: String, revision: Int, now: Date) -> String? {
        guard let entry = entries.withLockedValue({ $0[key] }), entry.revision == revision,
            now.timeIntervalSince(entry.computedAt) < Self.lifetime,
            WallClock.day(of: now, in: entry.zone) == entry.studioDay,
            entry.earliestStart.map({ $0 >= now.addingTimeInterval(entry.noticeSeconds) }) ?? true
        else { return nil }
        return entry.body
    }

    func store(_ entry: Entry, for key: String) {
        entries.withLockedValue { entries in
            if entries.count >= Self.capacity {
                // Old revisions are worthless: drop them first, then anything past its lifetime, then everything.
                entries = entries.filter {
                    $0.value.revision >= entry.revision
                        && entry.computedAt.timeIntervalSince($0.value.computedAt) < Self.lifetime
                }
                if entries.count >= Self.capacity { entries.removeAll() }
            }
            entries[key] = entry
        }
    }
}
