import Fluent
import Foundation
import RebalanceCore
import SQLKit

/// Who is keeping up with their program: each client on an active program, their share of planned days done this
/// week and over 30 days (`Adherence`), and whether it is slipping. Read in three statements for a whole studio,
/// since the start page asks for every client at once; only session days are read, never the logs themselves.
struct KeepingUp {
    /// One client's figures.
    struct Entry: Sendable {
        let clientID: UUID
        let name: String
        let week: Adherence?
        let month: Adherence?
        let slipping: Bool

        /// "3 of 4 planned days this week (75 %); 12 of 17 planned days over 30 days (70 %)".
        var summary: String {
            [week.map { KeepingUp.phrase($0, "this week") }, month.map { KeepingUp.phrase($0, "over 30 days") }]
                .compactMap { $0 }.joined(separator: "; ")
        }
    }

    /// One share in words: "3 of 4 planned days this week (75 %)".
    static func phrase(_ share: Adherence, _ period: String) -> String {
        "\(share.done) of \(share.planned) planned day\(share.planned == 1 ? "" : "s") \(period) (\(share.percent) %)"
    }

    let entries: [Entry]

    /// Only each phase's week from a stored program: a start page with many clients decodes no exercise lists.
    private struct Weeks: Decodable {
        struct Phase: Decodable {
            let phase: ExerciseDefinition.Phase
            let schedule: WeeklySchedule
        }

        let phases: [Phase]
    }

    /// The studio's clients on an active program, or only `clients` when given.
    static func load(studioID: UUID, clients: [UUID]? = nil, today: CalendarDay, on db: any Database) async throws
        -> KeepingUp
    {
        var query = ProgramRecord.query(on: db).join(Client.self, on: \ProgramRecord.$client.$id == \Client.$id)
            .filter(Client.self, \.$studio.$id == studioID).filter(Client.self, \.$archivedAt == nil)
            .filter(\.$active == true)
        if let clients { query = query.filter(\.$client.$id ~~ clients) }
        let records = try await query.all()
        guard !records.isEmpty else { return KeepingUp(entries: []) }
        let sql = try db.sql
        // The latest version of each program: its week says how many days are planned.
        let versions = try await sql.raw(
            """
            SELECT v.program_id, v.content FROM program_versions v
            WHERE v.program_id IN (\(binds: try records.map { try $0.requireID() }))
            AND v.number = (SELECT MAX(w.number) FROM program_versions w WHERE w.program_id = v.program_id)
            """
        ).all()
        var programs: [UUID: Weeks] = [:]
        for row in versions {
            let id: UUID = try row.stored("program_id", of: "program_versions")
            let content: String = try row.stored("content", of: "program_versions")
            programs[id] = try JSONColumn.decode(Weeks.self, content)
        }
        let since = today.adding(days: -37).description
        let days = try await sql.raw(
            """
            SELECT client_id, day FROM session_logs
            WHERE client_id IN (\(binds: try records.map { try $0.joined(Client.self).requireID() }))
            AND day >= \(bind: since)
            """
        ).all()
        var logged: [UUID: [SessionLog]] = [:]
        for row in days {
            let client: UUID = try row.stored("client_id", of: "session_logs")
            let text: String = try row.stored("day", of: "session_logs")
            guard let day = CalendarDay(text) else {
                throw UnreadableColumn(table: "session_logs", column: "day", reason: "not a date")
            }
            logged[client, default: []].append(SessionLog(date: day))
        }
        let entries = try records.compactMap { record -> Entry? in
            let client = try record.joined(Client.self)
            guard let program = programs[try record.requireID()],
                let phase = program.phases.first(where: { $0.phase == record.phase }),
                let started = CalendarDay(record.phaseStartedOn)
            else { return nil }
            let logs = logged[try client.requireID()] ?? []
            let perWeek = phase.schedule.trainingDays
            return Entry(
                clientID: try client.requireID(), name: client.name,
                week: Adherence.over(7, upTo: today, since: started, trainingDaysPerWeek: perWeek, logs: logs),
                month: Adherence.over(30, upTo: today, since: started, trainingDaysPerWeek: perWeek, logs: logs),
                slipping: Adherence.isSlipping(upTo: today, since: started, trainingDaysPerWeek: perWeek, logs: logs))
        }
        return KeepingUp(entries: entries.sorted { $0.name < $1.name })
    }
}
