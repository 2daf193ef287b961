import Foundation
import RebalanceCore
import Vapor

/// The session log page: a new log, or a logged session to correct or delete.
enum SessionLogPage {
    struct Option: Encodable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct ExerciseRow: Encodable {
        let key: String
        let name: String
        let dosage: String
        let done: Bool
        let sets: String
        let reps: String
        let hold: String
        let load: String
        let rpe: String
        /// Ticked only when form broke down: a box left alone means the technique was fine.
        let brokeDown: Bool
        let usesHold: Bool
    }

    struct PainRow: Encodable {
        let key: String
        let label: String
        let before: [Option]
        let after: [Option]
    }

    struct Context: Encodable {
        let page: PageContext
        let clientID: String
        let clientName: String
        let phaseTitle: String?
        /// Where the form posts: the new-log address, or the logged session's own.
        let action: String
        /// Set when correcting: the session's own address, for its delete button, and who logged it.
        let sessionPath: String?
        let recordedBy: String?
        let date: String
        let activities: [Option]
        let exercises: [ExerciseRow]?
        let pain: [PainRow]?
        let notes: String
        let errors: [FieldErrorItem]?
    }

    static func render(
        _ req: Request, _ client: Client, _ form: SessionLogForm, editing: SessionRecord?, fields: [String: String],
        problems: FormProblems?, status: HTTPStatus
    ) async throws -> Response {
        let (phase, _) = try await SessionLogController.currentPhase(client, on: req.db)
        let clientID = try client.requireID().uuidString.lowercased()
        let sessionPath = try editing.map {
            "/staff/clients/\(clientID)/sessions/\(try $0.requireID().uuidString.lowercased())"
        }
        let levels = [("", "—")] + (0...10).map { ("\($0)", "\($0)") }
        let title =
            editing == nil
            ? "Log a session: \(client.name)"
            : "Session of \(fields["date"].flatMap(CalendarDay.init).map(BookingTimeText.day) ?? "…"): \(client.name)"
        let context = Context(
            page: try await PageContext(req, title: title), clientID: clientID, clientName: client.name,
            phaseTitle: phase.map { "Phase \($0.phase.number): \($0.title)" },
            action: sessionPath ?? "/staff/clients/\(clientID)/sessions/new", sessionPath: sessionPath,
            recordedBy: editing?.recordedBy, date: fields["date"] ?? "",
            activities: [
                ("studioSession", "Studio session"), ("homeSession", "Home session"), ("homePractice", "Home practice"),
            ].map { Option(value: $0.0, label: $0.1, selected: fields["activity"] == $0.0) },
            exercises: form.exercises.enumerated().map { index, offered in
                ExerciseRow(
                    key: "x.\(index)", name: offered.name, dosage: offered.dosage,
                    done: fields["x.\(index).done"] == "yes",
                    sets: fields["x.\(index).sets"] ?? "\(offered.sets)",
                    reps: fields["x.\(index).reps"] ?? offered.reps.map(String.init) ?? "",
                    hold: fields["x.\(index).hold"] ?? offered.hold.map(String.init) ?? "",
                    load: fields["x.\(index).load"] ?? "", rpe: fields["x.\(index).rpe"] ?? "",
                    brokeDown: fields["x.\(index).brokeDown"] == "yes", usesHold: offered.hold != nil)
            }.nonEmpty,
            pain: form.painAreas.map { area in
                let key = SessionLogForm.painKey(area)
                return PainRow(
                    key: key, label: OutcomeTrend.Site(region: area.region, side: area.side).plainName,
                    before: levels.map { Option(value: $0.0, label: $0.1, selected: fields["\(key).before"] == $0.0) },
                    after: levels.map { Option(value: $0.0, label: $0.1, selected: fields["\(key).after"] == $0.0) })
            }.nonEmpty,
            notes: fields["notes"] ?? "", errors: problems?.summary.nonEmpty)
        return try await req.view.render("staff-session-log", context).encodeResponse(status: status, for: req)
    }
}
