import Fluent
import Vapor

/// "Emails you get": each member chooses the studio emails they want (new leads, bookings, cancellations), and
/// sees who else gets new-lead emails, so a lead is never left without anyone told.
struct StudioEmailsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let emails = routes.grouped("staff").grouped(RequireStaff()).grouped("emails")
        emails.get(use: show)
        emails.post(use: save)
    }

    struct Choice: Encodable {
        let value: String
        let label: String
        let checked: Bool
    }

    struct Context: Encodable {
        let page: PageContext
        let newLeads: Bool
        let bookings: [Choice]
        let cancellations: [Choice]
        /// Everyone a new lead is emailed to now; empty means nobody is told.
        let leadRecipients: [String]
        let nobodyHearsOfLeads: Bool
        let saved: Bool
        let error: String?
    }

    @Sendable func show(req: Request) async throws -> View {
        try await render(req, saved: req.query[String.self, at: "saved"] != nil, error: nil)
    }

    @Sendable func save(req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let fields = try req.content.decode([String: String].self)
        guard let bookings = fields["bookings"].flatMap(StudioEmails.Scope.init(rawValue:)),
            let cancellations = fields["cancellations"].flatMap(StudioEmails.Scope.init(rawValue:))
        else {
            return try await render(
                req, saved: false, error: "Choose which booking and cancellation emails you want; nothing was changed."
            ).encodeResponse(status: .badRequest, for: req)
        }
        let member = staff.member
        member.emails = StudioEmails(
            newLeads: fields["newLeads"] == "yes", bookings: bookings, cancellations: cancellations)
        try await member.save(on: req.db)
        return req.redirect(to: "/staff/emails?saved=1", redirectType: .normal)
    }

    private func render(_ req: Request, saved: Bool, error: String?) async throws -> View {
        let staff = try req.requireStaff()
        let emails = staff.member.emails
        let leadRecipients = try await StudioEmails.leadRecipients(studio: staff.studio, on: req.db)
        func choices(_ current: StudioEmails.Scope) -> [Choice] {
            StudioEmails.Scope.allCases.map { Choice(value: $0.rawValue, label: $0.label, checked: $0 == current) }
        }
        return try await req.view.render(
            "staff-emails",
            Context(
                page: try await PageContext(req, title: "Emails you get"), newLeads: emails.newLeads,
                bookings: choices(emails.bookings), cancellations: choices(emails.cancellations),
                leadRecipients: leadRecipients, nobodyHearsOfLeads: leadRecipients.isEmpty,
                saved: saved, error: error))
    }
}
