import Fluent
import RebalanceCore
import Vapor

/// The owner's team page: who can sign in, inviting a trainer by email, and turning a leaver's access off (or on).
struct TeamController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let team = routes.grouped("staff").grouped(RequireStaff()).grouped(RequireOwner()).grouped("team")
        team.get(use: list)
        team.post(use: invite)
        team.post(":memberID", "disable", use: disable)
        team.post(":memberID", "enable", use: enable)
        team.post(":memberID", "bio", use: saveBio)
    }

    struct Member: Encodable {
        let id: String
        let name: String
        let email: String
        let role: String
        let pending: Bool
        let disabled: Bool
        let bio: String
        /// The address of the member's website photo, if any, and the initials shown without one.
        let photo: String?
        let initials: String
    }

    struct Context: Encodable {
        let page: PageContext
        let staffName: String
        let members: [Member]
        let email: String
        let name: String
        let error: String?
        let invited: String?
        let notice: String?
    }

    /// The few sentences the website shows about a member; an empty bio keeps them off the landing page.
    @Sendable func saveBio(req: Request) async throws -> Response {
        let member = try await Self.member(req)
        let bio = (try req.content.decode([String: String].self)["bio"] ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard bio.count <= StaffMember.maximumBioLength else {
            return try await render(
                req, email: "", name: "",
                error: "Keep \(member.name)'s bio under \(StaffMember.maximumBioLength) characters (now \(bio.count)); "
                    + "nothing was changed.",
                invited: nil
            ).encodeResponse(status: .badRequest, for: req)
        }
        member.bio = bio
        try await member.save(on: req.db)
        req.application.shared.publicPages.forget()
        return req.redirect(
            to: "/staff/team?bio=\(try member.requireID().uuidString.lowercased())", redirectType: .normal)
    }

    @Sendable func disable(req: Request) async throws -> Response {
        let member = try await Self.member(req)
        do {
            try await StaffOffboarding.disable(member, now: req.now, on: req.db)
            return req.redirect(
                to: "/staff/team?changed=\(try member.requireID().uuidString.lowercased())", redirectType: .normal)
        } catch let refusal as StaffOffboarding.Refusal {
            return try await render(req, email: "", name: "", error: refusal.description, invited: nil)
                .encodeResponse(status: .conflict, for: req)
        }
    }

    @Sendable func enable(req: Request) async throws -> Response {
        let member = try await Self.member(req)
        try await StaffOffboarding.enable(member, on: req.db)
        return req.redirect(
            to: "/staff/team?changed=\(try member.requireID().uuidString.lowercased())", redirectType: .normal)
    }

    /// A member of the owner's own studio by the id in the path, or 404.
    static func member(_ req: Request) async throws -> StaffMember {
        let staff = try req.requireStaff()
        guard let id = req.parameters.get("memberID").flatMap({ UUID(uuidString: $0) }),
            let member = try await StaffMember.query(on: req.db).filter(\.$id == id)
                .filter(\.$studio.$id == staff.member.$studio.id).first()
        else { throw Abort(.notFound, reason: StaffOffboarding.Refusal.notFound.description) }
        return member
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
        let member = StaffMember(
            studioID: staff.member.$studio.id, email: email, name: name, role: .trainer, passwordHash: "")
        try await member.save(on: req.db)
        try await StaffAccountController.sendLink(to: member, purpose: .invitation, on: req)
        return req.redirect(
            to: "/staff/team?invited=\(email.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")",
            redirectType: .normal)
    }

    /// The team page with `error` at the top, for another feature's refused form (a trainer's photo).
    static func page(_ req: Request, error: String) async throws -> View {
        try await TeamController().render(req, email: "", name: "", error: error, invited: nil)
    }

    private func render(_ req: Request, email: String, name: String, error: String?, invited: String?) async throws
        -> View
    {
        let staff = try req.requireStaff()
        let members = try await StaffMember.query(on: req.db).filter(\.$studio.$id == staff.member.$studio.id)
            .sort(\.$name).all()
        return try await req.view.render(
            "staff-team",
            Context(
                page: try await PageContext(req, title: "Team"), staffName: staff.member.name,
                members: members.map {
                    Member(
                        id: $0.id?.uuidString.lowercased() ?? "", name: $0.name, email: $0.email,
                        role: $0.role.rawValue,
                        pending: $0.passwordHash.isEmpty, disabled: $0.disabledAt != nil, bio: $0.bio,
                        photo: $0.photoID.map(TrainerPhotoController.path), initials: TrainerCard.initials(of: $0.name))
                },
                email: email, name: name, error: error, invited: invited,
                notice: try await changeNotice(req, members) ?? bioNotice(req, members) ?? photoNotice(req, members)))
    }

    /// "Saved: …'s photo" after a photo was added or removed (`?photo=<id>`).
    private func photoNotice(_ req: Request, _ members: [StaffMember]) -> String? {
        guard let id = req.query[String.self, at: "photo"].flatMap({ UUID(uuidString: $0) }),
            let member = members.first(where: { $0.id == id })
        else { return nil }
        return member.photoID == nil
            ? "Saved: the website shows \(member.name)'s initials instead of a photo."
            : "Saved: the website shows \(member.name)'s new photo\(member.bio.isEmpty ? " once they have a bio" : "")."
    }

    /// "Saved: the website now shows …" after a bio was saved (`?bio=<id>`).
    private func bioNotice(_ req: Request, _ members: [StaffMember]) -> String? {
        guard let id = req.query[String.self, at: "bio"].flatMap({ UUID(uuidString: $0) }),
            let member = members.first(where: { $0.id == id })
        else { return nil }
        return member.bio.isEmpty
            ? "Saved: \(member.name) is not shown on the website."
            : "Saved: the website shows \(member.name) with this bio."
    }

    /// The sentence about the member whose access was just changed (`?changed=<id>`), if they are in this studio.
    private func changeNotice(_ req: Request, _ members: [StaffMember]) async throws -> String? {
        guard let id = req.query[String.self, at: "changed"].flatMap({ UUID(uuidString: $0) }),
            let member = members.first(where: { $0.id == id })
        else { return nil }
        return try await StaffOffboarding.summary(of: member, now: req.now, on: req.db)
    }
}
