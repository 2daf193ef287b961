import Fluent
import Foundation
import RebalanceCore
import Vapor

/// In-studio assessments: start one (or a re-check of the last), enter findings over one or more saves, complete
/// it into the engine's explained result.
struct ClientAssessmentController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let assessments = routes.grouped("staff").grouped(RequireStaff()).grouped("clients", ":clientID", "assessments")
        assessments.post(use: start)
        assessments.get(":assessmentID", use: edit)
        assessments.post(":assessmentID", use: save)
        assessments.get(":assessmentID", "result", use: AssessmentResultPage.show)
    }

    @Sendable func start(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        guard client.referral != .awaitingClearance else {
            throw Abort(
                .conflict,
                reason:
                    "This client is awaiting a clinician's clearance: "
                    + "record it on the health screen page before any testing."
            )
        }
        let clientID = try client.requireID()
        let recheck = (try? req.content.get(String.self, at: "recheck")) == "yes"
        let earlier =
            recheck
            ? try await AssessmentRecord.query(on: req.db).filter(\.$client.$id == clientID).filter(
                \.$status == .complete
            )
            .sort(\.$performedOn, .descending).first() : nil
        let today = WallClock.day(of: req.now, in: try await req.staffStudio().zone)
        let record = AssessmentRecord(
            clientID: clientID, performedOn: today, recordedBy: access.staff.member.name, comparedWith: earlier?.id)
        try await access.change(client, recheck ? "re-check started" : "assessment started") { db in
            try await record.create(on: db)
        }
        return req.redirect(
            to:
                "/staff/clients/\(clientID.uuidString.lowercased())/assessments/"
                + "\(try record.requireID().uuidString.lowercased())",
            redirectType: .normal)
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let record = try await access.record(AssessmentRecord.self, "assessmentID", of: client, key: \.$client)
        if record.status == .complete {
            return req.redirect(to: req.url.path + "/result", redirectType: .normal)
        }
        try await access.audit(client, .read, "assessment draft")
        let form = AssessmentForm(knowledge: req.application.shared.knowledge)
        return try await render(
            req, client, record, fields: form.fields(for: record.findings), problems: nil,
            saved: req.query[String.self, at: "saved"] != nil, status: .ok)
    }

    @Sendable func save(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let record = try await access.record(AssessmentRecord.self, "assessmentID", of: client, key: \.$client)
        guard record.status == .draft else {
            throw Abort(.conflict, reason: "This assessment is complete; start a re-check to test again.")
        }
        let fields = try req.content.decode([String: String].self)
        let knowledge = req.application.shared.knowledge
        var (findings, names, problems) = AssessmentForm(knowledge: knowledge).findings(from: fields)
        let notes = (fields["notes"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let studio = try await req.staffStudio()
        let today = WallClock.day(of: req.now, in: studio.zone)
        let performedOn = CalendarDay(fields["performedOn"] ?? "") ?? CalendarDay(record.performedOn) ?? today
        if performedOn > today { problems.add("performedOn", "The assessment date cannot be in the future.") }
        let screen = try await ClientCase.latestScreen(client, on: req.db)
        let confirmations = ConfirmingAnswers.read(fields, knowledge: knowledge)
        let input = try ClientCase.make(
            client, screen: screen, findings: findings, notes: notes, on: performedOn, confirmations: confirmations)
        do { try CaseValidator(knowledge: knowledge).validate(input) } catch {
            for issue in error.issues {
                // "findings[3].value: …" → the field finding 3 came from.
                if issue.path.hasPrefix("findings["), let index = Int(issue.path.dropFirst(9).prefix { $0.isNumber }),
                    index < names.count
                {
                    problems.add(names[index], issue.message.prefix(1).uppercased() + issue.message.dropFirst() + ".")
                } else {
                    problems.add(issue.path == "notes" ? "notes" : "performedOn", "\(issue.path): \(issue.message).")
                }
            }
        }
        let complete = fields["action"] == "complete"
        let assessment = complete ? req.application.shared.engine.assess(input) : nil
        // Not complete while a sign in the notes is unconfirmed: the result would otherwise read as cleared.
        ConfirmingAnswers.requireAnswers(assessment?.questions ?? [], into: &problems)
        guard problems.isEmpty else {
            // Shown again with exactly what was typed, so nothing is lost.
            return try await render(
                req, client, record, fields: fields, problems: problems, saved: false, status: .badRequest,
                questions: assessment?.questions ?? [])
        }
        try record.setFindings(findings)
        record.notes = notes
        record.performedOn = performedOn.description
        if let assessment {
            record.status = .complete
            record.resultJSON = try JSONColumn.encode(assessment)
            record.knowledgeVersion = assessment.knowledgeBaseVersion
            if assessment.referral.required { client.referral = .awaitingClearance }
            // The next re-check four weeks on, unless one is planned already.
            if CalendarDay(client.recheckDue).map({ $0 <= performedOn }) ?? true {
                client.recheckDue = performedOn.adding(days: 28).description
            }
        }
        let clientChanged = assessment != nil
        try await access.change(client, complete ? "assessment completed" : "assessment draft saved") { db in
            if clientChanged { try await client.save(on: db) }
            try await record.save(on: db)
        }
        if let assessment {
            StudioMetrics.count(.assessmentFinished)
            if let urgency = assessment.referral.urgency { StudioMetrics.count(.referral(urgency, from: .assessment)) }
        }
        let path =
            "/staff/clients/\(try client.requireID().uuidString.lowercased())/assessments/"
            + "\(try record.requireID().uuidString.lowercased())"
        return req.redirect(to: complete ? path + "/result" : path + "?saved=1", redirectType: .normal)
    }

    private func render(
        _ req: Request, _ client: Client, _ record: AssessmentRecord, fields: [String: String], problems: FormProblems?,
        saved: Bool, status: HTTPStatus, questions: [ConfirmingQuestion] = []
    ) async throws -> Response {
        let today = WallClock.day(of: req.now, in: try await req.staffStudio().zone)
        let input = try ClientCase.make(
            client, screen: nil, findings: try record.findings, notes: "", on: CalendarDay(record.performedOn) ?? today)
        let observations = req.application.shared.engine.observations(for: input)
        var earlier: Set<TestID> = []
        var lastTime: [String: String] = [:]
        if let compared = record.comparedWith, let previous = try await AssessmentRecord.find(compared, on: req.db) {
            let findings = try previous.findings
            earlier = Set(findings.map(\.test))
            // Last time's values beside each field of a re-check, as the form would show them.
            lastTime = AssessmentForm(knowledge: req.application.shared.knowledge).fields(for: findings)
        }
        let page = try await AssessmentEntryPage.make(
            req, client: client, record: record, fields: fields, problems: problems,
            observations: observations, earlier: earlier, lastTime: lastTime, saved: saved,
            questions: questions)
        return try await req.view.render("staff-assessment", page).encodeResponse(status: status, for: req)
    }
}
