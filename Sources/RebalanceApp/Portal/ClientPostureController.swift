import Fluent
import RebalanceCore
import Vapor

/// The client's own posture photos in the portal: each completed assessment's photos with the trainer's lines
/// drawn over them and the readings in plain words, newest first. A photo is served only to the client it shows,
/// only once its assessment is complete (the trainer may still be moving points before), and never cached.
struct ClientPostureController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let me = routes.grouped("me").grouped(RequireClient())
        me.get("posture", use: show)
        me.get("posture-photos", ":postureID", use: image)
    }

    struct Photo: Encodable {
        let picture: PostureFigure.Picture
        let readings: [String]?
    }

    struct Visit: Encodable {
        let day: String
        let photos: [Photo]
    }

    struct Context: Encodable {
        let page: PageContext
        let visits: [Visit]?
    }

    /// Completed assessments with posture photos, newest first, at most three.
    static func visits(_ client: Client, on db: any Database) async throws -> [(AssessmentRecord, [PosturePhoto])] {
        let photos = try await PosturePhoto.query(on: db).filter(\.$client.$id == client.requireID())
            .with(\.$assessment).all()
        let complete = photos.filter { $0.assessment.status == .complete }
        let byAssessment = Dictionary(grouping: complete) { $0.$assessment.id }
        return byAssessment.values.compactMap { group in group.first.map { ($0.assessment, group) } }
            .sorted { $0.0.performedOn > $1.0.performedOn }.prefix(3).map { $0 }
    }

    @Sendable func show(req: Request) async throws -> View {
        let client = try req.requireClient().client
        let knowledge = req.application.shared.knowledge
        var visits: [Visit] = []
        for (record, photos) in try await Self.visits(client, on: req.db) {
            let figures = try await PostureFigure.all(photos, sex: client.sex, knowledge: knowledge, on: req.db) {
                "/me/posture-photos/\($0.uuidString.lowercased())"
            }
            let shown = figures.map { Photo(picture: $0.picture, readings: $0.readings?.map(\.plainLine).nonEmpty) }
            let day = record.performedOnText
            visits.append(Visit(day: day, photos: shown))
        }
        return try await req.view.render(
            "me-posture",
            Context(page: try await PageContext(req, title: "Your posture photos"), visits: visits.nonEmpty))
    }

    @Sendable func image(req: Request) async throws -> Response {
        let client = try req.requireClient().client
        guard let id = req.parameters.get("postureID").flatMap(UUID.init(uuidString:)),
            let posture = try await PosturePhoto.query(on: req.db).filter(\.$id == id)
                .filter(\.$client.$id == client.requireID()).with(\.$assessment).first(),
            posture.assessment.status == .complete,
            let photo = try await StoredPhoto.find(posture.photoID, on: req.db)
        else { throw Abort(.notFound) }
        return try photo.response(cacheControl: "private, no-store")
    }
}
