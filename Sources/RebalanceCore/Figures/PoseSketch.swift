/// One pose turned into SVG shapes: far limbs first, then the body, then near limbs, with floor and props.
struct PoseSketch {
    typealias Point = PoseGeometry.Point

    let pose: BodyPose
    let geometry: PoseGeometry

    init(pose: BodyPose) {
        self.pose = pose
        geometry = PoseGeometry(pose)
    }

    /// The figure with its props and the floor under it.
    var box: PoseGeometry.Box {
        var box = geometry.bounds
        for prop in pose.props ?? [] { box = box.union(extent(of: prop)) }
        if !hangs { box.minY = min(box.minY, 0) }
        return box
    }

    private var hangs: Bool { pose.props?.contains { $0.kind == .bar } ?? false }

    /// Shapes for a panel: figure units scaled, flipped so y runs down, floor at `baseY`.
    func svg(scale: Double, offsetX: Double, baseY: Double, left: Double, width: Double) -> String {
        func x(_ value: Double) -> String { svgNumber(offsetX + value * scale) }
        func y(_ value: Double) -> String { svgNumber(baseY - value * scale) }
        func line(_ from: Point, _ to: Point, _ kind: String, _ thickness: Double) -> String {
            "<line class=\"\(kind)\" x1=\"\(x(from.x))\" y1=\"\(y(from.y))\" x2=\"\(x(to.x))\" y2=\"\(y(to.y))\" "
                + "stroke-width=\"\(svgNumber(thickness * scale))\"/>"
        }
        let g = geometry
        var out = ""
        if !hangs {
            out +=
                "<line class=\"floor\" x1=\"\(svgNumber(left))\" y1=\"\(y(0))\" "
                + "x2=\"\(svgNumber(left + width))\" y2=\"\(y(0))\"/>"
        }
        out += (pose.props ?? []).map { prop(for: $0, line: line, x: x, y: y, scale: scale) }.joined()
        let limb = 3.6
        out += line(g[.hip], g[.farKnee], "far", limb) + line(g[.farKnee], g[.farAnkle], "far", limb)
        out += line(g[.farAnkle], g[.farToe], "far", limb * 0.8)
        out += line(g[.shoulder], g[.farElbow], "far", limb) + line(g[.farElbow], g[.farHand], "far", limb)
        out += line(g[.hip], g[.shoulder], "near", 6)
        out += line(g[.shoulder], neckTop, "near", 3)
        out +=
            "<circle class=\"head\" cx=\"\(x(g[.head].x))\" cy=\"\(y(g[.head].y))\" "
            + "r=\"\(svgNumber(PoseGeometry.Length.headRadius * scale))\"/>"
        out += line(g[.hip], g[.nearKnee], "near", limb) + line(g[.nearKnee], g[.nearAnkle], "near", limb)
        out += line(g[.nearAnkle], g[.nearToe], "near", limb * 0.8)
        out += line(g[.shoulder], g[.nearElbow], "near", limb) + line(g[.nearElbow], g[.nearHand], "near", limb)
        return out
    }

    /// Where the neck meets the head, so the neck never pokes through it.
    private var neckTop: Point {
        let shoulder = geometry[.shoulder]
        let head = geometry[.head]
        let share = PoseGeometry.Length.neck / (PoseGeometry.Length.neck + PoseGeometry.Length.headRadius)
        return Point(x: shoulder.x + (head.x - shoulder.x) * share, y: shoulder.y + (head.y - shoulder.y) * share)
    }

    /// How far a prop reaches, so the panel makes room for it.
    private func extent(of prop: BodyPose.Prop) -> PoseGeometry.Box {
        let at = geometry[prop.at]
        switch prop.kind {
        case .wall: return .init(minX: wallX(at), minY: 0, maxX: wallX(at), maxY: at.y + 12)
        case .bench: return .init(minX: at.x - 18, minY: 0, maxX: at.x + 18, maxY: at.y)
        case .ball: return .init(minX: at.x - 4, minY: at.y - 4, maxX: at.x + 4, maxY: at.y + 4)
        case .bar: return .init(minX: at.x - 18, minY: at.y, maxX: at.x + 18, maxY: at.y + 3)
        case .weight: return .init(minX: at.x - 5, minY: at.y - 3, maxX: at.x + 5, maxY: at.y + 3)
        case .band: return .init(minX: at.x, minY: 0, maxX: at.x + 22, maxY: at.y)
        }
    }

    /// A wall stands just beyond the joint that touches it, on the side away from the hips.
    private func wallX(_ at: Point) -> Double { at.x >= geometry[.hip].x ? at.x + 2.5 : at.x - 2.5 }

    private func prop(
        for prop: BodyPose.Prop, line: (Point, Point, String, Double) -> String, x: (Double) -> String,
        y: (Double) -> String, scale: Double
    ) -> String {
        let at = geometry[prop.at]
        switch prop.kind {
        case .wall:
            let top = at.y + 12
            return line(Point(x: wallX(at), y: 0), Point(x: wallX(at), y: top), "prop", 1.5)
        case .bench:
            // A seat sits under the thick body line; a step sits right under the foot.
            let top = max(at.y - (BodyJoint.feet.contains(prop.at) ? 1.5 : 3.5), 4)
            return "<rect class=\"prop-fill\" x=\"\(x(at.x - 18))\" y=\"\(y(top))\" "
                + "width=\"\(svgNumber(36 * scale))\" height=\"\(svgNumber(top * scale))\" rx=\"2\"/>"
        case .ball:
            return "<circle class=\"prop-fill\" cx=\"\(x(at.x))\" cy=\"\(y(at.y))\" r=\"\(svgNumber(4 * scale))\"/>"
        case .bar:
            return line(Point(x: at.x - 18, y: at.y + 1.5), Point(x: at.x + 18, y: at.y + 1.5), "prop", 2)
        case .weight:
            return "<rect class=\"prop-fill\" x=\"\(x(at.x - 5))\" y=\"\(y(at.y + 3))\" "
                + "width=\"\(svgNumber(10 * scale))\" height=\"\(svgNumber(6 * scale))\" rx=\"1.5\"/>"
        case .band:
            return
                "<path class=\"prop\" stroke-dasharray=\"3 2\" d=\"M\(x(at.x)) \(y(at.y))L\(x(at.x + 22)) \(y(0))\"/>"
        }
    }
}
