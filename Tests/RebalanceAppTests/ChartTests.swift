import Foundation
import RebalanceCore
import Testing

@testable import RebalanceApp

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads an SVG document into its elements, for checking what a chart draws.
final class SVGElements: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text: String
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []

    static func parse(_ svg: String) throws -> [Element] {
        let reader = SVGElements()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return reader.elements
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(Element(name: name, attributes: attributes, text: ""))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }
}

@Suite("Charts")
struct ChartTests {
    func day(_ text: String) throws -> CalendarDay { try #require(CalendarDay(text)) }

    @Test func aLineChartDrawsEveryPointWhereItBelongs() throws {
        let chart = LineChart(
            title: "Pain in the right knee over time", description: "Three ratings", yLabel: "Pain, 0–10",
            yRange: 0...10,
            band: (low: nil, high: 2),
            series: [
                LineChart.Series(
                    name: "right knee",
                    points: [(try day("2026-11-01"), 6), (try day("2026-11-11"), 4), (try day("2026-11-21"), 2)])
            ])
        let elements = try SVGElements.parse(chart.svg(id: "pain"))
        #expect(elements.first?.name == "svg" && elements.first?.attributes["role"] == "img")
        #expect(elements.contains { $0.name == "title" && $0.text == "Pain in the right knee over time" })
        #expect(elements.contains { $0.name == "desc" && $0.text == "Three ratings" })
        // Points: x from the left edge (first day) to the right edge (last day);
        // y from 10 at the top to 0 at the bottom.
        let circles = elements.filter { $0.name == "circle" }.compactMap { element -> (Double, Double)? in
            guard let x = element.attributes["cx"].flatMap(Double.init),
                let y = element.attributes["cy"].flatMap(Double.init)
            else { return nil }
            return (x, y)
        }
        #expect(circles.count == 3)
        let left = LineChart.left
        let right = LineChart.width - LineChart.right
        let top = LineChart.top
        let bottom = LineChart.height - LineChart.bottom
        #expect(circles.map(\.0) == [left, (left + right) / 2, right])
        #expect(
            circles.map(\.1) == [top + (bottom - top) * 0.4, top + (bottom - top) * 0.6, top + (bottom - top) * 0.8])
        let polyline = try #require(elements.first { $0.name == "polyline" }?.attributes["points"])
        #expect(polyline.split(separator: " ").count == 3)
        // The norm band: pain 0 to 2 shaded at the bottom.
        let band = try #require(elements.first { $0.attributes["class"] == "norm-band" })
        #expect(Double(band.attributes["y"] ?? "") == top + (bottom - top) * 0.8)
        #expect(Double(band.attributes["height"] ?? "") == (bottom - top) * 0.2)
        // Axes and their labels with units; round value ticks 0…10, date ticks from the first to the last day.
        #expect(elements.filter { $0.attributes["class"] == "axis" }.count == 2)
        #expect(
            elements.filter { $0.attributes["class"]?.contains("y-tick") == true }.map(\.text) == [
                "0", "2", "4", "6", "8", "10",
            ])
        let dates = elements.filter { $0.attributes["class"]?.contains("x-tick") == true }.map(\.text)
        #expect(dates.first == "Nov 1 '26" && dates.last == "Nov 21 '26")
        #expect(elements.contains { $0.attributes["class"] == "axis-label" && $0.text == "Pain, 0–10" })
        #expect(elements.contains { $0.name == "title" && $0.text == "right knee, 2026-11-21: 2" })
    }

    @Test func seriesDifferByMoreThanColourAndTextIsEscaped() throws {
        let chart = LineChart(
            title: "Knee <to> wall", description: "Left & right", yLabel: "cm", yRange: 0...15,
            band: (low: 10, high: nil),
            series: [
                LineChart.Series(name: "left", points: [(try day("2026-10-01"), 7), (try day("2026-11-01"), 11)]),
                LineChart.Series(name: "right", points: [(try day("2026-10-01"), 12), (try day("2026-11-01"), 12)]),
            ])
        let elements = try SVGElements.parse(chart.svg(id: "ktw"))
        #expect(elements.contains { $0.name == "title" && $0.text == "Knee <to> wall" })
        let dashes = elements.filter { $0.name == "polyline" }.map { $0.attributes["stroke-dasharray"] ?? "solid" }
        #expect(dashes == ["solid", "6 3"])
        #expect(elements.contains { $0.name == "text" && $0.text == "shaded: within norm" })
        let band = try #require(elements.first { $0.attributes["class"] == "norm-band" })
        #expect(Double(band.attributes["y"] ?? "") == LineChart.top)  // open upper end: up to the top of the chart
    }

    @Test func oneReadingIsStillAChart() throws {
        let chart = LineChart(
            title: "t", description: "d", yLabel: "y", yRange: 0...10, band: nil,
            series: [LineChart.Series(name: "only", points: [(try day("2026-11-01"), 5)])])
        let circles = try SVGElements.parse(chart.svg(id: "one")).filter { $0.name == "circle" }
        #expect(
            circles.count == 1
                && Double(circles[0].attributes["cx"] ?? "") == (LineChart.left + LineChart.width - LineChart.right) / 2
        )
    }

    @Test func theBodyDiagramMarksEachMuscleOnItsSide() throws {
        func finding(_ muscle: String, _ side: Side) -> MuscleFinding {
            MuscleFinding(muscle: MuscleID(rawValue: muscle), name: muscle, plainName: muscle, side: side, because: [])
        }
        let diagram = BodyDiagram(
            overactive: [finding("hipFlexors", .both), finding("upperTrapezius", .right)],
            underactive: [finding("gluteusMedius", .left)])
        let elements = try SVGElements.parse(diagram.svg())
        let over = elements.filter { $0.attributes["class"] == "over" }
        let under = elements.filter { $0.attributes["class"] == "under" }
        #expect(over.count == 3 && under.count == 1)
        // Front view: the client's right is the viewer's left (x < 90);
        // back view: the client's right is on the right (x > 270).
        // Each ellipse is followed by its <title>.
        let titled = zip(elements, elements.dropFirst()).filter { $0.0.name == "ellipse" }.map {
            (ellipse: $0.0, title: $0.1.text)
        }
        let trapezius = try #require(
            titled.first { $0.title.contains("upperTrapezius") }?.ellipse.attributes["cx"].flatMap(Double.init))
        #expect(trapezius > 270)
        let medius = try #require(under.first?.attributes["cx"].flatMap(Double.init))
        #expect(medius < 270 && medius > 180)
        #expect(elements.contains { $0.name == "desc" && $0.text.contains("gluteusMedius underactive (left)") })
        #expect(elements.contains { $0.name == "pattern" && $0.attributes["id"] == "hatch" })
    }
}

/// The value axis reads in round numbers whatever the range.
@Suite("Chart ticks")
struct ChartTickTests {
    @Test func ticksAreRoundAndInsideTheRange() {
        #expect(LineChart.niceTicks(0...10) == [0, 2, 4, 6, 8, 10])
        #expect(LineChart.niceTicks(5.6...11.6) == [6, 8, 10])
        #expect(LineChart.niceTicks(-3.5...27.5) == [0, 10, 20])
        #expect(LineChart.niceTicks(0.05...0.42) == [0.1, 0.2, 0.3, 0.4])
        for range in [0.0...1, 3...97, 40...41.7, -12...4] {
            let ticks = LineChart.niceTicks(range)
            #expect(ticks.count >= 2 && ticks.count <= 6 && ticks.allSatisfy(range.contains), "\(range)")
        }
    }
}

/// The pain map's spots are targets a thumb can hit: none overlaps another, and all sit inside their view.
@Suite("Pain map targets")
struct PainMapTargetTests {
    @Test func spotsNeverOverlapAndStayInsideTheView() {
        for view in PainMap.views {
            for spot in view.spots {
                #expect(spot.r == PainMap.radius)
                #expect(spot.x - spot.r >= 0 && spot.x + spot.r <= Int(BodyOutline.width), "\(spot.label)")
                #expect(spot.y - spot.r >= 0 && spot.y + spot.r <= 412, "\(spot.label)")
            }
            for (index, a) in view.spots.enumerated() {
                for b in view.spots.dropFirst(index + 1) {
                    let distance = hypot(Double(a.x - b.x), Double(a.y - b.y))
                    #expect(distance >= Double(2 * PainMap.radius), "\(a.label) and \(b.label)")
                }
            }
        }
    }

    @Test func everyPainfulAreaCanBeTappedOnTheFrontOrTheBack() {
        let tapped = Set(PainMap.views.flatMap(\.spots).map(\.region))
        #expect(tapped == Set(Region.allCases.map(\.rawValue)))
    }

    @Test func theFigureIsOneClosedOutlineMirroredAboutItsMidline() throws {
        let path = BodyOutline.path(midline: 90)
        let numbers = path.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
        let xs = stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
        #expect(path.hasPrefix("M") && path.hasSuffix("Z"))
        // Every x on one side has its mirror image on the other.
        #expect(xs.sorted() == xs.map { 180 - $0 }.sorted())
    }
}
