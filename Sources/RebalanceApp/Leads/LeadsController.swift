import Fluent
import RebalanceCore
import Vapor

/// The trainer's leads inbox: new leads first, red-flag leads marked, status and notes per lead.
struct LeadsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let leads = routes.grouped("staff").grouped(RequireStaff()).grouped("leads")
        leads.get(use: inbox)
        leads.get(":leadID", use: show)
        leads.post(":leadID", use: update)
    }

    struct Row: Encodable {
        let id: String
        let name: String
        let email: String
        let received: String
        let status: String
        let statusLabel: String
        let redFlag: Bool
        let hasScreen: Bool
    }

    struct InboxContext: Encodable {
        let page: PageContext
        let staffName: String
        let isOwner: Bool
        let rows: [Row]
        let hasRows: Bool
        let filters: [Filter]
        let newCount: Int
    }

    struct Filter: Encodable {
        let value: String
        let label: String
        let current: Bool
    }

    @Sendable func inbox(req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let wanted = req.query[String.self, at: "status"].flatMap(Lead.Status.init(rawValue:))
        let inbox = try await LeadInbox.load(studio: staff.studio.requireID(), status: wanted, on: req.db)
        let zone = staff.studio.zone
        let rows = inbox.entries.map { lead in
            Row(
                id: lead.id.uuidString, name: lead.name, email: lead.email,
                received: BookingTimeText.dateAndTime(lead.receivedAt, in: zone), status: lead.status.rawValue,
                statusLabel: lead.status.label, redFlag: lead.redFlag, hasScreen: lead.hasScreen)
        }
        let filters =
            [Filter(value: "", label: "All", current: wanted == nil)]
            + Lead.Status.allCases.map { Filter(value: $0.rawValue, label: $0.label, current: $0 == wanted) }
        return try await req.view.render(
            "staff-leads",
            InboxContext(
                page: try await PageContext(req, title: "Leads"), staffName: staff.member.name,
                isOwner: staff.member.role == .owner, rows: rows, hasRows: !rows.isEmpty, filters: filters,
                newCount: inbox.newCount)
        ).encodeResponse(for: req)
    }

    struct DetailContext: Encodable {
        let page: PageContext
        let staffName: String
        let lead: Row
        let phone: String?
        let preferredTimes: String?
        let notes: String
        let statuses: [Filter]
        let result: SelfCheckResult?
        let goals: String?
        let signs: [String]
        let pain: [String]
        let saved: Bool
    }

    @Sendable func show(req: Request) async throws -> View {
        let staff = try req.requireStaff()
        let lead = try await lead(req, staff)
        return try await render(req, staff, lead, saved: req.query[String.self, at: "saved"] != nil)
    }

    @Sendable func update(req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let lead = try await lead(req, staff)
        let fields = try req.content.decode([String: String].self)
        guard let status = fields["status"].flatMap(Lead.Status.init(rawValue:)) else {
            throw Abort(.badRequest, reason: "Choose one of the statuses.")
        }
        let notes = (fields["notes"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard notes.count <= 5_000 else { throw Abort(.badRequest, reason: "Notes are limited to 5,000 characters.") }
        lead.status = status
        lead.notes = notes
        try await lead.save(on: req.db)
        return req.redirect(to: "/staff/leads/\(try lead.requireID())?saved=1", redirectType: .normal)
    }

    private func render(_ req: Request, _ staff: SignedInStaff, _ lead: Lead, saved: Bool) async throws -> View {
        let knowledge = req.application.shared.knowledge
        let screen = try await lead.$selfCheck.get(on: req.db)
        if screen != nil {
            // The self-check holds health answers: every view of them is audited, as for a client's record.
            try await AuditEntry(
                studioID: staff.member.$studio.id, staffID: try staff.member.requireID(), staffName: staff.member.name,
                clientRef: "lead-" + (try lead.requireID().uuidString.lowercased()), action: .read,
                subject: "self-check answers of a lead", at: req.now
            ).create(on: req.db)
        }
        let answers = try screen?.answers
        let result = answers.flatMap {
            $0.isComplete ? SelfCheckResult(answers: $0, engine: req.application.shared.engine) : nil
        }
        let statements = Dictionary(knowledge.signs.map { ($0.id, $0.statement) }, uniquingKeysWith: { a, _ in a })
        let zone = staff.studio.zone
        let row = Row(
            id: try lead.requireID().uuidString, name: lead.name, email: lead.email,
            received: BookingTimeText.dateAndTime(lead.createdAt, in: zone), status: lead.status.rawValue,
            statusLabel: lead.status.label, redFlag: lead.redFlag, hasScreen: screen != nil)
        return try await req.view.render(
            "staff-lead",
            DetailContext(
                page: try await PageContext(req, title: "Lead: \(lead.name)"), staffName: staff.member.name, lead: row,
                phone: lead.phone, preferredTimes: lead.preferredTimes.isEmpty ? nil : lead.preferredTimes,
                notes: lead.notes,
                statuses: Lead.Status.allCases.map {
                    Filter(value: $0.rawValue, label: $0.label, current: $0 == lead.status)
                },
                result: result, goals: answers?.goals.isEmpty == false ? answers?.goals : nil,
                signs: answers?.signs.map { sign in
                    (statements[sign.sign] ?? sign.sign.rawValue) + (sign.side.map { " (\($0.rawValue))" } ?? "")
                } ?? [],
                pain: answers?.painAreas.map { area in
                    "\(area.side == .both ? "" : area.side.rawValue + " ")\(area.region.plainName): "
                        + "\(area.nprs.map { "\($0)/10" } ?? "not rated")"
                } ?? [],
                saved: saved))
    }

    /// The lead, only if it belongs to the signed-in member's studio; any other id is "not found".
    private func lead(_ req: Request, _ staff: SignedInStaff) async throws -> Lead {
        guard let id = req.parameters.get("leadID", as: UUID.self),
            let lead = try await Lead.query(on: req.db).filter(\.$id == id)
                .filter(\.$studio.$id == staff.member.$studio.id).first()
        else { throw Abort(.notFound) }
        return lead
    }
}

extension Lead.Status {
    /// How the status reads in the inbox.
    var label: String {
        switch self {
        case .new: "New"
        case .contacted: "Contacted"
        case .booked: "Booked"
        case .notAFit: "Not a fit"
        }
    }
}
