import RebalanceCore

/// The lines drawn over a posture photo for its saved measures: each tilt between its two points, and the
/// craniovertebral angle's horizontal through C7 with its line to the ear, labeled with the value.
struct PostureOverlay: Encodable {
    struct Line: Encodable {
        let x1, y1, x2, y2: Double
        let kind: String
    }

    struct Label: Encodable {
        let x, y: Double
        let text: String
    }

    let lines: [Line]
    let labels: [Label]
    /// Stroke and text sizes in the photo's pixels, so they read the same on any photo size.
    let stroke: Double
    let fontSize: Double

    init(_ landmarks: PostureLandmarks, readings: [PostureReading]) {
        var lines: [Line] = []
        var labels: [Label] = []
        let unit = max(landmarks.imageWidth, landmarks.imageHeight) / 300
        for reading in readings {
            let points = reading.measure.from.compactMap { landmarks.points[$0] }
            guard points.count == 2 else { continue }
            let (a, b) = (points[0], points[1])
            let value = reading.measure.valueText
            let kind = reading.verdict == .normal ? "ok" : "flag"
            switch reading.measure.kind {
            case .headTilt, .shoulderTilt, .ribTilt, .pelvicTilt, .kneeTilt:
                lines.append(Line(x1: a.x, y1: a.y, x2: b.x, y2: b.y, kind: kind))
                labels.append(Label(x: max(a.x, b.x) + unit * 3, y: (a.y + b.y) / 2, text: value))
            case .craniovertebralAngle:
                // from = [C7, tragus]: the horizontal through C7, then the line to the ear.
                let reach = abs(b.x - a.x) * 1.3 + unit * 10
                lines.append(
                    Line(x1: a.x, y1: a.y, x2: a.x + (b.x >= a.x ? reach : -reach), y2: a.y, kind: "horizontal"))
                lines.append(Line(x1: a.x, y1: a.y, x2: b.x, y2: b.y, kind: kind))
                labels.append(Label(x: b.x + unit * 3, y: b.y, text: "CVA " + value))
            default: continue
            }
        }
        self.lines = lines
        self.labels = labels
        stroke = unit * 0.8
        fontSize = unit * 5
    }
}
