import Foundation
import RebalanceCore

/// The standing figure every body drawing uses (the self-check's pain map and the assessment's muscle diagram),
/// so a knee is in the same place on both. Drawn on a 180 × 410 view per figure: head centered at y 40, feet
/// at y 394, arms hanging slightly away from the trunk.
enum BodyOutline {
    /// One cubic curve of the figure's right-hand half (x as distance from the midline), ending at `to`.
    private struct Curve {
        let c1: (Double, Double)
        let c2: (Double, Double)
        let to: (Double, Double)
    }

    /// Width of one figure's view; the figure stands on its midline, `width / 2`.
    static let width = 180.0

    private static let neck = (7.0, 55.0)

    /// The half outline from the side of the neck, round the arm and the leg, down to the crotch on the midline.
    private static let half: [Curve] = [
        Curve(c1: (7, 58), c2: (8, 61), to: (8, 64)),
        Curve(c1: (14, 70), c2: (26, 71), to: (38, 76)),  // trapezius to the tip of the shoulder
        Curve(c1: (46, 79), c2: (48, 92), to: (47, 104)),  // deltoid
        Curve(c1: (48, 130), c2: (50, 148), to: (52, 158)),  // upper arm to the elbow
        Curve(c1: (55, 175), c2: (56, 188), to: (57, 196)),  // forearm to the wrist
        Curve(c1: (60, 202), c2: (61, 214), to: (57, 220)),  // hand
        Curve(c1: (54, 224), c2: (50, 220), to: (50, 212)),
        Curve(c1: (50, 200), c2: (46, 185), to: (44, 165)),  // inner forearm
        Curve(c1: (42, 140), c2: (38, 118), to: (36, 104)),  // inner upper arm to the armpit
        Curve(c1: (35, 125), c2: (31, 145), to: (31, 160)),  // side of the trunk to the waist
        Curve(c1: (31, 175), c2: (36, 188), to: (37, 200)),  // waist to hip
        Curve(c1: (38, 230), c2: (34, 260), to: (31, 290)),  // outer thigh to the knee
        Curve(c1: (30, 305), c2: (31, 330), to: (27, 358)),  // calf to the ankle
        Curve(c1: (26, 370), c2: (34, 384), to: (33, 392)),  // outer foot
        Curve(c1: (32, 396), c2: (14, 396), to: (10, 394)),  // sole
        Curve(c1: (8, 385), c2: (10, 372), to: (10, 360)),  // inner ankle
        Curve(c1: (8, 335), c2: (7, 310), to: (9, 292)),  // inner calf to the knee
        Curve(c1: (11, 265), c2: (7, 235), to: (3, 214)),  // inner thigh
        Curve(c1: (2, 213), c2: (1, 212), to: (0, 212)),
    ]

    /// The head and body of one figure standing on the vertical line `midline`, as SVG elements with `cssClass`.
    static func figure(midline: Double, cssClass: String) -> String {
        "<ellipse class=\"\(cssClass)\" cx=\"\(f(midline))\" cy=\"40\" rx=\"13\" ry=\"16\"/>"
            + "<path class=\"\(cssClass)\" d=\"\(path(midline: midline))\"/>"
    }

    /// The body outline as path data: the right half downward, then the same half mirrored and reversed back up.
    static func path(midline: Double) -> String {
        func point(_ p: (Double, Double), _ sign: Double) -> String { "\(f(midline + sign * p.0)) \(f(p.1))" }
        var d = "M\(point(neck, 1))"
        for curve in half {
            d += " C\(point(curve.c1, 1)) \(point(curve.c2, 1)) \(point(curve.to, 1))"
        }
        // Walking the mirrored half backwards: each curve runs from its end to its start, controls swapped.
        let starts = [neck] + half.dropLast().map(\.to)
        for (curve, start) in zip(half, starts).reversed() {
            d += " C\(point(curve.c2, -1)) \(point(curve.c1, -1)) \(point(start, -1))"
        }
        return d + " Z"
    }

    private static func f(_ value: Double) -> String { NumberText.format(value) }
}
