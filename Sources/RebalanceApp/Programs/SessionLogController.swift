import Fluent
import Foundation
import RebalanceCore
import Vapor

/// Logging a session: the current phase's exercises as a checklist (sets, reps or hold, load, RPE, technique),
/// pain before and after for each painful area, and notes.
struct SessionLogController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let sessions = routes.grouped("staff").grouped(RequireStaff()).grouped("clients", ":clientID", "sessions")
        sessions.get("new", use: form)
        sessions.post("new", use: save)
    }

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
        let date: String
        let activities: [Option]
        let exercises: [ExerciseRow]?
        let pain: [PainRow]?
        let notes: String
        let errors: [FieldErrorItem]?
    }

    @Sendable func form(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let today = WallClock.day(of: req.now, in: try await req.staffStudio().zone)
        return try await render(
            req, client, fields: ["date": today.description, "activity": "studioSession"], problems: nil, status: .ok)
    }

    @Sendable func save(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let fields = try req.content.decode([String: String].self)
        let today = WallClock.day(of: req.now, in: try await req.staffStudio().zone)
        let (program, record) = try await Self.currentPhase(client, on: req.db)
        var problems = FormProblems()
        guard let date = fields["date"].flatMap(CalendarDay.init), date <= today, date >= today.adding(days: -365)
        else {
            problems.add("date", "Enter the session's date (today or within the past year).")
            return try await render(req, client, fields: fields, problems: problems, status: .badRequest)
        }
        func int(_ key: String, _ range: ClosedRange<Int>, _ label: String) -> Int? {
            let text = (fields[key] ?? "").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            guard let value = Int(text), range.contains(value) else {
                problems.add(key, "\(label): enter a whole number from \(range.lowerBound) to \(range.upperBound).")
                return nil
            }
            return value
        }
        var exercises: [ExerciseLog] = []
        for (index, prescribed) in (program?.exercises ?? []).enumerated() where fields["x.\(index).done"] == "yes" {
            let sets = int("x.\(index).sets", 0...20, "\(prescribed.name) sets") ?? prescribed.dosage.sets
            let load = String((fields["x.\(index).load"] ?? "").trimmingCharacters(in: .whitespaces).prefix(60))
            exercises.append(
                ExerciseLog(
                    exercise: prescribed.exercise, setsDone: sets,
                    reps: int("x.\(index).reps", 1...100, "\(prescribed.name) reps"),
                    holdSeconds: int("x.\(index).hold", 1...600, "\(prescribed.name) hold"),
                    load: load.isEmpty ? nil : load,
                    rpe: int("x.\(index).rpe", 0...10, "\(prescribed.name) RPE"),
                    techniqueOK: fields["x.\(index).brokeDown"] != "yes"))
        }
        var pain: [PainCheck] = []
        for area in try client.painAreas {
            let key = "pain.\(area.region.rawValue).\(area.side.rawValue)"
            let before = int("\(key).before", 0...10, "Pain before")
            let after = int("\(key).after", 0...10, "Pain after")
            if before != nil || after != nil {
                pain.append(PainCheck(region: area.region, side: area.side, before: before, after: after))
            }
        }
        let notes = (fields["notes"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if notes.count > 5_000 { problems.add("notes", "Keep the notes under 5,000 characters.") }
        if exercises.isEmpty, pain.isEmpty, notes.isEmpty {
            problems.add("date", "Tick at least one exercise, rate the pain, or write a note.")
        }
        guard problems.isEmpty else {
            return try await render(req, client, fields: fields, problems: problems, status: .badRequest)
        }
        let activity = WeeklySchedule.Activity(rawValue: fields["activity"] ?? "") ?? .studioSession
        let log = SessionLog(
            date: date, activity: activity, exercises: exercises, pain: pain, notes: notes.isEmpty ? nil : notes)
        // A flare against the client's previous session, noted once here so the dashboard need not read every log.
        let earlier = try await SessionRecord.query(on: req.db).filter(\.$client.$id == client.requireID()).filter(
            \.$day <= date.description
        )
        .sort(\.$day, .descending).limit(20).all().map { try $0.log }
        let flare = Self.flare(log, after: earlier, baseline: try client.painAreas)
        let session = try SessionRecord(
            clientID: client.requireID(), programID: record?.id, log: log, recordedBy: access.staff.member.name,
            flare: flare)
        try await access.change(client, "session log") { db in try await session.create(on: db) }
        return req.redirect(
            to: "/staff/clients/\(try client.requireID().uuidString.lowercased())?saved=session", redirectType: .normal)
    }

    /// "right knee 3 → 6" for every flare of this session, by the one rule (`PainFlares`).
    static func flare(_ log: SessionLog, after earlier: [SessionLog], baseline: [PainArea]) -> String {
        PainFlares.detect(earlier.filter { $0.date < log.date } + [log], baseline: baseline).filter {
            $0.date == log.date
        }
        .map { "\(OutcomeTrend.Site(region: $0.region, side: $0.side).plainName) \($0.from) → \($0.to)" }
        .joined(separator: "; ")
    }

    /// The active program's current phase, if the client has a program.
    static func currentPhase(_ client: Client, on db: any Database) async throws -> (ProgramPhase?, ProgramRecord?) {
        guard
            let record = try await ProgramRecord.query(on: db).filter(\.$client.$id == client.requireID()).filter(
                \.$active == true
            ).first(),
            let program = try await ProgramBuilderPage.latestVersion(record, on: db).map({ try $0.content })
        else { return (nil, nil) }
        return (program.phase(record.phase), record)
    }

    private func render(
        _ req: Request, _ client: Client, fields: [String: String], problems: FormProblems?, status: HTTPStatus
    ) async throws -> Response {
        let (phase, _) = try await Self.currentPhase(client, on: req.db)
        let levels = [("", "—")] + (0...10).map { ("\($0)", "\($0)") }
        let context = Context(
            page: try await PageContext(req, title: "Log a session: \(client.name)"),
            clientID: try client.requireID().uuidString.lowercased(),
            clientName: client.name, phaseTitle: phase.map { "Phase \($0.phase.number): \($0.title)" },
            date: fields["date"] ?? "",
            activities: [
                ("studioSession", "Studio session"), ("homeSession", "Home session"), ("homePractice", "Home practice"),
            ].map {
                Option(value: $0.0, label: $0.1, selected: fields["activity"] == $0.0)
            },
            exercises: (phase?.exercises ?? []).enumerated().map { index, exercise in
                ExerciseRow(
                    key: "x.\(index)", name: exercise.name, dosage: exercise.dosage.summary,
                    done: fields["x.\(index).done"] == "yes",
                    sets: fields["x.\(index).sets"] ?? "\(exercise.dosage.sets)",
                    reps: fields["x.\(index).reps"] ?? exercise.dosage.reps.map(String.init) ?? "",
                    hold: fields["x.\(index).hold"] ?? exercise.dosage.holdSeconds.map(String.init) ?? "",
                    load: fields["x.\(index).load"] ?? "",
                    rpe: fields["x.\(index).rpe"] ?? "", brokeDown: fields["x.\(index).brokeDown"] == "yes",
                    usesHold: exercise.dosage.holdSeconds != nil)
            }.nonEmpty,
            pain: try client.painAreas.map { area in
                let key = "pain.\(area.region.rawValue).\(area.side.rawValue)"
                return PainRow(
                    key: key, label: OutcomeTrend.Site(region: area.region, side: area.side).plainName,
                    before: levels.map { Option(value: $0.0, label: $0.1, selected: fields["\(key).before"] == $0.0) },
                    after: levels.map { Option(value: $0.0, label: $0.1, selected: fields["\(key).after"] == $0.0) })
            }.nonEmpty,
            notes: fields["notes"] ?? "", errors: problems?.summary.nonEmpty)
        return try await req.view.render("staff-session-log", context).encodeResponse(status: status, for: req)
    }
}
