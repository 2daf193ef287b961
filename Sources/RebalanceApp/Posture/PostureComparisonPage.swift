import Fluent
import Foundation
import RebalanceCore
import Vapor

/// An assessment's posture photos beside the earlier assessment's, view by view: the photos side by side and each
/// measure then, now, its change, and whether the change is more than measurement error. Printable.
enum PostureComparisonPage {
    struct Row: Encodable {
        let name: String
        let then: String
        let now: String
        let change: String
        let real: Bool?
    }

    struct ViewBlock: Encodable {
        let name: String
        let thenImage: String?
        let nowImage: String?
        let rows: [Row]?
    }

    struct Context: Encodable {
        let page: PageContext
        let clientName: String
        let back: String
        let thenDate: String?
        let nowDate: String
        let views: [ViewBlock]?
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (access, client, record, photos) = try await PostureController.load(req)
        try await access.audit(client, .read, "posture comparison")
        let earlier = try await earlierAssessment(client, record, on: req.db)
        var earlierPhotos: [PosturePhoto] = []
        if let earlier {
            earlierPhotos = try await PosturePhoto.query(on: req.db).filter(\.$assessment.$id == earlier.requireID())
                .all()
        }
        let knowledge = req.application.shared.knowledge
        func photo(_ list: [PosturePhoto], _ view: PostureView) throws -> PosturePhoto? {
            try list.first { try $0.postureView() == view }
        }
        func measures(_ photo: PosturePhoto?) throws -> [PostureMeasure] {
            try photo?.landmarks.map { PostureAnalysis($0).measures } ?? []
        }
        func image(_ photo: PosturePhoto?) throws -> String? {
            try photo.map { "/staff/posture-photos/\(try $0.requireID().uuidString.lowercased())" }
        }
        var views: [ViewBlock] = []
        for view in PostureView.allCases {
            let (then, now) = (try photo(earlierPhotos, view), try photo(photos, view))
            guard then != nil || now != nil else { continue }
            let comparison = PostureComparison(
                before: try measures(then), after: try measures(now), knowledge: knowledge)
            let rows = comparison.rows.map(Self.row)
            views.append(
                ViewBlock(name: view.name, thenImage: try image(then), nowImage: try image(now), rows: rows.nonEmpty))
        }
        return try await req.view.render(
            "staff-posture-compare",
            Context(
                page: try await PageContext(req, title: "Posture compared — \(client.name)"), clientName: client.name,
                back: try PostureController.base(client, record) + "/posture",
                thenDate: earlier.flatMap { CalendarDay($0.performedOn) }.map(BookingTimeText.day),
                nowDate: record.performedOnText,
                views: views.nonEmpty))
    }

    private static func row(_ row: PostureComparison.Row) -> Row {
        let change: String
        if let value = row.change {
            let rounded = (value * 10).rounded() / 10
            change = (rounded > 0 ? "+" : "") + NumberText.format(rounded)
        } else {
            change = "—"
        }
        return Row(
            name: row.name, then: row.before.map(text) ?? "—", now: row.after.map(text) ?? "—", change: change,
            real: row.change == nil ? nil : row.beyondError)
    }

    /// The value and its side, short: "2.3 cm right".
    private static func text(_ measure: PostureMeasure) -> String {
        let side = measure.side.flatMap { $0 == .both ? nil : " \($0)" } ?? ""
        return measure.valueText + side
    }

    /// The re-check's own earlier assessment, or else the latest earlier one with posture photos.
    private static func earlierAssessment(
        _ client: Client, _ record: AssessmentRecord, on db: any Database
    ) async throws -> AssessmentRecord? {
        if let id = record.comparedWith, let earlier = try await AssessmentRecord.find(id, on: db) { return earlier }
        let withPhotos = try await PosturePhoto.query(on: db).filter(\.$client.$id == client.requireID())
            .filter(\.$assessment.$id != record.requireID()).all().map(\.$assessment.id)
        return try await AssessmentRecord.query(on: db).filter(\.$id ~~ withPhotos)
            .filter(\.$performedOn <= record.performedOn).sort(\.$performedOn, .descending).first()
    }
}
