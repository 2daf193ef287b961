import Fluent
import Foundation
import RebalanceCore
import SQLKit

/// Everything the progress page charts for one client: pain from each session, PSFS ratings, the completed
/// assessments' findings, and the active program's phase.
///
/// Read as plain values and only as far as the charts need (a session's pain, not its exercises; an assessment's
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
        let sql = try db.sql
        // Rows are read as text and decoded afterwards, so a stored value that no longer decodes fails the page
        // instead of dropping out of the charts.
        let sessions = try await sql.raw(
            "SELECT log FROM session_logs WHERE client_id = \(bind: clientID) ORDER BY day"
        )
        .all().map { row in
            let part = try JSONColumn.decode(PainPart.self, try row.stored("log", of: "session_logs"))
            return SessionLog(date: part.date, pain: part.pain ?? [])
        }
        let ratings = try await sql.raw(
            """
            SELECT day, items FROM function_scores WHERE client_id = \(bind: clientID) ORDER BY day, created_at
            """
        ).all().map { row in
            FunctionRating(
                day: try row.stored("day", of: "function_scores"),
                items: try JSONColumn.decode(
                    [FunctionScore.Item].self, try row.stored("items", of: "function_scores"), empty: []))
        }
        let assessments = try await sql.raw(
            """
            SELECT performed_on, findings FROM assessments WHERE client_id = \(bind: clientID)
            AND status = \(bind: AssessmentRecord.Status.complete.rawValue) ORDER BY performed_on, created_at
            """
        ).all().map { row in
            Assessment(
                day: try row.stored("performed_on", of: "assessments"),
                findings: try JSONColumn.decode(
                    [Finding].self, try row.stored("findings", of: "assessments"), empty: []))
        }
        let program = try await sql.raw(
            """
            SELECT id, phase FROM programs WHERE client_id = \(bind: clientID) AND active = \(bind: true)
            """
        ).first().map { row in
            Program(id: try row.stored("id", of: "programs"), phase: try row.stored("phase", of: "programs"))
        }
        return ProgressHistory(sessions: sessions, ratings: ratings, assessments: assessments, program: program)
    }
}

/// The part of a stored session log the charts read.
private struct PainPart: Decodable {
    let date: CalendarDay
    let pain: [PainCheck]?
}
