import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The trainer's clients: the searchable list, creating a client or converting a lead, the profile, archiving.
struct ClientsController: RouteCollection {
    static let pageSize = 50

    func boot(routes: any RoutesBuilder) throws {
        let staff = routes.grouped("staff").grouped(RequireStaff())
        let clients = staff.grouped("clients")
        clients.get(use: list)
        clients.get("new", use: newForm)
        clients.post("new", use: create)
        clients.get(":clientID", use: ClientOverview.show)
        clients.get(":clientID", "edit", use: editForm)
        clients.post(":clientID", "edit", use: update)
        clients.post(":clientID", "archive", use: archive)
        staff.post("leads", ":leadID", "convert", use: convert)
    }

    struct ListContext: Encodable {
        let page: PageContext
        let hasRows: Bool
        let rows: [Row]
        let query: String
        let filters: [TrainerFilter]
        let total: Int
        let pageNumber: Int
        let previousHref: String?
        let nextHref: String?
    }

    /// One client as the list shows it.
    struct Row: Encodable {
        let id: String
        let name: String
        let email: String
        let phase: String
        /// The re-check date as the trainer reads it; `nil` when none is set.
        let recheck: String?
        let recheckOverdue: Bool
        let referred: Bool
        let archived: Bool
        /// This week's share of planned days done, with the 30-day figure; `nil` without an active program.
        let keepingUp: String?
        let slipping: Bool
    }

    @Sendable func list(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let today = WallClock.day(of: req.now, in: try await req.staffStudio().zone)
        let search = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let filter = req.query[String.self, at: "show"] ?? "active"
        let pageNumber = max(1, req.query[Int.self, at: "page"] ?? 1)
        let show: ClientList.Show =
            switch filter {
            case "archived": .archived
            case "referred": .referred
            case "recheck": .recheckDue(today)
            case let phase where ExerciseDefinition.Phase(rawValue: phase) != nil:
                ExerciseDefinition.Phase(rawValue: phase).map(ClientList.Show.phase) ?? .active
            default: .active
            }
        let list = ClientList(studioID: access.studioID, show: show, search: search)
        let total = try await list.count(on: req.db)
        let entries = try await list.page(offset: (pageNumber - 1) * Self.pageSize, limit: Self.pageSize, on: req.db)
        // The page's clients only: one read for the shown rows, never the whole studio.
        let keeping = Dictionary(
            try await KeepingUp.load(studioID: access.studioID, clients: entries.map(\.id), today: today, on: req.db)
                .entries.map { ($0.clientID, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = entries.map { entry in
            Row(
                id: entry.id.uuidString.lowercased(), name: entry.name, email: entry.email,
                phase: entry.phase?.title ?? "No program yet",
                recheck: entry.recheckDue.map(BookingTimeText.day),
                recheckOverdue: entry.recheckDue.map { $0 <= today } ?? false,
                referred: entry.referred, archived: entry.archived,
                keepingUp: keeping[entry.id].flatMap { share in
                    share.week.map {
                        "\($0.percent) % this week" + (share.month.map { ", \($0.percent) % over 30 days" } ?? "")
                    }
                }, slipping: keeping[entry.id]?.slipping ?? false)
        }
        func link(_ page: Int) -> String {
            "/staff/clients?show=\(filter)&page=\(page)" + (search.isEmpty ? "" : "&q=\(BookingTrail.encode(search))")
        }
        let shows =
            [("active", "Active"), ("recheck", "Re-check due"), ("referred", "Awaiting clearance")]
            + ExerciseDefinition.Phase.allCases.map { ($0.rawValue, $0.title) } + [("archived", "Archived")]
        return try await req.view.render(
            "staff-clients",
            ListContext(
                page: try await PageContext(req, title: "Clients"), hasRows: !rows.isEmpty, rows: rows, query: search,
                filters: shows.map { TrainerFilter(id: $0.0, name: $0.1, selected: $0.0 == filter) }, total: total,
                pageNumber: pageNumber, previousHref: pageNumber > 1 ? link(pageNumber - 1) : nil,
                nextHref: pageNumber * Self.pageSize < total ? link(pageNumber + 1) : nil
            )
        ).encodeResponse(for: req)
    }

    @Sendable func newForm(req: Request) async throws -> Response {
        try await ClientFormPage.render(
            req, heading: "New client", action: "/staff/clients/new", cancelHref: "/staff/clients",
            fields: ["sessionsPerWeek": "2", "minutesPerSession": "45", "level": "2", "setting": "studio"],
            problems: nil, status: .ok)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let fields = try req.content.decode([String: String].self)
        let today = WallClock.day(of: req.now, in: try await req.staffStudio().zone)
        switch ClientProfileForm.read(fields, today: today) {
        case .failure(let problems):
            return try await ClientFormPage.render(
                req, heading: "New client", action: "/staff/clients/new", cancelHref: "/staff/clients",
                fields: fields, problems: problems, status: .badRequest)
        case .success(let values):
            let client = Client(studioID: access.studioID, name: values.name, email: values.email)
            try ClientProfileForm.apply(values, to: client)
            try await access.change(client, "profile created") { db in try await client.create(on: db) }
            return req.redirect(
                to: "/staff/clients/\(try client.requireID().uuidString.lowercased())", redirectType: .normal)
        }
    }

    @Sendable func editForm(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        try await access.audit(client, .read, "profile")
        let id = try client.requireID().uuidString.lowercased()
        return try await ClientFormPage.render(
            req, heading: "Edit \(client.name)", action: "/staff/clients/\(id)/edit",
            cancelHref: "/staff/clients/\(id)", fields: ClientProfileForm.fields(of: client), problems: nil, status: .ok
        )
    }

    @Sendable func update(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let fields = try req.content.decode([String: String].self)
        let id = try client.requireID().uuidString.lowercased()
        let today = WallClock.day(of: req.now, in: try await req.staffStudio().zone)
        switch ClientProfileForm.read(fields, today: today) {
        case .failure(let problems):
            return try await ClientFormPage.render(
                req, heading: "Edit \(client.name)", action: "/staff/clients/\(id)/edit",
                cancelHref: "/staff/clients/\(id)", fields: fields, problems: problems, status: .badRequest)
        case .success(let values):
            try ClientProfileForm.apply(values, to: client)
            try await access.change(client, "profile") { db in try await client.save(on: db) }
            return req.redirect(to: "/staff/clients/\(id)?saved=profile", redirectType: .normal)
        }
    }

    @Sendable func archive(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        client.archivedAt = client.isArchived ? nil : req.now
        try await access.change(client, client.isArchived ? "archived" : "restored") { db in
            try await client.save(on: db)
        }
        return req.redirect(
            to:
                "/staff/clients/\(try client.requireID().uuidString.lowercased())"
                + "?saved=\(client.isArchived ? "archived" : "restored")",
            redirectType: .normal)
    }

    /// Turns a lead into a client, keeping the self-check (answers, pain, goals) and its warning signs.
    @Sendable func convert(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        guard let leadID = req.parameters.get("leadID").flatMap({ UUID(uuidString: $0) }),
            let lead = try await Lead.query(on: req.db).filter(\.$id == leadID).filter(\.$studio.$id == access.studioID)
                .first()
        else { throw Abort(.notFound) }
        if let existing = try await Client.query(on: req.db).filter(\.$lead.$id == leadID).first() {
            return req.redirect(
                to: "/staff/clients/\(try existing.requireID().uuidString.lowercased())", redirectType: .normal)
        }
        let client = Client(studioID: access.studioID, name: lead.name, email: lead.email)
        client.phone = lead.phone
        client.$lead.id = leadID
        client.$selfCheck.id = lead.$selfCheck.id
        if let answers = try await lead.$selfCheck.get(on: req.db)?.answers {
            try client.setPainAreas(answers.painAreas)
            client.goals = answers.goals
        }
        if lead.redFlag { client.referral = .awaitingClearance }
        client.notes = lead.notes
        client.refreshSearchText()
        lead.status = lead.status == .new ? .contacted : lead.status
        try await access.change(client, "created from a lead") { db in
            try await client.create(on: db)
            try await lead.save(on: db)
        }
        return req.redirect(
            to: "/staff/clients/\(try client.requireID().uuidString.lowercased())?saved=converted",
            redirectType: .normal)
    }
}

extension ExerciseDefinition.Phase {
    /// "Reposition", "Re-educate", "Reinforce & progress".
    var title: String {
        switch self {
        case .reposition: "Reposition"
        case .reeducate: "Re-educate"
        case .reinforce: "Reinforce & progress"
        }
    }
}
