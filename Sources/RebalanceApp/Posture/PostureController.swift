import Fluent
import RebalanceCore
import Vapor

/// Posture photos in an assessment: upload or take front, side and back photos, place points on each
/// (`PosturePointsPage`), read the angles against their norms, and copy the values that are assessment tests into
/// the draft's findings.
struct PostureController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let staff = routes.grouped("staff").grouped(RequireStaff())
        let posture = staff.grouped("clients", ":clientID", "assessments", ":assessmentID", "posture")
        posture.get(use: overview)
        posture.post("apply", use: apply)
        posture.get("compare", use: PostureComparisonPage.show)
        posture.get("report", use: PostureReportPage.show)
        posture.photoUpload(":view", "photo", use: upload)
        posture.post(":view", "delete", use: remove)
        posture.get(":view", use: PosturePointsPage.show)
        posture.post(":view", "points", use: PosturePointsPage.save)
        posture.post(":view", "detect", use: PosturePointsPage.detect)
        staff.get("posture-photos", ":postureID", use: image)
    }

    /// One view's card on the overview.
    struct ViewCard: Encodable {
        let view: String
        let name: String
        let image: String?
        let readings: [String]?
        let toPlace: Int
        let error: String?
    }

    struct Context: Encodable {
        let page: PageContext
        let clientName: String
        let base: String
        let assessmentHref: String
        let draft: Bool
        let cards: [ViewCard]
        let canApply: Bool
        let applied: Bool
    }

    /// The client, the assessment and its photos, checked against the signed-in member's studio.
    static func load(_ req: Request) async throws -> (ClientAccess, Client, AssessmentRecord, [PosturePhoto]) {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let record = try await access.record(AssessmentRecord.self, "assessmentID", of: client, key: \.$client)
        let photos = try await PosturePhoto.query(on: req.db).filter(\.$assessment.$id == record.requireID()).all()
        return (access, client, record, photos)
    }

    static func base(_ client: Client, _ record: AssessmentRecord) throws -> String {
        "/staff/clients/\(try client.requireID().uuidString.lowercased())/assessments/"
            + (try record.requireID().uuidString.lowercased())
    }

    static func view(_ req: Request) throws -> PostureView {
        guard let view = req.parameters.get("view").flatMap(PostureView.init(rawValue:)) else {
            throw Abort(.notFound)
        }
        return view
    }

    @Sendable func overview(req: Request) async throws -> View {
        let (access, client, record, photos) = try await Self.load(req)
        try await access.audit(client, .read, "posture photos")
        return try await render(req, client, record, photos, error: nil, errorView: nil)
    }

    func render(
        _ req: Request, _ client: Client, _ record: AssessmentRecord, _ photos: [PosturePhoto], error: String?,
        errorView: PostureView?
    ) async throws -> View {
        let knowledge = req.application.shared.knowledge
        var cards: [ViewCard] = []
        var canApply = false
        for view in PostureView.allCases {
            let photo = try photos.first { try $0.postureView() == view }
            let landmarks = try photo?.landmarks
            let readings = landmarks.map {
                PostureReading.readings(of: PostureAnalysis($0), knowledge, sex: client.sex)
            }
            if let landmarks, !PostureAnalysis(landmarks).findings(knowledge).isEmpty { canApply = true }
            cards.append(
                ViewCard(
                    view: view.rawValue, name: view.name,
                    image: try photo.map { "/staff/posture-photos/\(try $0.requireID().uuidString.lowercased())" },
                    readings: readings?.map(\.line).nonEmpty,
                    toPlace: view.landmarks.filter { landmarks?.points[$0] == nil }.count,
                    error: errorView == view ? error : nil))
        }
        let base = try Self.base(client, record)
        return try await req.view.render(
            "staff-posture",
            Context(
                page: try await PageContext(req, title: "Posture photos — \(client.name)"), clientName: client.name,
                base: base + "/posture", assessmentHref: base, draft: record.status == .draft, cards: cards,
                canApply: canApply && record.status == .draft, applied: req.query[String.self, at: "applied"] != nil))
    }

    @Sendable func upload(req: Request) async throws -> Response {
        let (access, client, record, photos) = try await Self.load(req)
        let view = try Self.view(req)
        // Big enough to place points on a whole standing body.
        switch try PhotoUpload.photo(in: req, minimumSide: 400) {
        case .failure(let problem):
            return try await render(
                req, client, record, photos, error: "\(view.name) photo: \(problem) Nothing was changed.",
                errorView: view
            ).encodeResponse(status: .badRequest, for: req)
        case .success(let cleaned):
            let previous = try photos.first { try $0.postureView() == view }
            let stored = StoredPhoto(studioID: access.studioID, photo: cleaned)
            let clientID = try client.requireID()
            let assessmentID = try record.requireID()
            try await access.change(client, "posture photo (\(view.name.lowercased()))") { db in
                try await stored.create(on: db)
                // A new photo starts without points: the old ones were placed on another picture.
                if let previous {
                    let old = previous.photoID
                    try await previous.delete(on: db)
                    try await StoredPhoto.query(on: db).filter(\.$id == old).delete()
                }
                try await PosturePhoto(
                    clientID: clientID, assessmentID: assessmentID, view: view, photoID: stored.requireID()
                ).create(on: db)
            }
            return req.redirect(to: try Self.base(client, record) + "/posture/\(view.rawValue)", redirectType: .normal)
        }
    }

    @Sendable func remove(req: Request) async throws -> Response {
        let (access, client, record, photos) = try await Self.load(req)
        let view = try Self.view(req)
        guard let photo = try photos.first(where: { try $0.postureView() == view }) else { throw Abort(.notFound) }
        let stored = photo.photoID
        try await access.change(client, "posture photo removed (\(view.name.lowercased()))", action: .delete) { db in
            try await photo.delete(on: db)
            try await StoredPhoto.query(on: db).filter(\.$id == stored).delete()
        }
        return req.redirect(to: try Self.base(client, record) + "/posture", redirectType: .normal)
    }

    /// Copies the photo values that are assessment tests into the draft, replacing what was typed for them. The
    /// front photo is read before the back one, the right side before the left.
    @Sendable func apply(req: Request) async throws -> Response {
        let (access, client, record, photos) = try await Self.load(req)
        guard record.status == .draft else {
            throw Abort(.conflict, reason: "This assessment is complete; start a re-check to use new photos.")
        }
        let knowledge = req.application.shared.knowledge
        var analyses: [PostureAnalysis] = []
        for view in PostureView.allCases {
            guard let landmarks = try photos.first(where: { try $0.postureView() == view })?.landmarks else { continue }
            analyses.append(PostureAnalysis(landmarks))
        }
        let found = PostureAnalysis.findings(of: analyses, knowledge)
        guard !found.isEmpty else { throw Abort(.badRequest, reason: "Place the points on a photo first.") }
        let tests = Set(found.map(\.test))
        let kept = try record.findings.filter { !tests.contains($0.test) }
        try record.setFindings(kept + found.sorted { $0.test < $1.test })
        let now = req.now
        try await access.change(client, "posture values copied to the assessment") { db in
            try await record.save(on: db)
            for photo in photos where try photo.landmarks != nil {
                photo.appliedAt = now
                try await photo.save(on: db)
            }
        }
        return req.redirect(to: try Self.base(client, record) + "/posture?applied=1", redirectType: .normal)
    }

    /// The picture, for the studio's staff only and never kept by the browser or a proxy.
    @Sendable func image(req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        guard let id = req.parameters.get("postureID").flatMap(UUID.init(uuidString:)),
            let posture = try await PosturePhoto.query(on: req.db).filter(\.$id == id).with(\.$client).first(),
            posture.client.$studio.id == staff.member.$studio.id,
            let photo = try await StoredPhoto.find(posture.photoID, on: req.db)
        else { throw Abort(.notFound) }
        return try photo.response(cacheControl: "private, no-store")
    }
}
