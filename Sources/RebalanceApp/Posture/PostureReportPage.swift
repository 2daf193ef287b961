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
        let picture: PostureFigure.Picture
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
        let figures = try await PostureFigure.all(photos, sex: client.sex, knowledge: knowledge, on: req.db) {
            "/staff/posture-photos/\($0.uuidString.lowercased())"
        }
        let shown = figures.map { figure in
            Photo(
                picture: figure.picture, rows: figure.readings?.map(row).nonEmpty,
                plain: figure.readings?.map(\.plainLine).nonEmpty,
                automatic: figure.readings?.contains { $0.measure.automatic } ?? false)
        }
        let base = try PostureController.base(client, record)
        return try await req.view.render(
            "staff-posture-report",
            Context(
                page: try await PageContext(req, title: "Posture report — \(client.name)"), clientName: client.name,
                date: record.performedOnText,
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
