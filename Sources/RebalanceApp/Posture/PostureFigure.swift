import Fluent
import Foundation
import RebalanceCore

/// A posture photo as a page draws it: the picture's address and upright size, the lines over it and its readings,
/// one per view in the views' order. The trainer's report and the client's page show the same figures.
struct PostureFigure {
    /// What `posture-svg.leaf` draws: the view's name, the picture's address and upright size, and the lines.
    struct Picture: Encodable {
        let name: String
        let image: String
        let width: Double
        let height: Double
        let overlay: PostureOverlay?
    }

    let picture: Picture
    /// Nil until points are placed.
    let readings: [PostureReading]?

    static func all(
        _ photos: [PosturePhoto], sex: Sex?, knowledge: KnowledgeBase, on db: any Database,
        address: (UUID) -> String
    ) async throws -> [PostureFigure] {
        var figures: [PostureFigure] = []
        for view in PostureView.allCases {
            guard let photo = try photos.first(where: { try $0.postureView() == view }) else { continue }
            let landmarks = try photo.landmarks
            let readings = landmarks.map { PostureReading.readings(of: PostureAnalysis($0), knowledge, sex: sex) }
            // Placed points carry the photo's size; only a photo without them needs its stored picture read.
            let (width, height) =
                if let landmarks { (landmarks.imageWidth, landmarks.imageHeight) } else {
                    try await PosturePointsPage.size(of: photo, on: db)
                }
            let picture = Picture(
                name: view.name, image: address(try photo.requireID()), width: width, height: height,
                overlay: landmarks.flatMap { points in readings.map { PostureOverlay(points, readings: $0) } })
            figures.append(PostureFigure(picture: picture, readings: readings))
        }
        return figures
    }
}
