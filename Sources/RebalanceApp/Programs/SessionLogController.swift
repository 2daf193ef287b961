import Fluent
import Foundation
import RebalanceCore
import Vapor

/// Logging a session: the current phase's exercises as a checklist (sets, reps or hold, load, RPE, technique),
/// pain before and after for each painful area, and notes; a logged session can be corrected or deleted, each
/// change audited, and every flare from it on is worked out again.
struct SessionLogController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let sessions = routes.grouped("staff").grouped(RequireStaff()).grouped("clients", ":clientID", "sessions")
        sessions.get("new", use: form)
        sessions.post("new", use: save)
        sessions.get(":sessionID", use: editForm)
        sessions.post(":sessionID", use: saveCorrection)
        sessions.post(":sessionID", "delete", use: delete)
    }

    @Sendable func form(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let today = WallClock.day(of: req.now, in: try await req.staffStudio().zone)
        let logForm = try await Self.form(for: client, correcting: nil, on: req)
        return try await SessionLogPage.render(
            req, client, logForm, editing: nil, fields: ["date": today.description, "activity": "studioSession"],
            problems: nil, status: .ok)
    }

    @Sendable func save(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let fields = try req.content.decode([String: String].self)
        let today = WallClock.day(of: req.now, in: try await req.staffStudio().zone)
        let logForm = try await Self.form(for: client, correcting: nil, on: req)
        switch logForm.read(fields, today: today) {
        case .failure(let problems):
            return try await SessionLogPage.render(
                req, client, logForm, editing: nil, fields: fields, problems: problems, status: .badRequest)
        case .success(let log):
            let (_, record) = try await Self.currentPhase(client, on: req.db)
            let session = try SessionRecord(
                clientID: client.requireID(), programID: record?.id, log: log, recordedBy: access.staff.member.name)
            let baseline = try client.painAreas
            try await access.change(client, "session log") { db in
                try await session.create(on: db)
                try await Self.refreshFlares(of: client.requireID(), baseline: baseline, on: db)
            }
            return req.redirect(
                to: "/staff/clients/\(try client.requireID().uuidString.lowercased())?saved=session",
                redirectType: .normal)
        }
    }

    @Sendable func editForm(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let session = try await access.record(SessionRecord.self, "sessionID", of: client, key: \.$client)
        let log = try session.log
        try await access.audit(client, .read, "session log")
        let logForm = try await Self.form(for: client, correcting: log, on: req)
        return try await SessionLogPage.render(
            req, client, logForm, editing: session, fields: logForm.fields(for: log), problems: nil, status: .ok)
    }

    @Sendable func saveCorrection(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let session = try await access.record(SessionRecord.self, "sessionID", of: client, key: \.$client)
        let fields = try req.content.decode([String: String].self)
        let today = WallClock.day(of: req.now, in: try await req.staffStudio().zone)
        let logForm = try await Self.form(for: client, correcting: try session.log, on: req)
        switch logForm.read(fields, today: today) {
        case .failure(let problems):
            return try await SessionLogPage.render(
                req, client, logForm, editing: session, fields: fields, problems: problems, status: .badRequest)
        case .success(let log):
            session.day = log.date.description
            session.logJSON = try JSONColumn.encode(log)
            let baseline = try client.painAreas
            try await access.change(client, "session log corrected") { db in
                try await session.save(on: db)
                try await Self.refreshFlares(of: client.requireID(), baseline: baseline, on: db)
            }
            return req.redirect(
                to: "/staff/clients/\(try client.requireID().uuidString.lowercased())?saved=session-corrected",
                redirectType: .normal)
        }
    }

    @Sendable func delete(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let session = try await access.record(SessionRecord.self, "sessionID", of: client, key: \.$client)
        let baseline = try client.painAreas
        try await access.change(client, "session log deleted", action: .delete) { db in
            try await session.delete(on: db)
            try await Self.refreshFlares(of: client.requireID(), baseline: baseline, on: db)
        }
        return req.redirect(
            to: "/staff/clients/\(try client.requireID().uuidString.lowercased())?saved=session-deleted",
            redirectType: .normal)
    }

    private static func form(for client: Client, correcting log: SessionLog?, on req: Request) async throws
        -> SessionLogForm
    {
        let (phase, _) = try await currentPhase(client, on: req.db)
        return SessionLogForm(
            phase: phase, painAreas: try client.painAreas, correcting: log,
            knowledge: req.application.shared.knowledge)
    }

    /// Works out every session's flare again, by the one rule (`PainFlares`), and stores the ones that changed: a
    /// log added, corrected or deleted changes what counts as the previous session for every later one.
    static func refreshFlares(of clientID: UUID, baseline: [PainArea], on db: any Database) async throws {
        let records = try await SessionRecord.query(on: db).filter(\.$client.$id == clientID).all()
        let logs = try records.map { ($0, try $0.log) }.sorted { $0.1.date < $1.1.date }
        let flares = PainFlares.detect(logs.map(\.1), baseline: baseline)
        for (record, log) in logs {
            let text = flares.filter { $0.date == log.date }
                .map { "\(OutcomeTrend.Site(region: $0.region, side: $0.side).plainName) \($0.from) → \($0.to)" }
                .joined(separator: "; ")
            if record.flare != text {
                record.flare = text
                try await record.save(on: db)
            }
        }
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
}
