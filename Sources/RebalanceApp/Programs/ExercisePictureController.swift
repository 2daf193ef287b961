import RebalanceCore
import Vapor

/// The start and end picture of an exercise, drawn from the library's positions. Pictures are the same for
/// everyone and hold no client data, so they are public and kept for a year under the library's version.
struct ExercisePictureController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("exercise-pictures", ":version", ":file", use: show)
    }

    /// What a page needs to show a picture: its address, size and the words for screen readers.
    struct Picture: Encodable {
        let src: String
        let width: Int
        let height: Int
        let text: String

        init(_ exercise: ExerciseID, _ drawing: ExerciseDrawing, knowledge: KnowledgeBase) {
            src = ExercisePictureController.path(exercise, knowledge: knowledge)
            width = drawing.width
            height = drawing.height
            text = drawing.description
        }
    }

    /// Where an exercise's picture is served; a new library version gets new addresses.
    static func path(_ exercise: ExerciseID, knowledge: KnowledgeBase) -> String {
        "/exercise-pictures/\(knowledge.version)/\(exercise.rawValue).svg"
    }

    @Sendable func show(req: Request) async throws -> Response {
        let knowledge = req.application.shared.knowledge
        guard req.parameters.get("version") == knowledge.version,
            let file = req.parameters.get("file"), file.hasSuffix(".svg"),
            let exercise = knowledge.exercisesByID[ExerciseID(String(file.dropLast(4)))],
            let drawing = knowledge.drawing(of: exercise)
        else { throw Abort(.notFound) }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "image/svg+xml; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return Response(status: .ok, headers: headers, body: .init(string: drawing.svg()))
    }
}
