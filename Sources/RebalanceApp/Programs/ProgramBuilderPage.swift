import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The program builder page: the current version's phases with each exercise's dosage, reasons, note and
/// swap choices; the current phase's progression checklist; the version history.
enum ProgramBuilderPage {
    struct Option: Encodable {
        let value: String
        let label: String
    }

    struct ExerciseRow: Encodable {
        let anchor: String
        let index: Int
        let name: String
        let block: String
        let dosage: String
        let why: String
        let note: String?
        let caution: String?
        let swaps: [Option]?
        let sets: Int
        let reps: String
        let hold: String
        let tempo: String
        let rest: Int
        let effort: String
        let first: Bool
        let last: Bool
    }

    struct PhaseBlock: Encodable {
        let id: String
        let title: String
        let goal: String
        let current: Bool
        let minutes: Int
        let exercises: [ExerciseRow]
    }

    struct Criterion: Encodable {
        let description: String
        let status: String
        let statusClass: String
        let detail: String
    }

    struct Context: Encodable {
        let page: PageContext
        let clientID: String
        let programID: String
        let clientName: String
        let phaseTitle: String
        let phaseStarted: String
        let phases: [PhaseBlock]
        let versions: [String]
        let criteria: [Criterion]?
        let decision: String?
        let canProgress: Bool
        let isLastPhase: Bool
        /// Exercises of the current phase that the pain logged since rules out, each a link to its swap.
        let ruledOut: [RuledOutItem]?
        let flares: [String]?
        let adjustments: [String]?
        /// Each swap once (the same swap in several phases is one line).
        let substitutions: [String]?
        let unaddressed: [String]?
        /// The client's new link, shown once right after it is made.
        let shareURL: String?
        /// When the link now in use was made.
        let shareMadeOn: String?
        let error: String?
        let saved: String?
    }

    struct RuledOutItem: Encodable {
        let anchor: String
        let text: String
    }

    static func path(_ client: Client, _ record: ProgramRecord) -> String {
        "/staff/clients/\(client.id?.uuidString.lowercased() ?? "")/programs/"
            + "\(record.id?.uuidString.lowercased() ?? "")"
    }

    static func latestVersion(_ record: ProgramRecord, on db: any Database) async throws -> ProgramVersion? {
        try await ProgramVersion.query(on: db).filter(\.$program.$id == record.requireID()).sort(\.$number, .descending)
            .first()
    }

    /// The current phase's review: sessions logged since it started, and the latest re-check as re-test findings.
    static func review(_ req: Request, _ client: Client, _ record: ProgramRecord, today: CalendarDay) async throws
        -> PhaseReview?
    {
        guard let program = try await latestVersion(record, on: req.db).map({ try $0.content }),
            let started = CalendarDay(record.phaseStartedOn)
        else { return nil }
        let sessions = try await SessionRecord.query(on: req.db).filter(\.$client.$id == client.requireID()).filter(
            \.$day >= record.phaseStartedOn
        )
        .sort(\.$day).all().map { try $0.log }
        let recheck = try await AssessmentRecord.query(on: req.db).filter(\.$client.$id == client.requireID()).filter(
            \.$status == .complete
        )
        .filter(\.$performedOn >= record.phaseStartedOn).filter(\.$comparedWith != nil).sort(
            \.$performedOn, .descending
        ).first()
        // Read before the review, whose own refusals are expected: a stored record that does not decode must fail.
        let retest = try recheck?.findings ?? []
        return try? ProgressReviewer(engine: req.application.shared.engine).review(
            program,
            input: ProgressInput(
                phase: record.phase, startedOn: started, asOf: today, sessions: sessions, retest: retest))
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let access = try ClientAccess(req)
        let client = try await access.client()
        let record = try await access.record(ProgramRecord.self, "programID", of: client, key: \.$client)
        try await access.audit(client, .read, "program")
        return try await render(req, client, record, error: nil, status: .ok)
    }

    static func render(
        _ req: Request, _ client: Client, _ record: ProgramRecord, error: String?, status: HTTPStatus,
        newShareToken: String? = nil
    ) async throws -> Response {
        guard let latest = try await latestVersion(record, on: req.db) else { throw Abort(.notFound) }
        let program = try latest.content
        let knowledge = req.application.shared.knowledge
        let editor = ProgramEditor(knowledge: knowledge)
        let versions = try await ProgramVersion.query(on: req.db).filter(\.$program.$id == record.requireID())
            .field(\.$id).field(\.$number).field(\.$change).field(\.$changedBy).field(\.$createdAt).field(
                \.$program.$id
            )
            .sort(\.$number, .descending).all()
        let zone = try await req.staffStudio().zone
        let review = try await review(
            req, client, record, today: WallClock.day(of: req.now, in: try await req.staffStudio().zone))
        let logs = try await SessionRecord.logs(of: client.requireID(), on: req.db)
        let ruledOut = editor.ruledOut(
            phase: record.phase, in: program, currentPain: CurrentPain.areas(intake: program.painAreas, logs: logs))
        let phases = program.phases.map { phase in
            PhaseBlock(
                id: phase.phase.rawValue, title: "Phase \(phase.phase.number): \(phase.title)", goal: phase.goal,
                current: phase.phase == record.phase,
                minutes: phase.sessionMinutes,
                exercises: phase.exercises.enumerated().map { index, exercise in
                    ExerciseRow(
                        anchor: "\(phase.phase.rawValue)-\(index)", index: index, name: exercise.name,
                        block: exercise.block.heading,
                        dosage: exercise.dosage.summary, why: exercise.reasons.map(\.text).joined(separator: "; "),
                        note: exercise.note, caution: exercise.caution,
                        swaps: editor.swapOptions(phase: phase.phase, index: index, in: program).map {
                            Option(value: $0.exercise.rawValue, label: "\($0.name) — \($0.why)")
                        }.nonEmpty,
                        sets: exercise.dosage.sets, reps: exercise.dosage.reps.map(String.init) ?? "",
                        hold: exercise.dosage.holdSeconds.map(String.init) ?? "",
                        tempo: exercise.dosage.tempo ?? "", rest: exercise.dosage.restSeconds,
                        effort: exercise.dosage.effort,
                        first: index == 0, last: index == phase.exercises.count - 1)
                })
        }
        let name = { (id: ExerciseID) in knowledge.exercisesByID[id]?.name ?? id.rawValue }
        let context = Context(
            page: try await PageContext(req, title: "Program: \(client.name)"),
            clientID: try client.requireID().uuidString.lowercased(),
            programID: try record.requireID().uuidString.lowercased(), clientName: client.name,
            phaseTitle: record.phase.title,
            phaseStarted: CalendarDay(record.phaseStartedOn).map(BookingTimeText.day) ?? record.phaseStartedOn,
            phases: phases,
            versions: versions.map {
                "Version \($0.number), \(BookingTimeText.dateAndTime($0.createdAt, in: zone)), "
                    + "\($0.changedBy): \($0.change)"
            },
            criteria: review?.criteria.map { criterion in
                let (text, style) =
                    switch criterion.status {
                    case .met: ("✓ met", "ok")
                    case .notMet: ("✗ not yet", "bad")
                    case .unknown: ("? no data", "warn")
                    }
                return Criterion(
                    description: criterion.description, status: text, statusClass: style, detail: criterion.detail)
            }.nonEmpty,
            decision: review?.summary, canProgress: review?.decision == .progress,
            isLastPhase: record.phase == ExerciseDefinition.Phase.allCases.last,
            ruledOut: ruledOut.map {
                RuledOutItem(anchor: "\(record.phase.rawValue)-\($0.index)", text: "\($0.name): \($0.reason)")
            }.nonEmpty,
            flares: review?.flares.map {
                "\(BookingTimeText.day($0.date)): \(OutcomeTrend.Site(region: $0.region, side: $0.side).plainName) "
                    + "pain \($0.from) → \($0.to)/10"
            }.nonEmpty,
            adjustments: review?.adjustments.map {
                "\(name($0.exercise)): \($0.action.rawValue)\($0.to.map { " to \(name($0))" } ?? "") — \($0.reason)"
            }.nonEmpty,
            substitutions: program.substitutions.map {
                "\(name($0.original)) → \($0.replacement.map(name) ?? "nothing safe") (\($0.reason))"
            }.uniqued.nonEmpty,
            unaddressed: program.unaddressed.map { "\($0.what): \($0.reason)" }.uniqued.nonEmpty,
            shareURL: newShareToken.map { (req.application.shared.settings.baseURL) + "/p/\($0)" },
            shareMadeOn: record.shareLinkMadeAt.map { BookingTimeText.day(WallClock.day(of: $0, in: zone)) },
            error: error,
            saved: req.query[String.self, at: "saved"].map {
                $0 == "phase"
                    ? "Moved to the next phase; a re-check is planned in four weeks." : "Saved as a new version."
            })
        return try await req.view.render("staff-program", context).encodeResponse(status: status, for: req)
    }
}
