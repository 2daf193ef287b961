import Fluent
import RebalanceCore
import Vapor

/// One assessment's posture report, laid out to print or save as a PDF: each photo with its measured lines, a
/// table of every value against its norm with the norm's source, and the readings in the client's words to go
/// through with them.
enum PostureReportPage {
    struct Row: Encodable {
        let name: String
        let value: String
        let norm: String
        let reading: String
        let flagged: Bool
        let source: String
    }

    struct Photo: Encodable {
        let name: String
        let image: String
        let width: Double
        let height: Double
        let overlay: PostureOverlay?
        let rows: [Row]?
        let plain: [String]?
        let automatic: Bool
    }

    struct Context: Encodable {
        let page: PageContext
        let clientName: String
        let date: String
        let back: String
        let photos: [Photo]?
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (access, client, record, photos) = try await PostureController.load(req)
        try await access.audit(client, .read, "posture report")
        let knowledge = req.application.shared.knowledge
        var shown: [Photo] = []
        for view in PostureView.allCases {
            guard let photo = try photos.first(where: { try $0.postureView() == view }) else { continue }
            let landmarks = try photo.landmarks
            let readings = landmarks.map {
                PostureReading.readings(of: PostureAnalysis($0), knowledge, sex: client.sex)
            }
            let (width, height) = try await PosturePointsPage.size(of: photo, on: req.db)
            shown.append(
                Photo(
                    name: view.name, image: "/staff/posture-photos/\(try photo.requireID().uuidString.lowercased())",
                    width: landmarks?.imageWidth ?? width, height: landmarks?.imageHeight ?? height,
                    overlay: landmarks.flatMap { l in readings.map { PostureOverlay(l, readings: $0) } },
                    rows: readings?.map(row).nonEmpty, plain: readings?.map(\.plainLine).nonEmpty,
                    automatic: readings?.contains { $0.measure.automatic } ?? false))
        }
        let base = try PostureController.base(client, record)
        return try await req.view.render(
            "staff-posture-report",
            Context(
                page: try await PageContext(req, title: "Posture report — \(client.name)"), clientName: client.name,
                date: CalendarDay(record.performedOn).map(BookingTimeText.day) ?? record.performedOn,
                back: base + "/posture", photos: shown.nonEmpty))
    }

    private static func row(_ reading: PostureReading) -> Row {
        let side = reading.measure.side.flatMap { $0 == .both ? nil : " \($0.rawValue)" } ?? ""
        let word =
            switch reading.verdict {
            case .normal: "Within the norm"
            case .borderline: "Borderline"
            case .impaired: "Outside the norm"
            }
        return Row(
            name: reading.name, value: reading.measure.valueText + side,
            norm: reading.rule + (reading.confirmed ? "" : " (unconfirmed)"),
            reading: word + (reading.measure.automatic ? " — automatic points" : ""),
            flagged: reading.verdict != .normal, source: reading.source)
    }
}
