import Foundation

/// Draws an exercise's start and end positions as one small SVG picture, with the floor and any equipment.
public struct ExerciseDrawing: Sendable {
    /// One drawn position and the words that name it.
    public struct Panel: Sendable {
        public let caption: String
        public let pose: BodyPose
    }

    public let panels: [Panel]

    /// The panels for an exercise: "Start" and "End", or one "Hold" for a held position.
    public init(start: BodyPose, end: BodyPose?) {
        if let end, end.id != start.id {
            panels = [Panel(caption: "Start", pose: start), Panel(caption: "End", pose: end)]
        } else {
            panels = [Panel(caption: "Hold", pose: start)]
        }
    }

    /// The words a screen reader reads for the picture.
    public var description: String {
        panels.map { "\($0.caption): \($0.pose.label)." }.joined(separator: " ")
    }

    /// Panel size and the gap for the arrow between panels, in SVG units.
    private enum Layout {
        static let panelWidth = 120.0
        static let panelHeight = 104.0
        static let captionHeight = 14.0
        static let gap = 18.0
        static let margin = 5.0
    }

    /// The picture's natural size in CSS pixels, for the page to reserve its space before it loads.
    public var width: Int {
        Int(2 * (Double(panels.count) * Layout.panelWidth + Double(panels.count - 1) * Layout.gap))
    }
    public var height: Int { Int(2 * (Layout.panelHeight + Layout.captionHeight)) }

    /// The complete SVG document.
    public func svg() -> String {
        let width = Double(self.width) / 2
        let height = Double(self.height) / 2
        let sketches = panels.map { PoseSketch(pose: $0.pose) }
        // One scale for every panel, so the body keeps its size from start to end.
        let scale = sketches.map { Self.fittingScale(for: $0.box) }.min() ?? 1
        var body = ""
        for (index, sketch) in sketches.enumerated() {
            let left = Double(index) * (Layout.panelWidth + Layout.gap)
            let box = sketch.box
            let offsetX = left + (Layout.panelWidth - (box.maxX - box.minX) * scale) / 2 - box.minX * scale
            let floorY = Layout.panelHeight - Layout.margin + box.minY * scale
            body += sketch.svg(scale: scale, offsetX: offsetX, baseY: floorY, left: left, width: Layout.panelWidth)
            body +=
                "<text x=\"\(svgNumber(left + Layout.panelWidth / 2))\" y=\"\(svgNumber(height - 3))\" "
                + "text-anchor=\"middle\">\(panels[index].caption)</text>"
            if index > 0 {
                let x = left - Layout.gap + 3
                let y = Layout.panelHeight / 2
                body +=
                    "<path class=\"arrow\" d=\"M\(svgNumber(x)) \(svgNumber(y))h\(svgNumber(Layout.gap - 8))"
                    + "m-4 -4l4 4l-4 4\"/>"
            }
        }
        return
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(svgNumber(width)) \(svgNumber(height))\" "
            + "width=\"\(self.width)\" height=\"\(self.height)\">"
            + "<style>\(Self.style)</style>\(body)</svg>"
    }

    /// The largest scale that fits a box inside a panel's margins.
    private static func fittingScale(for box: PoseGeometry.Box) -> Double {
        let across: Double = (Layout.panelWidth - 2 * Layout.margin) / max(box.maxX - box.minX, 1)
        let down: Double = (Layout.panelHeight - 2 * Layout.margin) / max(box.maxY - box.minY, 1)
        return min(across, down)
    }

    private static let style =
        "line,path{stroke-linecap:round;stroke-linejoin:round;fill:none}"
        + ".near{stroke:#1f3b57}.far{stroke:#97a6b5}.head{fill:#1f3b57}"
        + ".floor{stroke:#c3cbd3;stroke-width:1.5}.prop{stroke:#6b7785;stroke-width:2}"
        + ".prop-fill{fill:#c9d2db;stroke:#6b7785;stroke-width:1.5}"
        + ".arrow{stroke:#6b7785;stroke-width:1.5}"
        + "text{font:9px system-ui,sans-serif;fill:#3d4b59}"
}

/// Formats an SVG number with at most one decimal.
func svgNumber(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}
