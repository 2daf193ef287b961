import Foundation
import RebalanceCore
import Testing

@testable import RebalanceApp

/// Every exercise's picture is a well-formed SVG of its stated size, with numbers a browser can draw.
struct ExercisePictureTests {
    @Test func everyPictureIsWellFormedAndSized() throws {
        let knowledge = try KnowledgeBase.bundled()
        for exercise in knowledge.exercises {
            guard let drawing = knowledge.drawing(of: exercise) else { continue }
            let svg = drawing.svg()
            let elements = try SVGElements.parse(svg)
            let root = try #require(elements.first)
            #expect(root.name == "svg" && root.attributes["width"] == "\(drawing.width)", "\(exercise.id)")
            #expect(!svg.contains("nan") && !svg.contains("inf"), "\(exercise.id)")
            #expect(
                elements.filter { $0.name == "circle" && $0.attributes["class"] == "head" }.count
                    == drawing.panels.count, "\(exercise.id): one head per panel")
            let captions = elements.filter { $0.name == "text" }.map(\.text)
            #expect(captions == drawing.panels.map(\.caption), "\(exercise.id)")
        }
    }
}
