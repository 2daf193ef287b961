import Fluent
import RebalanceCore
import Vapor

/// The photo beside a trainer's bio on the website: the owner adds, replaces or removes it on the team page, and
/// anyone may see it, since the website shows it. Other photos are never served from here.
struct TrainerPhotoController: RouteCollection {
    /// A headshot below this size looks blurred in its circle on a sharp phone screen.
    static let minimumSide = 160

    func boot(routes: any RoutesBuilder) throws {
        routes.get("team", "photos", ":photoID", use: show)
        let team = routes.grouped("staff").grouped(RequireStaff()).grouped(RequireOwner()).grouped("team")
        team.photoUpload(":memberID", "photo", use: upload)
        team.post(":memberID", "photo", "delete", use: remove)
    }

    /// Where a trainer's photo is served; a new photo gets a new id, so the address can be kept for a year.
    static func path(_ photoID: UUID) -> String { "/team/photos/\(photoID.uuidString.lowercased())" }

    @Sendable func show(req: Request) async throws -> Response {
        guard let id = req.parameters.get("photoID").flatMap(UUID.init(uuidString:)),
            try await StaffMember.query(on: req.db).filter(\.$photoID == id).filter(\.$disabledAt == nil).count() > 0,
            let photo = try await StoredPhoto.find(id, on: req.db)
        else { throw Abort(.notFound) }
        return try photo.response(cacheControl: "public, max-age=31536000, immutable")
    }

    @Sendable func upload(req: Request) async throws -> Response {
        let member = try await TeamController.member(req)
        switch try PhotoUpload.photo(in: req, minimumSide: Self.minimumSide) {
        case .failure(let problem):
            return try await TeamController.page(req, error: "\(member.name)'s photo: \(problem) Nothing was changed.")
                .encodeResponse(status: .badRequest, for: req)
        case .success(let photo):
            try await req.db.writeTransaction { db in
                let stored = StoredPhoto(studioID: member.$studio.id, photo: photo)
                try await stored.create(on: db)
                try await replacePhoto(of: member, with: stored.requireID(), on: db)
            }
        }
        req.application.shared.publicPages.forget()
        return req.redirect(
            to: "/staff/team?photo=\(try member.requireID().uuidString.lowercased())", redirectType: .normal)
    }

    @Sendable func remove(req: Request) async throws -> Response {
        let member = try await TeamController.member(req)
        try await req.db.writeTransaction { db in try await replacePhoto(of: member, with: nil, on: db) }
        req.application.shared.publicPages.forget()
        return req.redirect(
            to: "/staff/team?photo=\(try member.requireID().uuidString.lowercased())", redirectType: .normal)
    }

    /// Points the member at `photoID` and deletes the photo it replaces, so no unused photo is kept.
    private func replacePhoto(of member: StaffMember, with photoID: UUID?, on db: any Database) async throws {
        let previous = member.photoID
        member.photoID = photoID
        try await member.save(on: db)
        if let previous { try await StoredPhoto.query(on: db).filter(\.$id == previous).delete() }
    }
}
