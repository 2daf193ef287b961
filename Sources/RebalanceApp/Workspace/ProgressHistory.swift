import Fluent
import Foundation
import RebalanceCore

/// Everything the progress page charts for one client: pain from each session, PSFS ratings, the completed
/// assessments' findings, and the active program's phase.
///
/// Read natively and only as far as the charts need (a session's pain, not its exercises; an assessment's
/// findings, not its stored result): two years of weekly logs are a hundred rows and more.
struct ProgressHistory {
    /// One completed assessment.
    struct Assessment: Sendable {
        let day: CalendarDay
        let findings: [Finding]
    }

    /// One PSFS rating.
    struct FunctionRating: Sendable {
        let day: CalendarDay
        let items: [FunctionScore.Item]

        /// The mean of the activities' scores.
        var mean: Double? { FunctionScore.Item.mean(items) }
    }

    /// The active program.
    struct Program: Sendable {
        let id: UUID
        let phase: ExerciseDefinition.Phase
    }

    let sessions: [SessionLog]
    let ratings: [FunctionRating]
    let assessments: [Assessment]
    let program: Program?

    static func load(_ clientID: UUID, on db: any Database) async throws -> ProgressHistory {
        let rows = NativeRows(db: db)
        let client: [NativeRows.Bind] = [.uuid(clientID)]
        // Rows are read as text and decoded afterwards, so a stored value that no longer decodes fails the page
        // instead of dropping out of the charts.
        let sessions = try await rows.select("SELECT log FROM session_logs WHERE client_id = $1 ORDER BY day", client) { row in
            row.text(0)
        }.map { text in
            let part = try JSONColumn.decode(PainPart.self, text)
            return SessionLog(date: part.date, pain: part.pain ?? [])
        }
        let ratings = try await rows.select("SELECT day, items FROM function_scores WHERE client_id = $1 ORDER BY day, created_at", client) { row in
            row.text(0).flatMap(CalendarDay.init).map { ($0, row.text(1) ?? "") }
        }.map { day, items in FunctionRating(day: day, items: try JSONColumn.decode([FunctionScore.Item].self, items, empty: [])) }
        let assessments = try await rows.select(
            "SELECT performed_on, findings FROM assessments WHERE client_id = $1 AND status = $2 ORDER BY performed_on, created_at",
            client + [.text(AssessmentRecord.Status.complete.rawValue)]
        ) { row in
            row.text(0).flatMap(CalendarDay.init).map { ($0, row.text(1) ?? "") }
        }.map { day, findings in Assessment(day: day, findings: try JSONColumn.decode([Finding].self, findings, empty: [])) }
        let program = try await rows.select("SELECT id, phase FROM programs WHERE client_id = $1 AND active = $2", client + [.bool(true)]) { row in
            row.uuid(0).flatMap { id in row.text(1).flatMap(ExerciseDefinition.Phase.init(rawValue:)).map { Program(id: id, phase: $0) } }
        }
        return ProgressHistory(sessions: sessions, ratings: ratings, assessments: assessments, program: program.first)
    }
}

/// The part of a stored session log the charts read.
private struct PainPart: Decodable {
    let date: CalendarDay
    let pain: [PainCheck]?
}
