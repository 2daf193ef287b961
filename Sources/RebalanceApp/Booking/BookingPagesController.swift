import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The public booking pages: session → trainer → day and time → details → the booking's own page. Every step
/// is a plain link or form, so booking works without JavaScript; the viewer's zone and self-check travel in the URL.
struct BookingPagesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let book = routes.grouped("book")
        book.get(use: types)
        book.get(":type", use: trainers)
        book.get(":type", ":trainer", use: slots)
        book.get(":type", ":trainer", "details", use: detailsForm)
        book.post(":type", ":trainer", "details", use: submitDetails)
    }

    @Sendable func types(req: Request) async throws -> View {
        let lookup = try await BookingLookup.make(req)
        let trail = BookingTrail(req, studio: lookup.studio)
        let check = try await lookup.selfCheck(trail.check)
        let referral = try Self.referral(lookup, check)
        let roster = TrainerRoster(db: req.db, studio: lookup.studio)
        var cards: [BookTypesContext.Card] = []
        var anyStaffed = false
        for type in try await lookup.sessionTypes() {
            let allowed = type.kind.isBookable(
                referralRequired: !referral.isEmpty,
                consultationAllowedWithReferral: lookup.studio.consultationWithReferral)
            let staffed = try await !roster.trainers(offering: type).isEmpty
            anyStaffed = anyStaffed || staffed
            cards.append(
                BookTypesContext.Card(
                    name: type.name, summary: type.summary, duration: "\(type.durationMinutes) minutes",
                    price: type.priceText,
                    href: allowed && staffed ? "/book/\(type.slug)" + trail.query() : nil,
                    blocked: !allowed
                        ? "Not until a clinician has seen you."
                        : staffed ? nil : "Not bookable online yet."))
        }
        return try await req.view.render(
            "book-types",
            BookTypesContext(
                page: try await PageContext(req, title: "Book a session"), steps: BookingStep.list(current: 1),
                cards: cards,
                referral: referral.nonEmpty, hasReferral: !referral.isEmpty,
                policyHours: lookup.studio.cancellationWindowHours,
                closedNotice: anyStaffed
                    ? nil : "Online booking opens once a trainer has set their weekly hours. \(lookup.contactLine)"))
    }

    @Sendable func trainers(req: Request) async throws -> View {
        let (lookup, type) = try await Self.type(req)
        let trail = BookingTrail(req, studio: lookup.studio)
        let trainers = try await TrainerRoster(db: req.db, studio: lookup.studio).trainers(offering: type)
        let choices = trainers.map {
            BookTrainerContext.Choice(
                name: $0.name, href: "/book/\(type.slug)/\($0.id?.uuidString.lowercased() ?? "")" + trail.query())
        }
        return try await req.view.render(
            "book-trainer",
            BookTrainerContext(
                page: try await PageContext(req, title: "\(type.name): choose a trainer"),
                steps: BookingStep.list(current: 2),
                typeName: type.name, anyHref: "/book/\(type.slug)/any" + trail.query(), trainers: choices,
                hasTrainers: !choices.isEmpty, contact: lookup.contactLine, backHref: "/book" + trail.query()))
    }

    @Sendable func slots(req: Request) async throws -> Response {
        let (lookup, type) = try await Self.type(req)
        let (choice, trainers) = try await Self.trainers(req, lookup, type)
        // Nobody offers the session online (yet): the trainer step says so and how to reach the studio.
        if trainers.isEmpty {
            return req.redirect(to: "/book/\(type.slug)" + BookingTrail(req, studio: lookup.studio).query())
        }
        return try await Self.renderSlots(
            req, lookup, type, choice, trainers, notice: nil, alternatives: [], status: .ok)
    }

    @Sendable func detailsForm(req: Request) async throws -> Response {
        let (lookup, type) = try await Self.type(req)
        let (choice, trainers) = try await Self.trainers(req, lookup, type)
        if trainers.isEmpty {
            return req.redirect(to: "/book/\(type.slug)" + BookingTrail(req, studio: lookup.studio).query())
        }
        guard let start = req.query[String.self, at: "start"].flatMap({ try? OffsetTimestamp.parse($0) }) else {
            return req.redirect(
                to: Self.slotsPath(type, choice) + BookingTrail(req, studio: lookup.studio).query(),
                redirectType: .normal)
        }
        var prefill: [String: String] = [:]
        let trail = BookingTrail(req, studio: lookup.studio)
        // Coming from a self-check with details already left: the client does not type them twice.
        if let check = try await lookup.selfCheck(trail.check),
            let lead = try await Lead.query(on: req.db).filter(\.$selfCheck.$id == check.requireID()).sort(
                \.$createdAt, .descending
            ).first()
        {
            prefill = ["name": lead.name, "email": lead.email, "phone": lead.phone ?? ""]
        }
        return try await Self.renderDetails(
            req, lookup, type, choice, trainers, start: start, typed: prefill, errors: nil, status: .ok)
    }

    @Sendable func submitDetails(req: Request) async throws -> Response {
        let (lookup, type) = try await Self.type(req)
        let (choice, trainers) = try await Self.trainers(req, lookup, type)
        var fields = try req.content.decode([String: String].self)
        let trail = BookingTrail(req, studio: lookup.studio)
        guard let start = fields["start"].flatMap({ try? OffsetTimestamp.parse($0) }) else {
            return req.redirect(to: Self.slotsPath(type, choice) + trail.query(), redirectType: .normal)
        }
        guard try await req.application.shared.rateLimits.booking.allow(req.clientAddress, now: req.now, on: req.db)
        else {
            return try await Self.renderDetails(
                req, lookup, type, choice, trainers, start: start, typed: fields,
                errors: SelfCheckFormErrors(
                    formMessage:
                        "We have had many bookings from this connection in the last few minutes. "
                        + "Please try again in ten minutes, or call the studio."
                ),
                status: .tooManyRequests)
        }
        let check = try await lookup.selfCheck(trail.check)
        var problems: [SelfCheckForm.FieldError] = []
        let (client, issues) = BookingAPI.client(
            name: fields["name"], email: fields["email"], phone: fields["phone"], timeZone: trail.zone.identifier,
            prefix: "")
        for issue in issues {
            let message =
                switch issue.path {
                case "name": "Please tell us your name (up to \(LeadDetails.maximumNameLength) characters)."
                case "email": "Enter an email address like name@example.com, so we can send your confirmation."
                default: "Enter a phone number with digits (spaces, +, - and brackets are fine), or leave it empty."
                }
            problems.append(.init(field: issue.path, message: message))
        }
        if fields["policy"] != "yes" {
            problems.append(.init(field: "policy", message: "Please confirm you have read the cancellation policy."))
        }
        // Without a self-check, the health and warning-sign questions are asked here: the seven health questions
        // and one question over every warning sign; a "yes" to it asks each sign on its own.
        var referral = try Self.referralOf(lookup, check)
        var healthJSON = ""
        if check == nil {
            let flags = req.application.shared.knowledge.safety.redFlags
            let answeredEach = flags.contains { fields["flag.\($0.id)"] != nil }
            switch fields[WarningSignsQuestion.field] {
            case "no" where !answeredEach:
                for flag in flags { fields["flag.\(flag.id)"] = "no" }
            case "yes" where !answeredEach:
                // Not a mistake: the page comes back with each sign to answer, and everything typed kept.
                return try await Self.renderDetails(
                    req, lookup, type, choice, trainers, start: start, typed: fields,
                    errors: problems.isEmpty ? nil : SelfCheckFormErrors(errors: problems),
                    status: problems.isEmpty ? .ok : .badRequest)
            case nil where !answeredEach:
                problems.append(
                    .init(
                        field: WarningSignsQuestion.field,
                        message: "Answer yes or no: do any of the warning signs listed apply to you now?"))
                for flag in flags { fields["flag.\(flag.id)"] = "no" }  // so only this question is flagged
            default:
                break
            }
            switch SelfCheckForm(knowledge: req.application.shared.knowledge).apply(
                .health, fields: fields, to: SelfCheckAnswers())
            {
            case .success(let answers):
                referral = req.application.shared.engine.assess(answers.asCase).referral
                healthJSON = try HealthRecord(answers: answers.healthAnswers, redFlags: answers.redFlags).json()
            case .failure(let errors): problems += errors.errors
            }
        }
        guard problems.isEmpty, let client else {
            return try await Self.renderDetails(
                req, lookup, type, choice, trainers, start: start, typed: fields,
                errors: SelfCheckFormErrors(errors: problems), status: .badRequest)
        }
        do {
            let lead = try await Self.lead(req, lookup, client: client, check: check, referral: referral.required)
            let booking = try await lookup.desk().book(
                BookingDesk.Order(
                    type: type, trainer: choice, start: start, client: client,
                    actor: BookingDesk.Actor(kind: .client, name: client.name),
                    referralRequired: referral.required, healthAnswers: healthJSON, leadID: lead?.id,
                    selfCheckID: check?.id))
            let token = try await req.bookingLinks().token(for: booking)
            return req.redirect(
                to: BookingLinks.managePath(try booking.requireID(), token: token) + "&new=1", redirectType: .normal)
        } catch let failure as BookingFailure {
            switch failure {
            case .taken(let alternatives):
                return try await Self.renderSlots(
                    req, lookup, type, choice, trainers, notice: failure.message, alternatives: alternatives,
                    status: .conflict)
            case .refused(.taken, _):
                return try await Self.renderSlots(
                    req, lookup, type, choice, trainers, notice: failure.message, alternatives: [], status: .conflict)
            case .referralRequired:
                return try await Self.renderReferral(req, lookup, referral: referral, trail: trail)
            default:
                return try await Self.renderDetails(
                    req, lookup, type, choice, trainers, start: start, typed: fields,
                    errors: SelfCheckFormErrors(formMessage: failure.message), status: failure.status)
            }
        }
    }

    // MARK: - Loading

    /// The session type in the path, or 404.
    static func type(_ req: Request) async throws -> (BookingLookup, SessionType) {
        let lookup = try await BookingLookup.make(req)
        guard let slug = req.parameters.get("type"), let type = try await lookup.sessionType(slug) else {
            throw Abort(.notFound, reason: "We do not offer that session. Please choose one from the booking page.")
        }
        return (lookup, type)
    }

    /// The trainer in the path ("any" or a trainer who offers the type), or 404.
    static func trainers(_ req: Request, _ lookup: BookingLookup, _ type: SessionType) async throws -> (
        BookingDesk.TrainerChoice, [StaffMember]
    ) {
        let offering = try await TrainerRoster(db: req.db, studio: lookup.studio).trainers(offering: type)
        let raw = req.parameters.get("trainer") ?? ""
        if raw == "any" { return (.any, offering) }
        guard let id = UUID(uuidString: raw), let trainer = offering.first(where: { $0.id == id }) else {
            throw Abort(.notFound, reason: "That trainer does not offer this session. Please choose again.")
        }
        return (.specific(id), [trainer])
    }

    static func slotsPath(_ type: SessionType, _ choice: BookingDesk.TrainerChoice) -> String {
        switch choice {
        case .any: "/book/\(type.slug)/any"
        case .specific(let id): "/book/\(type.slug)/\(id.uuidString.lowercased())"
        }
    }

    /// The reasons a completed self-check gives to see a clinician first (none without one).
    static func referralOf(_ lookup: BookingLookup, _ check: SelfCheckRecord?) throws -> Referral {
        guard let answers = try check?.answers, answers.isComplete else { return Referral(reasons: []) }
        return SelfCheckResult(answers: answers, engine: lookup.req.application.shared.engine).referral
    }

    static func referral(_ lookup: BookingLookup, _ check: SelfCheckRecord?) throws -> [SelfCheckResultContext
        .ReferralItem]
    {
        try referralOf(lookup, check).reasons.sorted { $0.urgency < $1.urgency }.map(
            SelfCheckResultContext.ReferralItem.init)
    }

    /// The client's lead: the one left after their self-check, one with the same email, or a new one marked booked.
    static func lead(
        _ req: Request, _ lookup: BookingLookup, client: BookingClient, check: SelfCheckRecord?, referral: Bool
    ) async throws -> Lead? {
        let studioID = try lookup.studio.requireID()
        if let check, let lead = try await Lead.query(on: req.db).filter(\.$selfCheck.$id == check.requireID()).first()
        {
            return lead
        }
        if let lead = try await Lead.query(on: req.db).filter(\.$studio.$id == studioID).filter(
            \.$email == client.email
        )
        .sort(\.$createdAt, .descending).first() {
            return lead
        }
        let details = LeadDetails(
            name: client.name, email: client.email, phone: client.phone, preferredTimes: "", consentToContact: true,
            consentToStoreHealth: check != nil)
        let lead = Lead(studioID: studioID, selfCheckID: check?.id, details: details, redFlag: referral)
        lead.notes = "Booked online."
        try await lead.save(on: req.db)
        return lead
    }

    // MARK: - Rendering

    static func renderSlots(
        _ req: Request, _ lookup: BookingLookup, _ type: SessionType, _ choice: BookingDesk.TrainerChoice,
        _ trainers: [StaffMember],
        notice: String?, alternatives: [Slot], status: HTTPStatus
    ) async throws -> Response {
        let trail = BookingTrail(req, studio: lookup.studio)
        let zone = trail.zone
        let today = WallClock.day(of: req.now, in: zone)
        let selected = req.query[String.self, at: "date"].flatMap(CalendarDay.init)
        let month =
            SlotPicker.month(req.query[String.self, at: "month"]) ?? selected?.firstOfMonth ?? today.firstOfMonth
        let lastDay = WallClock.day(of: req.now, in: lookup.studio.zone).adding(days: type.horizonDays)
        let base = slotsPath(type, choice)
        let window = TimeSpan(
            start: WallClock.startOfDay(month.firstOfMonth, in: zone),
            end: WallClock.startOfDay(month.firstOfMonth.adding(days: month.daysInMonth), in: zone))
        let slots =
            month.firstOfMonth > lastDay.firstOfMonth
            ? []
            : try await TrainerRoster(db: req.db, studio: lookup.studio).openSlots(
                of: type, trainers: trainers, in: window, now: req.now)
        let names = Dictionary(
            trainers.compactMap { t in t.id.map { ($0.uuidString.lowercased(), t.name) } },
            uniquingKeysWith: { a, _ in a })
        let timeHref = { (slot: Slot) -> String in
            let trainer = choice == .any ? slot.trainerID : (base as NSString).lastPathComponent
            return "/book/\(type.slug)/\(choice == .any ? "any" : trainer)/details"
                + trail.query([("start", OffsetTimestamp.format(slot.start, in: zone))])
        }
        let picker = SlotPicker(
            slots: slots, month: month, selected: selected, zone: zone, today: today, lastMonth: lastDay,
            dayHref: { base + trail.query([($0.count == 7 ? "month" : "date", $0)]) }, timeHref: timeHref,
            trainerNames: names)
        var keep = [HiddenField(name: "month", value: SlotPicker.monthID(month))]
        if let check = trail.check { keep.append(HiddenField(name: "check", value: check)) }
        let trainerName = choice == .any ? "any available trainer" : (trainers.first?.name ?? "")
        let context = BookSlotsContext(
            page: try await PageContext(req, title: "\(type.name): choose a day and time"),
            steps: BookingStep.list(current: 3),
            heading: "Choose a day and time", typeName: type.name, trainerName: trainerName, picker: picker,
            zoneName: BookingTimeText.zoneName(zone),
            zoneChoices: ZoneChoice.list(current: zone, studio: lookup.studio.zone),
            zoneFormAction: base, keep: keep, notice: notice,
            alternatives: alternatives.map {
                SlotPicker.Time(
                    label: BookingTimeText.dayAndTime($0.start, in: zone), href: timeHref($0),
                    trainer: choice == .any ? names[$0.trainerID] : nil)
            }.nonEmpty,
            backHref: "/book/\(type.slug)" + trail.query(),
            studioZoneName: BookingTimeText.zoneName(lookup.studio.zone),
            differentZone: trail.zoneChosen)
        let view = try await req.view.render("book-slots", context)
        return try await view.encodeResponse(status: status, for: req)
    }

    static func renderDetails(
        _ req: Request, _ lookup: BookingLookup, _ type: SessionType, _ choice: BookingDesk.TrainerChoice,
        _ trainers: [StaffMember],
        start: Date, typed: [String: String], errors: SelfCheckFormErrors?, status: HTTPStatus
    ) async throws -> Response {
        let trail = BookingTrail(req, studio: lookup.studio)
        let check = try await lookup.selfCheck(trail.check)
        let trainerID = (req.query[String.self, at: "trainer"]).flatMap { UUID(uuidString: $0) }
        let trainerName =
            switch choice {
            case .any: trainers.first { $0.id == trainerID }?.name ?? "the first available trainer"
            case .specific: trainers.first?.name ?? ""
            }
        let knowledge = req.application.shared.knowledge
        let (health, flags) =
            check == nil ? SelfCheckStepPage.healthFields(knowledge, typed: typed, errors: errors) : ([], [])
        // Each sign on its own once the visitor said "yes" to the first question (or answered them already).
        let askEachSign =
            check == nil
            && (typed[WarningSignsQuestion.field] == "yes"
                || knowledge.safety.redFlags.contains {
                    typed["flag.\($0.id)"] == "yes"
                })
        let gate = typed[WarningSignsQuestion.field]
        let items = (errors?.errors ?? []).filter { $0.field != "form" }.map {
            FieldErrorItem(field: $0.field, message: $0.message)
        }
        let path = slotsPath(type, choice) + "/details"
        let context = BookDetailsContext(
            page: try await PageContext(req, title: "\(type.name): your details"), steps: BookingStep.list(current: 4),
            typeName: type.name, trainerName: trainerName,
            when: BookingTimeText.dayTimeAndZone(start, in: trail.zone),
            whenAtStudio: trail.zoneChosen
                ? BookingTimeText.dayAndTime(start, in: lookup.studio.zone) + " at the studio" : nil,
            action: path + trail.query(),
            backHref: slotsPath(type, choice)
                + trail.query([("date", WallClock.day(of: start, in: trail.zone).description)]),
            start: OffsetTimestamp.format(start, in: trail.zone), trainer: "",
            tz: trail.zoneChosen ? trail.zone.identifier : nil,
            check: trail.check, name: typed["name"] ?? "", email: typed["email"] ?? "", phone: typed["phone"] ?? "",
            askHealth: check == nil,
            warningSigns: check == nil
                ? WarningSignsQuestion(
                    signs: knowledge.safety.redFlags.map(\.question), yes: gate == "yes", no: gate == "no",
                    error: errors?.message(for: WarningSignsQuestion.field)) : nil,
            askEachSign: askEachSign, healthQuestions: health, redFlagQuestions: askEachSign ? flags : [],
            errors: items,
            hasErrors: !items.isEmpty, errorCount: items.count, nameError: errors?.message(for: "name"),
            emailError: errors?.message(for: "email"), phoneError: errors?.message(for: "phone"),
            policyError: errors?.message(for: "policy"), policyHours: lookup.studio.cancellationWindowHours,
            formMessage: errors?.message(for: "form"))
        let view = try await req.view.render("book-details", context)
        return try await view.encodeResponse(status: status, for: req)
    }

    /// A calm stop: the answers mean a clinician first; a free consultation only where the studio allows it.
    static func renderReferral(_ req: Request, _ lookup: BookingLookup, referral: Referral, trail: BookingTrail)
        async throws -> Response
    {
        let consult =
            lookup.studio.consultationWithReferral
            ? try await lookup.sessionTypes().first { $0.kind == .consultation } : nil
        let context = BookReferralContext(
            page: try await PageContext(req, title: "Please see a clinician first"),
            reasons: referral.reasons.sorted { $0.urgency < $1.urgency }.map(SelfCheckResultContext.ReferralItem.init),
            consultHref: consult.map { "/book/\($0.slug)" + trail.query() })
        let view = try await req.view.render("book-referral", context)
        return try await view.encodeResponse(status: .unprocessableEntity, for: req)
    }
}

/// The referral page of the booking flow.
struct BookReferralContext: Encodable {
    let page: PageContext
    let reasons: [SelfCheckResultContext.ReferralItem]
    let consultHref: String?
}

/// Health answers given while booking, kept with the booking for the trainer.
struct HealthRecord: Codable, Equatable {
    let answers: [String: Bool]
    let redFlags: [RedFlagID]

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
