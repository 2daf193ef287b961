import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The program builder: generate from a completed assessment, then edit (swap, dosage, order, notes) with every
/// change kept as a new version, review the phase's progression criteria, move to the next phase, print.
struct ProgramBuilderController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let programs = routes.grouped("staff").grouped(RequireStaff()).grouped("clients", ":clientID", "programs")
        programs.post(use: generate)
        programs.get(":programID", use: ProgramBuilderPage.show)
        programs.post(":programID", "edit", use: edit)
        programs.post(":programID", "advance", use: advance)
        programs.post(":programID", "share", use: share)
        programs.get(":programID", "handout", use: handout)
        routes.get("p", ":shareToken", use: shared)
    }

    @Sendable func generate(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        guard client.referral != .awaitingClearance else {
            throw Abort(
                .conflict, reason: "This client is awaiting a clinician's clearance: no program until it is recorded.")
        }
        guard
            let assessmentID = (try? req.content.get(String.self, at: "assessment")).flatMap({ UUID(uuidString: $0) }),
            let record = try await AssessmentRecord.query(on: req.db).filter(\.$id == assessmentID).filter(
                \.$client.$id == client.requireID()
            ).first(),
            record.status == .complete, let assessment = try record.result
        else { throw Abort(.badRequest, reason: "Choose a completed assessment to build the program from.") }
        // The training time asked beside "Build the program" (absent from older pages and the API: the profile's).
        if let time = try Self.trainingTime(req) {
            (client.sessionsPerWeek, client.minutesPerSession) = time
        }
        let screen = try await ClientCase.latestScreen(client, on: req.db)
        let studio = try await req.staffStudio()
        let today = WallClock.day(of: req.now, in: studio.zone)
        var input = try ClientCase.make(
            client, screen: screen, findings: try record.findings, notes: record.notes,
            on: CalendarDay(record.performedOn) ?? today)
        // Safe for the pain the client has now: the latest logged ratings replace those at intake.
        let logs = try await SessionRecord.logs(of: client.requireID(), on: req.db)
        input.painAreas = CurrentPain.areas(intake: input.painAreas, logs: logs)
        let program: CorrectiveProgram
        do {
            program = try ProgramGenerator(engine: req.application.shared.engine).generate(
                for: input, assessment: assessment, options: client.programOptions)
        } catch {
            throw Abort(.unprocessableEntity, reason: "No program: \(error)")
        }
        let clientID = try client.requireID()
        let staffName = access.staff.member.name
        let performedOn = record.performedOn
        let programID: UUID = try await access.change(client, "program generated") { db in
            try await ProgramRecord.query(on: db).filter(\.$client.$id == clientID).set(\.$active, to: false).update()
            let record = ProgramRecord(clientID: clientID, assessmentID: assessmentID, startedOn: today)
            // With nothing to correct the program starts at Reinforce & Progress.
            let first = program.phases.first?.phase ?? .reposition
            record.phase = first
            try await record.create(on: db)
            let date = CalendarDay(performedOn) ?? today
            try await ProgramVersion(
                programID: record.requireID(), number: 1, content: program,
                change: "Generated from the assessment of \(BookingTimeText.day(date))", changedBy: staffName
            ).create(on: db)
            client.currentPhase = (program.phases.first?.phase ?? .reposition).rawValue
            try await client.save(on: db)
            return try record.requireID()
        }
        return req.redirect(
            to: "/staff/clients/\(clientID.uuidString.lowercased())/programs/\(programID.uuidString.lowercased())",
            redirectType: .normal)
    }

    /// Sessions a week and minutes a session from the form, when it sent them; a value out of range is refused with
    /// the range, so nothing is built from a typing mistake.
    static func trainingTime(_ req: Request) throws -> (sessions: Int, minutes: Int)? {
        let fields = try req.content.decode([String: String].self)
        guard let sessionsText = fields["sessionsPerWeek"], let minutesText = fields["minutesPerSession"] else {
            return nil
        }
        let range = ProgramOptions.sessionsRange
        let minutes = ProgramOptions.minutesRange
        guard let sessions = Int(sessionsText.trimmingCharacters(in: .whitespaces)), range.contains(sessions),
            let length = Int(minutesText.trimmingCharacters(in: .whitespaces)), minutes.contains(length)
        else {
            throw Abort(
                .badRequest,
                reason: "Enter \(range.lowerBound)–\(range.upperBound) sessions a week and "
                    + "\(minutes.lowerBound)–\(minutes.upperBound) minutes a session, then build the program again.")
        }
        return (sessions, length)
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let record = try await access.record(ProgramRecord.self, "programID", of: client, key: \.$client)
        let fields = try req.content.decode([String: String].self)
        guard let latest = try await ProgramBuilderPage.latestVersion(record, on: req.db) else {
            throw Abort(.notFound)
        }
        let program = try latest.content
        guard let phase = fields["phase"].flatMap(ExerciseDefinition.Phase.init(rawValue:)),
            let index = fields["index"].flatMap(Int.init)
        else {
            throw Abort(.badRequest, reason: "Choose an exercise of the program.")
        }
        let edit: ProgramEdit
        switch fields["action"] {
        case "swap":
            guard let to = fields["to"], !to.isEmpty else {
                return try await ProgramBuilderPage.render(
                    req, client, record, error: "Choose the exercise to swap in.", status: .badRequest)
            }
            edit = .swap(to: ExerciseID(rawValue: to))
        case "up": edit = .move(by: -1)
        case "down": edit = .move(by: 1)
        case "note": edit = .note(fields["note"] ?? "")
        case "dose":
            func int(_ key: String) -> Int? { fields[key].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }
            guard let sets = int("sets"), let rest = int("rest") else {
                return try await ProgramBuilderPage.render(
                    req, client, record, error: "Enter sets and rest as whole numbers.", status: .badRequest)
            }
            let tempo = (fields["tempo"] ?? "").trimmingCharacters(in: .whitespaces)
            edit = .dose(
                ProgramDoseChange(
                    sets: sets, reps: int("reps"), holdSeconds: int("hold"), tempo: tempo.isEmpty ? nil : tempo,
                    restSeconds: rest, effort: fields["effort"] ?? ""))
        default:
            throw Abort(.badRequest, reason: "Choose what to change.")
        }
        let reason = (fields["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard reason.count <= 300 else {
            return try await ProgramBuilderPage.render(
                req, client, record, error: "Keep the reason under 300 characters.", status: .badRequest)
        }
        let edited: CorrectiveProgram
        let change: String
        do {
            (edited, change) = try ProgramEditor(knowledge: req.application.shared.knowledge).apply(
                edit, phase: phase, index: index, to: program)
        } catch {
            return try await ProgramBuilderPage.render(
                req, client, record, error: error.description, status: .badRequest)
        }
        let version = try ProgramVersion(
            programID: record.requireID(), number: latest.number + 1, content: edited,
            change: change + (reason.isEmpty ? "" : " — because \(reason)"), changedBy: access.staff.member.name)
        try await access.change(client, "program version \(latest.number + 1)") { db in try await version.create(on: db)
        }
        return req.redirect(
            to: ProgramBuilderPage.path(client, record) + "?saved=1#\(phase.rawValue)-\(index)", redirectType: .normal)
    }

    @Sendable func advance(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let record = try await access.record(ProgramRecord.self, "programID", of: client, key: \.$client)
        guard let next = ExerciseDefinition.Phase.allCases.first(where: { $0.number == record.phase.number + 1 }) else {
            return try await ProgramBuilderPage.render(
                req, client, record, error: "This is the last phase: keep training and re-check every 4–6 weeks.",
                status: .conflict)
        }
        let review = try await ProgramBuilderPage.review(
            req, client, record, today: WallClock.day(of: req.now, in: try await req.staffStudio().zone))
        let override = (try? req.content.get(String.self, at: "override")) == "yes"
        guard review?.decision == .progress || override else {
            return try await ProgramBuilderPage.render(
                req, client, record,
                error: "Not every criterion is met yet. Tick “move on anyway” to override, with a reason in the notes.",
                status: .conflict)
        }
        let today = WallClock.day(of: req.now, in: try await req.staffStudio().zone)
        record.phase = next
        record.phaseStartedOn = today.description
        client.currentPhase = next.rawValue
        // A re-check when a phase ends tells whether the tests moved.
        client.recheckDue = today.adding(days: 28).description
        try await access.change(client, "phase \(next.rawValue)\(override ? " (criteria overridden)" : "")") { db in
            try await record.save(on: db)
            try await client.save(on: db)
        }
        return req.redirect(to: ProgramBuilderPage.path(client, record) + "?saved=phase", redirectType: .normal)
    }

    /// Makes the client's private link (turning any earlier one off) and shows it this once.
    @Sendable func share(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let record = try await access.record(ProgramRecord.self, "programID", of: client, key: \.$client)
        guard record.active else {
            return try await ProgramBuilderPage.render(
                req, client, record,
                error: "This program has been replaced: share the client's current program instead.",
                status: .conflict)
        }
        let token = record.makeShareLink(now: req.now)
        try await access.change(client, "program link made") { db in try await record.save(on: db) }
        return try await ProgramBuilderPage.render(req, client, record, error: nil, status: .ok, newShareToken: token)
    }

    @Sendable func handout(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let record = try await access.record(ProgramRecord.self, "programID", of: client, key: \.$client)
        guard let program = try await ProgramBuilderPage.latestVersion(record, on: req.db)?.content else {
            throw Abort(.notFound)
        }
        try await access.audit(client, .read, "program handout")
        return Self.html(
            ProgramHandout(knowledge: req.application.shared.knowledge).render(
                program, clientName: client.name, studio: Self.handoutStudio(try await req.staffStudio())))
    }

    /// The client's own read-only copy of the program, by the private link the trainer shares.
    @Sendable func shared(req: Request) async throws -> Response {
        guard let token = req.parameters.get("shareToken"), SecretToken.hasShape(token),
            let record = try await ProgramRecord.query(on: req.db)
                .filter(\.$shareTokenHash == SecretToken.fingerprint(token)).filter(\.$active == true).first(),
            let program = try await ProgramBuilderPage.latestVersion(record, on: req.db)?.content
        else {
            throw Abort(
                .notFound, reason: "This program link is not active any more. Ask your trainer for the current one.")
        }
        let client = try await record.$client.get(on: req.db)
        // Once the client has the app, the old link leads there: one identity, the program always current.
        if client.appInvitedAt != nil { return req.redirect(to: "/me", redirectType: .normal) }
        let studio = try await client.$studio.get(on: req.db)
        return Self.html(
            ProgramHandout(knowledge: req.application.shared.knowledge).render(
                program, studio: Self.handoutStudio(studio)))
    }

    /// The studio as a handout names it, so the client knows whom to call.
    static func handoutStudio(_ studio: Studio) -> ProgramHandout.Studio {
        ProgramHandout.Studio(
            name: studio.name, address: studio.address, email: studio.email, trainer: studio.trainerName)
    }

    static func html(_ text: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}
