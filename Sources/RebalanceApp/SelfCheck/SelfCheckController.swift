import Fluent
import RebalanceCore
import Vapor

/// The public self-check: start, four steps saved as a draft, the explained result, and leaving details.
struct SelfCheckController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let check = routes.grouped("check")
        check.get(use: intro)
        check.post(use: start)
        check.get(":token", "result", use: result)
        check.get(":token", "details", use: detailsForm)
        check.post(":token", "details", use: submitDetails)
        check.get("thanks", use: thanks)
        check.get(":token", "thanks", use: thanks)
        check.get(":token", ":step", use: showStep)
        check.post(":token", ":step", use: saveStep)
    }

    @Sendable func intro(req: Request) async throws -> View {
        try await req.view.render(
            "check-intro", PlainPage(page: try await PageContext(req, title: "Take the 3-minute self-check")))
    }

    @Sendable func start(req: Request) async throws -> Response {
        guard
            try await req.application.shared.rateLimits.selfCheckStart.allow(
                req.clientAddress, now: req.now, on: req.db)
        else {
            throw Abort(
                .tooManyRequests,
                reason: "Many self-checks were started from this connection in the last few minutes. "
                    + "Please try again in ten minutes, or call the studio.")
        }
        let studio = try await Studio.current(on: req.db)
        let token = SecretToken.make()
        let record = try SelfCheckRecord(
            studioID: try studio.requireID(), token: token, answers: SelfCheckAnswers(), startedAt: req.now)
        try await record.save(on: req.db)
        StudioMetrics.count(.selfCheckStarted)
        return req.redirect(to: "/check/\(token)/\(SelfCheckStep.signs.rawValue)", redirectType: .normal)
    }

    @Sendable func showStep(req: Request) async throws -> Response {
        let draft = try await SelfCheckDraft.find(req)
        let step = try step(req)
        return try await sharedPage(req, "step/\(step.rawValue)", draft) {
            let answers = try draft.answers
            // Steps open in order: a link to a later step lands on the first one not yet answered.
            let reachable = answers.completed?.next ?? (answers.completed == nil ? .signs : nil)
            if let reachable, step > reachable { return .redirect(reachable.rawValue) }
            return .page(
                try await SelfCheckStepPage(
                    req: req, token: draft.token, step: step, answers: answers, errors: nil, typed: nil
                ).rendering())
        }
    }

    @Sendable func saveStep(req: Request) async throws -> Response {
        let (record, token) = try await record(req)
        let step = try step(req)
        let fields = try req.content.decode([String: String].self)
        let goingBack = fields["action"] == "back"
        switch SelfCheckForm(knowledge: req.application.shared.knowledge).apply(
            step, fields: fields, to: try record.answers)
        {
        case .success(let answers):
            let wasComplete = try record.answers.isComplete
            let finishing = answers.isComplete && !wasComplete
            try record.save(answers: answers, now: req.now)
            try await record.save(on: req.db)
            if finishing {
                StudioMetrics.count(.selfCheckFinished)
                let result = SelfCheckResult(answers: answers, engine: req.application.shared.engine)
                if let urgency = result.referral.urgency { StudioMetrics.count(.referral(urgency, from: .selfCheck)) }
            }
            let target = goingBack ? step.previous?.rawValue ?? step.rawValue : step.next?.rawValue ?? "result"
            return req.redirect(to: "/check/\(token)/\(target)", redirectType: .normal)
        case .failure where goingBack:
            // Going back keeps what was saved before; an unfinished step is not forced on the way back.
            return req.redirect(
                to: "/check/\(token)/\(step.previous?.rawValue ?? step.rawValue)", redirectType: .normal)
        case .failure(let errors):
            // Re-shown with exactly what was typed, so nothing is lost.
            return try await SelfCheckStepPage(
                req: req, token: token, step: step, answers: record.answers, errors: errors, typed: fields
            ).render(status: .badRequest)
        }
    }

    @Sendable func result(req: Request) async throws -> Response {
        let draft = try await SelfCheckDraft.find(req)
        return try await sharedPage(req, "result", draft) {
            let answers = try draft.answers
            guard answers.isComplete else { return .redirect((answers.completed?.next ?? .signs).rawValue) }
            let result = SelfCheckResult(answers: answers, engine: req.application.shared.engine)
            let context = try await SelfCheckResultContext(req, result: result)
            let view = try await req.view.render(result.referral.required ? "check-referral" : "check-result", context)
            return .page(SharedRendering(rendered: String(buffer: view.data)))
        }
    }

    @Sendable func detailsForm(req: Request) async throws -> View {
        let (_, token) = try await record(req)
        return try await req.view.render(
            "check-details", try await LeadFormContext(req, token: token, fields: [:], errors: nil))
    }

    @Sendable func submitDetails(req: Request) async throws -> Response {
        let (record, token) = try await record(req)
        let fields = try req.content.decode([String: String].self)
        guard try await req.application.shared.rateLimits.lead.allow(req.clientAddress, now: req.now, on: req.db) else {
            let view = try await req.view.render(
                "check-details",
                try await LeadFormContext(
                    req, token: token, fields: fields,
                    errors: SelfCheckFormErrors(
                        formMessage:
                            "We have had several messages from this connection in the last few minutes. "
                            + "Please try again in ten minutes, or call the studio."
                    )))
            return try await view.encodeResponse(status: .tooManyRequests, for: req)
        }
        // A filled-in hidden field means a bot: thank it and store nothing.
        if !(fields["website"] ?? "").isEmpty {
            return req.redirect(to: "/check/\(token)/thanks", redirectType: .normal)
        }
        switch LeadDetails.read(fields) {
        case .failure(let errors):
            let context = try await LeadFormContext(req, token: token, fields: fields, errors: errors)
            let view = try await req.view.render("check-details", context)
            return try await view.encodeResponse(status: .badRequest, for: req)
        case .success(let details):
            let answers = try record.answers
            let redFlag =
                answers.isComplete
                && SelfCheckResult(answers: answers, engine: req.application.shared.engine).referral.required
            let keepsAnswers = details.consentToStoreHealth
            let lead = Lead(
                studioID: record.$studio.id, selfCheckID: keepsAnswers ? record.id : nil, details: details,
                redFlag: keepsAnswers && redFlag)
            guard let studio = try await Studio.find(record.$studio.id, on: req.db) else {
                throw SelfCheckDraft.notFound
            }
            let baseURL = req.application.shared.settings.baseURL
            try await req.db.writeTransaction { db in
                try await lead.save(on: db)
                // Without consent to keep health answers, they are deleted now, not kept "just in case".
                if !keepsAnswers { try await record.delete(on: db) }
                // The studio hears of the lead in the same transaction: no lead without its notice.
                let recipients = try await StudioEmails.leadRecipients(studio: studio, on: db)
                for message in try NewLeadNotice.messages(for: lead, to: recipients, baseURL: baseURL, now: req.now) {
                    try await message.create(on: db)
                }
            }
            let target = keepsAnswers ? "/check/\(token)/thanks" : "/check/thanks"
            return req.redirect(to: target, redirectType: .normal)
        }
    }

    @Sendable func thanks(req: Request) async throws -> View {
        try await req.view.render("check-thanks", try await ThanksContext(req, token: req.parameters.get("token")))
    }

    /// The self-check named by the route's token, and that token (only its fingerprint is stored).
    private func record(_ req: Request) async throws -> (SelfCheckRecord, String) {
        let token = try SelfCheckDraft.token(req)
        guard
            let record = try await SelfCheckRecord.query(on: req.db)
                .filter(\.$tokenHash == SecretToken.fingerprint(token)).first()
        else { throw SelfCheckDraft.notFound }
        return (record, token)
    }

    private func step(_ req: Request) throws -> SelfCheckStep {
        guard let raw = req.parameters.get("step"), let step = SelfCheckStep(rawValue: raw) else {
            throw Abort(.notFound)
        }
        return step
    }

    /// A page that depends only on the answers: visitors without an account get it from the cache when another
    /// visitor with the same answers (every new visitor, on the first step) has seen it already.
    private func sharedPage(
        _ req: Request, _ name: String, _ draft: SelfCheckDraft, make: () async throws -> SelfCheckPage
    ) async throws -> Response {
        let cache = req.application.shared.selfCheckPages
        var key: String?
        if req.staff == nil {
            let studio = try await req.application.shared.publicPages.studioDetails(on: req.db, now: req.now)
            key = [name, studio.cacheKey, draft.answersJSON].joined(separator: "\n")
        }
        let page: SelfCheckPage
        if let key, let cached = cache.value(for: key) {
            page = cached
        } else {
            page = try await make()
            if let key { cache.store(page, for: key) }
        }
        switch page {
        case .redirect(let target):
            return req.redirect(to: "/check/\(draft.token)/\(target)", redirectType: .normal)
        case .page(let rendering):
            return rendering.response([.draftToken: draft.token, .formToken: req.csrfToken])
        }
    }
}
