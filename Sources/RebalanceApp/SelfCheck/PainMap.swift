import Foundation
import RebalanceCore

/// The tappable body map on the self-check's pain step: a front and a back figure whose spots tick the plain
/// checkbox list below it (the list stays the form's real control and works without JavaScript).
enum PainMap {
    /// A tappable spot: 16 units across a 180-unit view, drawn at 248 px wide, is a 44 px target.
    struct Spot: Encodable {
        let x: Int
        let y: Int
        let r: Int
        let region: String
        let side: String
        let label: String
    }

    /// One figure with its spots and its name ("Front", "Back").
    struct View: Encodable {
        let id: String
        let name: String
        let figure: String
        let leftOfViewer: String
        let rightOfViewer: String
        let spots: [Spot]
    }

    private typealias Place = (Region, Side, Int, Int)

    /// Spots on the front view, the client's right on the viewer's left. Neighbors sit at least 32 units apart, so
    /// no two targets overlap.
    private static let front: [Place] = [
        (.neck, .both, 90, 64), (.shoulder, .right, 50, 84), (.shoulder, .left, 130, 84),
        (.elbow, .right, 40, 154), (.elbow, .left, 140, 154), (.wrist, .right, 36, 200), (.wrist, .left, 144, 200),
        (.hip, .right, 68, 208), (.hip, .left, 112, 208), (.knee, .right, 71, 290), (.knee, .left, 109, 290),
        (.ankle, .right, 72, 358), (.ankle, .left, 108, 358), (.foot, .right, 63, 390), (.foot, .left, 117, 390),
    ]

    /// Spots on the back view, where the client's left is on the viewer's left.
    private static let back: [Place] = [
        (.neck, .both, 90, 62), (.upperBack, .both, 90, 102), (.lowBack, .both, 90, 160),
        (.hip, .left, 66, 205), (.hip, .right, 114, 205), (.knee, .left, 71, 290), (.knee, .right, 109, 290),
        (.ankle, .left, 72, 358), (.ankle, .right, 108, 358),
    ]

    static let radius = 16

    static let views: [View] = [
        view(id: "front", name: "Front", places: front, sides: ("Right", "Left")),
        view(id: "back", name: "Back", places: back, sides: ("Left", "Right")),
    ]

    private static func view(id: String, name: String, places: [Place], sides: (String, String)) -> View {
        let spots = places.map { region, side, x, y in
            let area = side == .both ? region.plainName : "\(side.rawValue) \(region.plainName)"
            let label = area.capitalizedFirst + " (\(name.lowercased()))"
            return Spot(x: x, y: y, r: radius, region: region.rawValue, side: side.rawValue, label: label)
        }
        return View(
            id: id, name: name, figure: BodyOutline.figure(midline: BodyOutline.width / 2, cssClass: "silhouette"),
            leftOfViewer: sides.0, rightOfViewer: sides.1, spots: spots)
    }
}
