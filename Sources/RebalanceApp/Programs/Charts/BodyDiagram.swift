import Foundation
import RebalanceCore

/// A front and back body outline with the overactive muscles warm and solid and the underactive ones cool and
/// hatched (so the two differ without colour), each on the side it was found. Server-rendered SVG with a title,
/// a description and a legend; the same facts are listed in words beside it on every page that shows it.
struct BodyDiagram {
    /// Where a muscle is drawn: which view, how far from the midline (0 = on it) and how high, and its size.
    struct Place {
        let back: Bool
        let dx: Double
        let y: Double
        let rx: Double
        let ry: Double
    }

    /// Muscle positions on a 160 × 400 figure per view (the client's right is the viewer's left on the front).
    static let places: [String: Place] = [
        "pectoralisMajor": Place(back: false, dx: 20, y: 96, rx: 15, ry: 9),
        "pectoralisMinor": Place(back: false, dx: 24, y: 86, rx: 8, ry: 5),
        "serratusAnterior": Place(back: false, dx: 34, y: 116, rx: 6, ry: 12),
        "deepNeckFlexors": Place(back: false, dx: 0, y: 56, rx: 5, ry: 6),
        "sternocleidomastoid": Place(back: false, dx: 7, y: 56, rx: 3, ry: 9),
        "scalenes": Place(back: false, dx: 11, y: 60, rx: 3, ry: 6),
        "diaphragm": Place(back: false, dx: 0, y: 118, rx: 24, ry: 5),
        "rectusAbdominis": Place(back: false, dx: 0, y: 146, rx: 10, ry: 22),
        "transverseAbdominis": Place(back: false, dx: 18, y: 156, rx: 7, ry: 12),
        "internalObliques": Place(back: false, dx: 27, y: 146, rx: 6, ry: 13),
        "hipFlexors": Place(back: false, dx: 17, y: 186, rx: 8, ry: 8),
        "tensorFasciaeLatae": Place(back: false, dx: 32, y: 194, rx: 5, ry: 9),
        "rectusFemoris": Place(back: false, dx: 20, y: 222, rx: 6, ry: 20),
        "quadriceps": Place(back: false, dx: 22, y: 246, rx: 11, ry: 26),
        "adductors": Place(back: false, dx: 8, y: 230, rx: 5, ry: 18),
        "tibialisAnterior": Place(back: false, dx: 20, y: 316, rx: 5, ry: 24),
        "intrinsicFootMuscles": Place(back: false, dx: 20, y: 386, rx: 9, ry: 5),
        "suboccipitals": Place(back: true, dx: 0, y: 44, rx: 9, ry: 4),
        "levatorScapulae": Place(back: true, dx: 12, y: 64, rx: 4, ry: 8),
        "upperTrapezius": Place(back: true, dx: 22, y: 74, rx: 14, ry: 6),
        "rhomboids": Place(back: true, dx: 11, y: 98, rx: 6, ry: 10),
        "middleTrapezius": Place(back: true, dx: 20, y: 90, rx: 8, ry: 5),
        "lowerTrapezius": Place(back: true, dx: 12, y: 120, rx: 6, ry: 9),
        "rotatorCuff": Place(back: true, dx: 32, y: 96, rx: 8, ry: 9),
        "latissimusDorsi": Place(back: true, dx: 28, y: 134, rx: 9, ry: 16),
        "erectorSpinae": Place(back: true, dx: 7, y: 150, rx: 4, ry: 24),
        "quadratusLumborum": Place(back: true, dx: 16, y: 166, rx: 5, ry: 8),
        "gluteusMedius": Place(back: true, dx: 28, y: 188, rx: 9, ry: 8),
        "piriformis": Place(back: true, dx: 15, y: 194, rx: 8, ry: 3),
        "gluteusMaximus": Place(back: true, dx: 17, y: 206, rx: 14, ry: 13),
        "hamstrings": Place(back: true, dx: 19, y: 248, rx: 9, ry: 26),
        "gastrocSoleus": Place(back: true, dx: 19, y: 310, rx: 8, ry: 22),
        "tibialisPosterior": Place(back: true, dx: 15, y: 332, rx: 3, ry: 12),
    ]

    let overactive: [MuscleFinding]
    let underactive: [MuscleFinding]

    func svg() -> String {
        var shapes = ""
        for (role, findings) in [("over", overactive), ("under", underactive)] {
            for finding in findings {
                guard let place = Self.places[finding.muscle.rawValue] else { continue }
                let label =
                    "\(finding.name), \(role == "over" ? "overactive" : "underactive")"
                    + "\(finding.side == .both ? "" : ", \(finding.side.rawValue) side")"
                for x in xs(place, side: finding.side) {
                    shapes +=
                        "<ellipse class=\"\(role)\" cx=\"\(f(x))\" cy=\"\(f(place.y))\" rx=\"\(f(place.rx))\" "
                        + "ry=\"\(f(place.ry))\"><title>\(HTMLText.escape(label))</title></ellipse>"
                }
            }
        }
        let described =
            (overactive.map { "\($0.name) overactive (\($0.side.rawValue))" }
            + underactive.map { "\($0.name) underactive (\($0.side.rawValue))" })
            .joined(separator: "; ")
        return """
            <svg class="body-diagram" viewBox="0 0 360 410" role="img" aria-labelledby="body-title body-desc" \
            xmlns="http://www.w3.org/2000/svg">\
            <title id="body-title">Muscles found overactive and underactive, front and back</title>\
            <desc id="body-desc">\
            \(HTMLText.escape(described.isEmpty ? "No muscle imbalance found." : described))</desc>\
            <defs><pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
            <rect width="4" height="4" fill="#dbe4fb"/>\
            <line x1="0" y1="0" x2="0" y2="4" stroke="#1d4ed8" stroke-width="2"/></pattern></defs>\
            \(outline(x: 0, label: "Front"))\(outline(x: 180, label: "Back"))\(shapes)\
            </svg>
            """
    }

    /// The x positions of a muscle on its view: both sides, or only the side found. On the front view the client's
    /// right is on the viewer's left; on the back view it is on the viewer's right.
    private func xs(_ place: Place, side: Side) -> [Double] {
        let center = place.back ? 270.0 : 90.0
        guard place.dx > 0 else { return [center] }
        let rightSign = place.back ? 1.0 : -1.0
        switch side {
        case .both: return [center - place.dx, center + place.dx]
        case .right: return [center + rightSign * place.dx]
        case .left: return [center - rightSign * place.dx]
        }
    }

    /// One view's figure with its name above and the client's sides named beside the hands, on the figure itself.
    private func outline(x: Double, label: String) -> String {
        let midline = x + BodyOutline.width / 2
        // On the front view the client's right hand is on the viewer's left; on the back view it is on the right.
        let (leftOfViewer, rightOfViewer) = label == "Front" ? ("Right", "Left") : ("Left", "Right")
        return BodyOutline.figure(midline: midline, cssClass: "outline")
            + "<text x=\"\(f(midline))\" y=\"16\" text-anchor=\"middle\" class=\"legend\">\(label)</text>"
            + "<text x=\"\(f(midline - 57))\" y=\"240\" text-anchor=\"middle\" class=\"legend\">\(leftOfViewer)</text>"
            + "<text x=\"\(f(midline + 57))\" y=\"240\" text-anchor=\"middle\" class=\"legend\">\(rightOfViewer)</text>"
    }

    private func f(_ value: Double) -> String { NumberText.format(value) }
}
