import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The in-studio health screen (PAR-Q+-style questions, warning signs, resting blood pressure, pregnancy) and
/// the clinician's clearance. A warning sign marks the client "awaiting clearance", which blocks assessment
/// tests and programs until the clearance is recorded.
struct HealthScreenController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let client = routes.grouped("staff").grouped(RequireStaff()).grouped("clients", ":clientID")
        client.get("screen", use: show)
        client.post("screen", use: save)
        client.post("clearance", use: clear)
    }

    struct Context: Encodable {
        let page: PageContext
        let id: String
        let name: String
        let healthQuestions: [SelfCheckStepPage.YesNoField]
        let redFlagQuestions: [SelfCheckStepPage.YesNoField]
        let values: [String: String]
        let problems: [String: String]
        let errors: [FieldErrorItem]?
        let history: [String]?
        let clearances: [String]?
        let awaitingClearance: Bool
        let referral: [SelfCheckResultContext.ReferralItem]?
        let cautions: [String]?
        /// Confirming questions about signs in the notes, to answer before the screen is saved.
        let questions: [SelfCheckStepPage.YesNoField]?
        let today: String
        /// Where the answers shown came from, when not from an earlier studio screen ("the self-check … on …").
        let prefilledFrom: String?
        /// What saving decided, in a sentence, right after a save.
        let saved: String?
    }

    @Sendable func show(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        try await access.audit(client, .read, "health screen")
        var fields: [String: String] = [:]
        var prefilledFrom: String?
        func fill(_ answers: [String: Bool], warningSigns: [RedFlagID]) {
            for (id, answer) in answers { fields["health.\(id)"] = answer ? "yes" : "no" }
            for flag in req.application.shared.knowledge.safety.redFlags {
                fields["flag.\(flag.id)"] = warningSigns.contains(flag.id) ? "yes" : "no"
            }
        }
        if let latest = try await ClientCase.latestScreen(client, on: req.db) {
            fill(latest.healthScreen.answers, warningSigns: latest.redFlags)
            fields["systolic"] = latest.healthScreen.restingBloodPressure.map { "\($0.systolic)" } ?? ""
            fields["diastolic"] = latest.healthScreen.restingBloodPressure.map { "\($0.diastolic)" } ?? ""
            fields["pregnant"] = latest.healthScreen.pregnant.map { $0 ? "yes" : "no" } ?? ""
            fields["pregnancyWeeks"] = latest.healthScreen.pregnancyWeeks.map(String.init) ?? ""
        } else if let check = try await client.$selfCheck.get(on: req.db) {
            // The first studio screen starts from the visitor's own answers; the trainer goes through each with them.
            let answers = try check.answers
            if !answers.healthAnswers.isEmpty {
                fill(answers.healthAnswers, warningSigns: answers.redFlags)
                let zone = access.staff.studio.zone
                let day = check.createdAt.map { BookingTimeText.day(WallClock.day(of: $0, in: zone)) }
                prefilledFrom = "the self-check \(client.name) did online" + (day.map { " on \($0)" } ?? "")
            }
        }
        return try await render(
            req, client, fields: fields, problems: nil, assessment: nil, status: .ok, prefilledFrom: prefilledFrom)
    }

    @Sendable func save(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let fields = try req.content.decode([String: String].self)
        let knowledge = req.application.shared.knowledge
        var problems = FormProblems()
        var answers = SelfCheckAnswers()
        switch SelfCheckForm(knowledge: knowledge).apply(.health, fields: fields, to: SelfCheckAnswers()) {
        case .success(let read): answers = read
        case .failure(let errors): for error in errors.errors { problems.add(error.field, error.message) }
        }
        var screen = HealthScreen(answers: answers.healthAnswers)
        let systolic = (fields["systolic"] ?? "").trimmingCharacters(in: .whitespaces)
        let diastolic = (fields["diastolic"] ?? "").trimmingCharacters(in: .whitespaces)
        if !systolic.isEmpty || !diastolic.isEmpty {
            if let high = Int(systolic), let low = Int(diastolic) {
                screen.restingBloodPressure = BloodPressure(systolic: high, diastolic: low)
            } else {
                problems.add(
                    "systolic",
                    "Enter both blood-pressure numbers in mmHg (for example 124 over 78), or leave both empty.")
            }
        }
        switch fields["pregnant"] {
        case "yes": screen.pregnant = true
        case "no": screen.pregnant = false
        default: break
        }
        let weeks = (fields["pregnancyWeeks"] ?? "").trimmingCharacters(in: .whitespaces)
        if !weeks.isEmpty {
            if let value = Int(weeks) {
                screen.pregnancyWeeks = value
            } else {
                problems.add("pregnancyWeeks", "Enter the weeks of pregnancy as a number.")
            }
        }
        let notes = (fields["notes"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let studio = try await req.staffStudio()
        let today = WallClock.day(of: req.now, in: studio.zone)
        var recorded = HealthScreenRecord.Answers(
            healthScreen: screen, redFlags: answers.redFlags, notes: notes,
            confirmations: ConfirmingAnswers.read(fields, knowledge: knowledge))
        let input = try ClientCase.make(client, screen: recorded, findings: [], notes: "", on: today)
        do { try CaseValidator(knowledge: knowledge).validate(input) } catch {
            for issue in error.issues {
                let field =
                    issue.path.contains("systolic") || issue.path.hasSuffix("restingBloodPressure")
                    ? "systolic"
                    : issue.path.contains("diastolic")
                        ? "diastolic"
                        : issue.path.contains("pregnancyWeeks")
                            ? "pregnancyWeeks"
                            : issue.path == "notes" ? "notes" : "form"
                problems.add(field, issue.message.prefix(1).uppercased() + issue.message.dropFirst() + ".")
            }
        }
        guard problems.isEmpty else {
            return try await render(
                req, client, fields: fields, problems: problems, assessment: nil, status: .badRequest)
        }
        let assessment = req.application.shared.engine.assess(input)
        // Not saved while a sign in the notes is unconfirmed: the client is not cleared until someone asks.
        ConfirmingAnswers.requireAnswers(assessment.questions, into: &problems)
        guard problems.isEmpty else {
            return try await render(
                req, client, fields: fields, problems: problems, assessment: nil, status: .badRequest,
                questions: assessment.questions)
        }
        recorded.confirmations = ConfirmingAnswers.kept(recorded.confirmations, for: assessment.questions)
        let saved = try HealthScreenRecord(
            clientID: client.requireID(), answers: recorded, clearance: assessment.clearance,
            reasons: assessment.referral.reasons.map(\.name), performedOn: today, recordedBy: access.staff.member.name)
        if assessment.referral.required { client.referral = .awaitingClearance }
        try await access.change(client, "health screen") { db in
            try await saved.create(on: db)
            try await client.save(on: db)
        }
        let outcome =
            switch assessment.clearance {
            case .refer: "Saved. A warning sign means a clinician must clear \(client.name) first: see below."
            case .clearedWithCaution: "Saved: cleared to train, with the cautions below."
            default: "Saved: \(client.name) is cleared to train."
            }
        return try await render(
            req, client, fields: fields, problems: nil, assessment: assessment, status: .ok, saved: outcome)
    }

    @Sendable func clear(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let fields = try req.content.decode([String: String].self)
        let today = WallClock.day(of: req.now, in: try await req.staffStudio().zone)
        var problems = FormProblems()
        let day = fields["clearedOn"].flatMap(CalendarDay.init)
        if day == nil { problems.add("clearedOn", "Enter the date the clinician cleared the client (YYYY-MM-DD).") }
        if let day, day > today { problems.add("clearedOn", "The clearance date cannot be in the future.") }
        let clinician = (fields["clinician"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if clinician.isEmpty || clinician.count > 200 {
            problems.add("clinician", "Name the clinician who cleared the client (up to 200 characters).")
        }
        let note = String((fields["note"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(2_000))
        guard problems.isEmpty, let day else {
            return try await render(
                req, client, fields: fields, problems: problems, assessment: nil, status: .badRequest)
        }
        let clearance = try ClearanceRecord(
            clientID: client.requireID(), clearedOn: day, clinician: clinician, note: note,
            recordedBy: access.staff.member.name)
        client.referral = .cleared
        try await access.change(client, "clearance") { db in
            try await clearance.create(on: db)
            try await client.save(on: db)
        }
        return req.redirect(
            to: "/staff/clients/\(try client.requireID().uuidString.lowercased())?saved=cleared", redirectType: .normal)
    }

    private func render(
        _ req: Request, _ client: Client, fields: [String: String], problems: FormProblems?, assessment: Assessment?,
        status: HTTPStatus, questions: [ConfirmingQuestion] = [], prefilledFrom: String? = nil, saved: String? = nil
    ) async throws -> Response {
        let knowledge = req.application.shared.knowledge
        let errors = problems.map {
            SelfCheckFormErrors(
                errors: $0.items.map { SelfCheckForm.FieldError(field: $0.field, message: $0.message) })
        }
        let (health, flags) = SelfCheckStepPage.healthFields(knowledge, typed: fields, errors: errors)
        let clientID = try client.requireID()
        let screens = try await HealthScreenRecord.query(on: req.db).filter(\.$client.$id == clientID).sort(
            \.$createdAt, .descending
        ).all()
        let clearances = try await ClearanceRecord.query(on: req.db).filter(\.$client.$id == clientID).sort(
            \.$createdAt, .descending
        ).all()
        let today = WallClock.day(of: req.now, in: try await req.staffStudio().zone)
        let context = Context(
            page: try await PageContext(req, title: "Health screen: \(client.name)"),
            id: clientID.uuidString.lowercased(), name: client.name,
            healthQuestions: health, redFlagQuestions: flags, values: fields,
            problems: Dictionary(
                (problems?.items ?? []).map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a }),
            errors: problems?.summary.nonEmpty,
            history: screens.map {
                "\(CalendarDay($0.performedOn).map(BookingTimeText.day) ?? $0.performedOn): \($0.clearance.plain)"
                    + "\($0.reasons.isEmpty ? "" : " — \($0.reasons)") (\($0.recordedBy))"
            }.nonEmpty,
            clearances: clearances.map {
                "\(CalendarDay($0.clearedOn).map(BookingTimeText.day) ?? $0.clearedOn): cleared by \($0.clinician)"
                    + "\($0.note.isEmpty ? "" : " — \($0.note)") (recorded by \($0.recordedBy))"
            }.nonEmpty,
            awaitingClearance: client.referral == .awaitingClearance,
            referral: assessment?.referral.reasons.map(SelfCheckResultContext.ReferralItem.init).nonEmpty,
            cautions: assessment?.cautions.map(\.message).nonEmpty,
            questions: ConfirmingAnswers.fields(questions, typed: fields, showMissing: problems != nil).nonEmpty,
            today: today.description, prefilledFrom: prefilledFrom, saved: saved)
        return try await req.view.render("staff-screen", context).encodeResponse(status: status, for: req)
    }
}
