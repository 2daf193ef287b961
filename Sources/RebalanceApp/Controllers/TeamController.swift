import Fluent
import RebalanceCore
import Vapor

/// The owner's team page: who can sign in, and inviting a trainer by email.
struct TeamController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let team = routes.grouped("staff").grouped(RequireStaff()).grouped(RequireOwner()).grouped("team")
        team.get(use: list)
        team.post(use: invite)
    }

    struct Member: Encodable {
        let name: String
        let email: String
        let role: String
        let pending: Bool
    }

    struct Context: Encodable {
        let page: PageContext
        let staffName: String
        let members: [Member]
        let email: String
        let name: String
        let error: String?
        let invited: String?
    }

    @Sendable func list(req: Request) async throws -> View {
        try await render(req, email: "", name: "", error: nil, invited: req.query[String.self, at: "invited"])
    }

    @Sendable func invite(req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let fields = try req.content.decode([String: String].self)
        let email = (fields["email"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let name = (fields["name"] ?? "").trimmingCharacters(in: .whitespaces)
        var error: String?
        if name.isEmpty || name.count > 100 { error = "Enter the trainer's name (up to 100 characters)." }
        if !LeadDetails.isEmail(email) { error = "Enter an email address like name@example.com." }
        if error == nil, try await StaffMember.query(on: req.db).filter(\.$email == email).first() != nil {
            error = "That address already has an account."
        }
        if let error {
            return try await render(req, email: email, name: name, error: error, invited: nil)
                .encodeResponse(status: .badRequest, for: req)
        }
        let member = StaffMember(studioID: staff.member.$studio.id, email: email, name: name, role: .trainer, passwordHash: "")
        try await member.save(on: req.db)
        try await StaffAccountController.sendLink(to: member, purpose: .invitation, on: req)
        return req.redirect(to: "/staff/team?invited=\(email.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")", redirectType: .normal)
    }

    private func render(_ req: Request, email: String, name: String, error: String?, invited: String?) async throws -> View {
        let staff = try req.requireStaff()
        let members = try await StaffMember.query(on: req.db).filter(\.$studio.$id == staff.member.$studio.id)
            .sort(\.$name).all()
        return try await req.view.render(
            "staff-team",
            Context(
                page: try await PageContext(req, title: "Team"), staffName: staff.member.name,
                members: members.map {
                    Member(name: $0.name, email: $0.email, role: $0.role.rawValue, pending: $0.passwordHash.isEmpty)
                },
                email: email, name: name, error: error, invited: invited))
    }
}
