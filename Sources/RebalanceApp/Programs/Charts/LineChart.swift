import Foundation
import RebalanceCore

/// A server-rendered SVG line chart over dates: one or more series, axis labels with units, and an optional
/// shaded band for the norm. Series differ by dash pattern and marker as well as colour; every point carries its
/// value in a `<title>`, and pages show the same data as a table. A long series is thinned to its ends and each
/// stretch's lowest and highest point (`SeriesSampling`), so a flare always shows.
struct LineChart {
    /// One line: a name for the legend and its dated values.
    struct Series {
        let name: String
        let points: [(day: CalendarDay, value: Double)]
    }

    let title: String
    let description: String
    /// The y axis label, with its unit ("Pain, 0–10").
    let yLabel: String
    let yRange: ClosedRange<Double>
    /// The within-norm stretch of the y axis, shaded; an open end runs to the edge of the chart.
    let band: (low: Double?, high: Double?)?
    let series: [Series]

    static let width = 640.0, height = 260.0
    static let left = 52.0, right = 16.0, top = 16.0, bottom = 44.0
    static let dashes = ["", "6 3", "2 3", "8 3 2 3"]
    /// A series is drawn with at most `2 × runs + 2` dots: about one per 9 px of the plot.
    static let runs = 30

    var plotWidth: Double { Self.width - Self.left - Self.right }
    var plotHeight: Double { Self.height - Self.top - Self.bottom }

    /// The first and last day on the x axis (a single day is widened by a day either side).
    var days: (first: Int, last: Int) {
        let ordinals = series.flatMap { $0.points.map(\.day.ordinal) }
        guard let low = ordinals.min(), let high = ordinals.max() else { return (0, 1) }
        return low == high ? (low - 1, high + 1) : (low, high)
    }

    func x(_ day: CalendarDay) -> Double {
        let (first, last) = days
        return Self.left + plotWidth * Double(day.ordinal - first) / Double(last - first)
    }

    func y(_ value: Double) -> Double {
        let clamped = min(max(value, yRange.lowerBound), yRange.upperBound)
        let span = yRange.upperBound - yRange.lowerBound
        return Self.top + plotHeight * (1 - (clamped - yRange.lowerBound) / (span == 0 ? 1 : span))
    }

    func svg(id: String) -> String {
        var parts: [String] = []
        parts.append(
            "<svg class=\"chart\" viewBox=\"0 0 \(n(Self.width)) \(n(Self.height))\" role=\"img\" "
                + "aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
        )
        parts.append(
            "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>"
                + "<desc id=\"\(id)-desc\">\(HTMLText.escape(description))</desc>"
        )
        if let band {
            let top = y(band.high ?? yRange.upperBound)
            let bottom = y(band.low ?? yRange.lowerBound)
            parts.append(
                "<rect class=\"norm-band\" x=\"\(n(Self.left))\" y=\"\(n(top))\" width=\"\(n(plotWidth))\" "
                    + "height=\"\(n(max(0, bottom - top)))\"><title>Within norm</title></rect>"
            )
        }
        // Axes, with five value ticks and up to six date ticks.
        parts.append(
            "<line class=\"axis\" x1=\"\(n(Self.left))\" y1=\"\(n(Self.top))\" "
                + "x2=\"\(n(Self.left))\" y2=\"\(n(Self.top + plotHeight))\"/>"
        )
        parts.append(
            "<line class=\"axis\" x1=\"\(n(Self.left))\" y1=\"\(n(Self.top + plotHeight))\" "
                + "x2=\"\(n(Self.left + plotWidth))\" y2=\"\(n(Self.top + plotHeight))\"/>"
        )
        for value in Self.niceTicks(yRange) {
            parts.append(
                "<text class=\"tick y-tick\" x=\"\(n(Self.left - 6))\" y=\"\(n(y(value) + 4))\" text-anchor=\"end\">"
                    + "\(NumberText.format(value))</text>"
            )
        }
        let (first, last) = days
        let count = min(5, last - first)
        for step in 0...max(1, count) {
            let day = CalendarDay(ordinal: first + (last - first) * step / max(1, count))
            // The first and last dates hang inward, so neither is cut off at the chart's edge.
            let anchor = step == 0 ? "start" : step == max(1, count) ? "end" : "middle"
            parts.append(
                "<text class=\"tick x-tick\" x=\"\(n(x(day)))\" y=\"\(n(Self.top + plotHeight + 16))\" "
                    + "text-anchor=\"\(anchor)\">\(HTMLText.escape(Self.shortDate(day)))</text>"
            )
        }
        parts.append(
            "<text class=\"axis-label\" x=\"12\" y=\"\(n(Self.top + plotHeight / 2))\" "
                + "transform=\"rotate(-90 12 \(n(Self.top + plotHeight / 2)))\" text-anchor=\"middle\">"
                + "\(HTMLText.escape(yLabel))</text>"
        )
        parts.append(
            "<text class=\"axis-label\" x=\"\(n(Self.left + plotWidth / 2))\" y=\"\(n(Self.height - 6))\" "
                + "text-anchor=\"middle\">Date</text>"
        )
        for (index, line) in series.enumerated() {
            let all = line.points.sorted { $0.day < $1.day }
            // No more dots than the plot can tell apart; every spike stays (the page's table has every value).
            let sorted = SeriesSampling.extremes(all.map(\.value), runs: Self.runs).map { all[$0] }
            let coordinates = sorted.map { "\(n(x($0.day))),\(n(y($0.value)))" }.joined(separator: " ")
            let dash = Self.dashes[index % Self.dashes.count]
            parts.append("<g class=\"series s\(index % 4)\"><title>\(HTMLText.escape(line.name))</title>")
            parts.append(
                "<polyline points=\"\(coordinates)\" fill=\"none\""
                    + "\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>"
            )
            for point in sorted {
                parts.append(
                    "<circle cx=\"\(n(x(point.day)))\" cy=\"\(n(y(point.value)))\" r=\"4\"><title>"
                        + "\(HTMLText.escape("\(line.name), \(point.day): \(NumberText.format(point.value))"))"
                        + "</title></circle>"
                )
            }
            parts.append("</g>")
        }
        if series.count > 1 || band != nil {
            // A legend in words: which line is which, and what the shading means.
            var x = Self.left + 8
            for (index, line) in series.enumerated() {
                let dash = Self.dashes[index % Self.dashes.count]
                parts.append(
                    "<g class=\"legend-item series s\(index % 4)\"><line x1=\"\(n(x))\" y1=\"\(n(Self.top + 8))\" "
                        + "x2=\"\(n(x + 18))\" y2=\"\(n(Self.top + 8))\""
                        + "\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/><text class=\"tick\" "
                        + "x=\"\(n(x + 22))\" y=\"\(n(Self.top + 12))\">\(HTMLText.escape(line.name))</text></g>"
                )
                x += 30 + Double(line.name.count) * 6
            }
            if band != nil {
                parts.append("<text class=\"tick\" x=\"\(n(x))\" y=\"\(n(Self.top + 12))\">shaded: within norm</text>")
            }
        }
        parts.append("</svg>")
        return parts.joined()
    }

    /// Round values for the value axis: a step of 1, 2 or 5 times a power of ten, giving four to six ticks
    /// inside the range (0, 2, 4, 6, 8, 10 rather than 7, 8.4, 9.8).
    static func niceTicks(_ range: ClosedRange<Double>) -> [Double] {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite else { return [range.lowerBound] }
        let rough = span / 5
        let power = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
        // Counted in whole steps and rounded to the step's decimals, so 3 × 0.1 prints as 0.3.
        let scale = pow(10, max(0, -floor(log10(step))))
        var ticks: [Double] = []
        var index = (range.lowerBound / step).rounded(.up)
        while index * step <= range.upperBound + step * 1e-9 {
            ticks.append((index * step * scale).rounded() / scale)
            index += 1
        }
        return ticks
    }

    /// "Nov 2" (with the year when it is not this chart's only one, "Nov 2 '26").
    static func shortDate(_ day: CalendarDay) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(months[day.month - 1]) \(day.day) '\(day.year % 100 < 10 ? "0" : "")\(day.year % 100)"
    }

    private func n(_ value: Double) -> String { NumberText.format(value) }
}
