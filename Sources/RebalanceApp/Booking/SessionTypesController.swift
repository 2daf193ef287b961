import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The owner's booking settings: the session types (length, buffers, notice, horizon, price, who offers them)
/// and the studio's policy (cancellation window, consultations for clients who must see a clinician first).
struct SessionTypesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let types = routes.grouped("staff").grouped(RequireStaff()).grouped(RequireOwner()).grouped("session-types")
        types.get(use: list)
        types.post("policy", use: savePolicy)
        types.get("new", use: newForm)
        types.post("new", use: create)
        types.get(":typeID", use: edit)
        types.post(":typeID", use: update)
    }

    struct Row: Encodable {
        let id: String
        let name: String
        let slug: String
        let summary: String
        let active: Bool
    }

    struct ListContext: Encodable {
        let page: PageContext
        let rows: [Row]
        let windowHours: String
        let consultation: Bool
        let studioName: String
        let address: String
        let email: String
        let zones: [ZoneChoice]
        let error: String?
        let saved: Bool
    }

    struct Field: Encodable {
        let name: String
        let label: String
        let value: String
        let hint: String
        let error: String?
    }

    struct FormContext: Encodable {
        let page: PageContext
        let action: String
        let heading: String
        let name: String
        let slug: String
        let summary: String
        let price: String
        let consultation: Bool
        let active: Bool
        let allTrainers: Bool
        let numbers: [Field]
        let trainers: [TrainerFilter]
        let errors: [String]
        let hasErrors: Bool
        let isNew: Bool
    }

    @Sendable func list(req: Request) async throws -> View {
        try await renderList(req, typed: nil, error: nil)
    }

    @Sendable func savePolicy(req: Request) async throws -> Response {
        let studio = try await req.staffStudio()
        let fields = try req.content.decode([String: String].self)
        guard let hours = fields["windowHours"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
            (0...168).contains(hours)
        else {
            return try await renderList(
                req, typed: fields, error: "The cancellation window is a number of hours from 0 to 168."
            ).encodeResponse(status: .badRequest, for: req)
        }
        let email = (fields["email"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard email.isEmpty || LeadDetails.isEmail(email) else {
            return try await renderList(
                req, typed: fields, error: "Enter the studio's email like bookings@studio.com, or leave it empty."
            ).encodeResponse(status: .badRequest, for: req)
        }
        let name = (fields["studioName"] ?? studio.name).trimmingCharacters(in: .whitespaces)
        let address = (fields["address"] ?? studio.address).trimmingCharacters(in: .whitespaces)
        guard (1...100).contains(name.count), (1...200).contains(address.count) else {
            return try await renderList(
                req, typed: fields, error: "Enter the studio's name (up to 100 characters) and address (up to 200)."
            )
            .encodeResponse(status: .badRequest, for: req)
        }
        guard let zone = TimeZone(identifier: fields["timeZone"] ?? studio.timeZone) else {
            return try await renderList(req, typed: fields, error: "Choose the studio's time zone from the list.")
                .encodeResponse(status: .badRequest, for: req)
        }
        studio.name = name
        studio.address = address
        studio.cancellationWindowHours = hours
        studio.timeZone = zone.identifier
        studio.consultationWithReferral = fields["consultation"] == "yes"
        studio.email = email
        try await studio.save(on: req.db)
        try await DiaryRevision.bump(on: req.db)
        return req.redirect(to: "/staff/session-types?saved=1", redirectType: .normal)
    }

    @Sendable func newForm(req: Request) async throws -> View {
        let studio = try await req.staffStudio()
        let draft = SessionType(
            studioID: try studio.requireID(), slug: "", name: "", summary: "", kind: .training,
            timing: SessionTiming(durationMinutes: 60, bufferAfterMinutes: 10, minimumNoticeMinutes: 720),
            priceText: "", position: 99)
        return try await renderForm(req, draft, typed: nil, errors: [], isNew: true)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let studio = try await req.staffStudio()
        let count = try await SessionType.query(on: req.db).filter(\.$studio.$id == studio.requireID()).count()
        let type = SessionType(
            studioID: try studio.requireID(), slug: "", name: "", summary: "", kind: .training,
            timing: SessionTiming(durationMinutes: 60), priceText: "", position: count)
        return try await save(req, studio, type, isNew: true)
    }

    @Sendable func edit(req: Request) async throws -> View {
        let (_, type) = try await Self.type(req)
        return try await renderForm(req, type, typed: nil, errors: [], isNew: false)
    }

    @Sendable func update(req: Request) async throws -> Response {
        let (studio, type) = try await Self.type(req)
        return try await save(req, studio, type, isNew: false)
    }

    // MARK: - Saving

    private func save(_ req: Request, _ studio: Studio, _ type: SessionType, isNew: Bool) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        var errors: [String] = []
        let name = (fields["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > 80 { errors.append("Give the session a name (up to 80 characters).") }
        let slug = (fields["slug"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        if !SessionType.isValidSlug(slug) {
            errors.append("The web address id uses 2–40 lower-case letters, digits and hyphens, like one-to-one.")
        }
        if SessionType.isValidSlug(slug),
            let other = try await SessionType.query(on: req.db).filter(\.$studio.$id == studio.requireID())
                .filter(\.$slug == slug).first(), other.id != type.id
        {
            errors.append("Another session already uses the id \(slug).")
        }
        let summary = (fields["summary"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if summary.count > 500 { errors.append("Keep the description under 500 characters.") }
        let price = (fields["price"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if price.count > 40 { errors.append("Keep the price under 40 characters.") }
        var values: [Int] = []
        var unreadable: Set<String> = []
        for limit in SessionTiming.limits {
            if let value = Self.minutes(fields[limit.field], field: limit.field) {
                values.append(value)
            } else {
                errors.append("\(Self.label(limit.field)): enter a whole number.")
                unreadable.insert(limit.field)
                values.append(limit.allowed.lowerBound)
            }
        }
        let timing = SessionTiming(
            durationMinutes: values[0], bufferBeforeMinutes: values[1], bufferAfterMinutes: values[2],
            minimumNoticeMinutes: values[3], horizonDays: values[4], slotStepMinutes: values[5])
        errors += timing.problems().filter {
            guard case .outOfRange(let field, _, _, _) = $0 else { return true }
            return !unreadable.contains(field)
        }.map { Self.readable($0) }
        let allTrainers = fields["allTrainers"] == "yes"
        let members = try await StaffMember.query(on: req.db).filter(\.$studio.$id == studio.requireID()).all()
        let chosen = members.compactMap(\.id).filter { fields["trainer.\($0.uuidString.lowercased())"] == "yes" }
        if !allTrainers, chosen.isEmpty {
            errors.append("Choose at least one trainer, or offer it with every trainer.")
        }
        guard errors.isEmpty else {
            return try await renderForm(req, type, typed: fields, errors: errors, isNew: isNew).encodeResponse(
                status: .badRequest, for: req)
        }
        type.name = name
        type.slug = slug
        type.summary = summary
        type.priceText = price
        type.kind = fields["consultation"] == "yes" ? .consultation : .training
        type.active = fields["active"] == "yes"
        type.allTrainers = allTrainers
        type.timing = timing
        try await req.db.writeTransaction { db in
            try await type.save(on: db)
            let typeID = try type.requireID()
            try await SessionTypeTrainer.query(on: db).filter(\.$sessionType.$id == typeID).delete()
            if !allTrainers {
                for trainer in chosen {
                    try await SessionTypeTrainer(sessionTypeID: typeID, trainerID: trainer).create(on: db)
                }
            }
        }
        try await DiaryRevision.bump(on: req.db)
        return req.redirect(to: "/staff/session-types?saved=1", redirectType: .normal)
    }

    // MARK: - Helpers

    static func type(_ req: Request) async throws -> (Studio, SessionType) {
        let studio = try await req.staffStudio()
        guard let id = req.parameters.get("typeID").flatMap({ UUID(uuidString: $0) }),
            let type = try await SessionType.query(on: req.db).filter(\.$id == id).filter(
                \.$studio.$id == studio.requireID()
            ).first()
        else { throw Abort(.notFound) }
        return (studio, type)
    }

    /// Whole numbers; the notice is entered in hours and stored in minutes.
    static func minutes(_ text: String?, field: String) -> Int? {
        guard let value = text.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else { return nil }
        return field == "minimumNoticeMinutes" ? value.multipliedReportingOverflow(by: 60).partialValue : value
    }

    static func label(_ field: String) -> String {
        switch field {
        case "durationMinutes": "Length (minutes)"
        case "bufferBeforeMinutes": "Free time before (minutes)"
        case "bufferAfterMinutes": "Free time after (minutes)"
        case "minimumNoticeMinutes": "Minimum notice (hours)"
        case "horizonDays": "Bookable up to (days ahead)"
        default: "Start times every (minutes)"
        }
    }

    static func readable(_ problem: BookingRuleError) -> String {
        guard case .outOfRange(let field, let value, let allowed, _) = problem else { return problem.description }
        if field == "minimumNoticeMinutes" {
            return "\(label(field)): \(value / 60) is outside 0…\(allowed.upperBound / 60)."
        }
        return "\(label(field)): \(value) is outside \(allowed.lowerBound)…\(allowed.upperBound)."
    }

    private func renderList(_ req: Request, typed: [String: String]?, error: String?) async throws -> View {
        let studio = try await req.staffStudio()
        let types = try await SessionType.query(on: req.db).filter(\.$studio.$id == studio.requireID()).sort(
            \.$position
        ).sort(\.$name).all()
        return try await req.view.render(
            "staff-session-types",
            ListContext(
                page: try await PageContext(req, title: "Sessions and booking policy"),
                rows: types.map {
                    Row(
                        id: $0.id?.uuidString.lowercased() ?? "", name: $0.name, slug: $0.slug,
                        summary:
                            "\($0.durationMinutes) min · \($0.priceText.isEmpty ? "no price shown" : $0.priceText) · "
                            + "\($0.kind == .consultation ? "consultation" : "training")",
                        active: $0.active)
                },
                windowHours: typed?["windowHours"] ?? "\(studio.cancellationWindowHours)",
                consultation: typed.map { $0["consultation"] == "yes" } ?? studio.consultationWithReferral,
                studioName: typed?["studioName"] ?? studio.name, address: typed?["address"] ?? studio.address,
                email: typed?["email"] ?? studio.email,
                zones: ZoneChoice.list(current: studio.zone, studio: studio.zone),
                error: error, saved: req.query[String.self, at: "saved"] != nil))
    }

    private func renderForm(
        _ req: Request, _ type: SessionType, typed: [String: String]?, errors: [String], isNew: Bool
    ) async throws -> View {
        let studio = try await req.staffStudio()
        let members = try await StaffMember.query(on: req.db).filter(\.$studio.$id == studio.requireID()).sort(\.$name)
            .all()
        let linked =
            isNew
            ? []
            : try await SessionTypeTrainer.query(on: req.db).filter(\.$sessionType.$id == type.requireID()).all().map(
                \.$trainer.id)
        let stored = zip(SessionTiming.limits, type.timing.values).map { limit, value in
            limit.field == "minimumNoticeMinutes" ? value / 60 : value
        }
        let numbers = zip(SessionTiming.limits, stored).map { limit, value in
            let allowed =
                limit.field == "minimumNoticeMinutes"
                ? "0–\(limit.allowed.upperBound / 60)" : "\(limit.allowed.lowerBound)–\(limit.allowed.upperBound)"
            return Field(
                name: limit.field, label: Self.label(limit.field), value: typed?[limit.field] ?? "\(value)",
                hint: allowed, error: nil)
        }
        let id = type.id?.uuidString.lowercased() ?? ""
        return try await req.view.render(
            "staff-session-type",
            FormContext(
                page: try await PageContext(req, title: isNew ? "New session type" : "Edit \(type.name)"),
                action: isNew ? "/staff/session-types/new" : "/staff/session-types/\(id)",
                heading: isNew ? "New session type" : type.name,
                name: typed?["name"] ?? type.name, slug: typed?["slug"] ?? type.slug,
                summary: typed?["summary"] ?? type.summary,
                price: typed?["price"] ?? type.priceText,
                consultation: typed.map { $0["consultation"] == "yes" } ?? (type.kind == .consultation),
                active: typed.map { $0["active"] == "yes" } ?? type.active,
                allTrainers: typed.map { $0["allTrainers"] == "yes" } ?? type.allTrainers,
                numbers: numbers,
                trainers: members.map { member in
                    let key = member.id?.uuidString.lowercased() ?? ""
                    return TrainerFilter(
                        id: key, name: member.name,
                        selected: typed.map { $0["trainer.\(key)"] == "yes" } ?? linked.contains { $0 == member.id })
                },
                errors: errors, hasErrors: !errors.isEmpty, isNew: isNew))
    }
}
