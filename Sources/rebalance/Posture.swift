import ArgumentParser
import Foundation
import RebalanceCore

/// `rebalance posture`: the angles and shifts of posture photos.
struct Posture: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Posture photos: angles and shifts from placed points.", subcommands: [Angles.self])

    /// `rebalance posture angles LANDMARKS.json`.
    struct Angles: ParsableCommand {
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        static let configuration = CommandConfiguration(
            abstract: "Tilts, shifts and the craniovertebral angle from one photo's points, judged against norms.",
            discussion: """
                LANDMARKS.json is either Rebalance's points file ({"view": "front", "imageWidth": …, "imageHeight": …,
                "points": {"leftAcromion": {"x": …, "y": …}, …}, "scale": {"reference": {"centimeters": 100}}}) in
                pixels of the upright photo, or a pose detector's output (MediaPipe Pose, 33 landmarks; COCO, 17
                keypoints) with --view. Distances need a scale: two referenceTop/referenceBottom points a known
                length apart, or the client's height with the rows of the top of the head and the floor.
                """)

        @Argument(help: "The points file, or - for standard input.")
        var file: String

        @Option(help: "text or json.")
        var format: Format = .text

        @Option(help: "For a detector's file: front, rightSide, leftSide or back.")
        var view: String?

        @Option(help: "For a detector's normalized coordinates: the photo's width in pixels.")
        var width: Double?

        @Option(help: "For a detector's normalized coordinates: the photo's height in pixels.")
        var height: Double?

        func validate() throws {
            if let view, PostureView(rawValue: view) == nil {
                throw ValidationError("--view \"\(view)\" is not known; use one of \(PostureView.allowedList)")
            }
        }

        func run() throws {
            let knowledge = try Terminal.loadKnowledge()
            let data = try Terminal.readInput(file, limit: 1_000_000)
            let landmarks = read(data)
            let analysis = PostureAnalysis(landmarks)
            let readings = PostureReading.readings(of: analysis, knowledge)
            let missing = landmarks.view.landmarks.filter { landmarks.points[$0] == nil }
            switch format {
            case .json: try printJSON(analysis, readings, missing: missing, knowledge)
            case .text: printText(analysis, readings, missing: missing, knowledge)
            }
        }

        /// A points file ("view" and "points") is decoded, and a fault in it is named; anything else is read as a pose
        /// detector's output, which needs --view.
        private func read(_ data: Data) -> PostureLandmarks {
            if FileKind.of(data) == .posturePoints {
                do {
                    return try JSONDecoder().decode(PostureLandmarks.self, from: data)
                } catch let error as DecodingError {
                    Terminal.fail("\(file): \(DecodingErrorText.describe(error))", status: .badInput)
                } catch {
                    Terminal.fail("\(file): \(error)", status: .badInput)
                }
            }
            guard let view = view.flatMap(PostureView.init(rawValue:)) else {
                Terminal.fail("\(file): not a points file; a detector's file needs --view", status: .badInput)
            }
            do {
                return try KeypointImport.landmarks(from: data, view: view, width: width, height: height)
            } catch {
                Terminal.fail("\(file): \(error)", status: .badInput)
            }
        }

        private func printText(
            _ analysis: PostureAnalysis, _ readings: [PostureReading], missing: [PostureLandmark],
            _ knowledge: KnowledgeBase
        ) {
            let landmarks = analysis.landmarks
            print("\(landmarks.view.name) photo, \(Int(landmarks.imageWidth)) × \(Int(landmarks.imageHeight)) px")
            if landmarks.centimetersPerPixel == nil { print("No scale: angles only, no distances.") }
            print("")
            if readings.isEmpty { print("Not enough points for any measure.") }
            for reading in readings { print("  " + reading.line) }
            let automatic = landmarks.points.filter { $0.value.automatic == true }.keys.sorted {
                $0.rawValue < $1.rawValue
            }
            if !automatic.isEmpty { print("\nPlaced automatically: " + automatic.map(\.name).joined(separator: ", ")) }
            if !missing.isEmpty { print("To place by hand: " + missing.map(\.name).joined(separator: ", ")) }
            let findings = analysis.findings(knowledge)
            if !findings.isEmpty {
                print("\nAssessment findings:")
                for finding in findings {
                    print(
                        "  \(finding.test) = \(finding.value.map { "\($0)" } ?? "")"
                            + "\(finding.side.map { " (\($0))" } ?? "")"
                    )
                }
            }
            print("\nPosture correlates only weakly with pain; treat these as contributing factors, not a diagnosis.")
        }

        private func printJSON(
            _ analysis: PostureAnalysis, _ readings: [PostureReading], missing: [PostureLandmark],
            _ knowledge: KnowledgeBase
        ) throws {
            struct Output: Encodable {
                struct Reading: Encodable {
                    let measure: PostureMeasure
                    let name: String
                    let verdict: Verdict
                    let rule: String
                    let source: String
                    let confirmed: Bool
                }
                let view: PostureView
                let centimetersPerPixel: Double?
                let readings: [Reading]
                let findings: [Finding]
                let toPlaceByHand: [PostureLandmark]
            }
            let output = Output(
                view: analysis.landmarks.view, centimetersPerPixel: analysis.landmarks.centimetersPerPixel,
                readings: readings.map {
                    Output.Reading(
                        measure: $0.measure, name: $0.name, verdict: $0.verdict, rule: $0.rule, source: $0.source,
                        confirmed: $0.confirmed)
                }, findings: analysis.findings(knowledge), toPlaceByHand: missing)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(output), as: UTF8.self))
        }
    }
}
