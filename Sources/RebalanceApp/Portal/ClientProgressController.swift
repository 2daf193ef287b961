import Fluent
import RebalanceCore
import Vapor

/// The client's own progress: how well they are keeping up, their pain over time, what the phase needs before the
/// next step, the next re-check and their booked sessions, each in their words and from the same computations the
/// trainer's pages use.
struct ClientProgressController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped("me").grouped(RequireClient()).get("progress", use: show)
    }

    struct Step: Encodable {
        let text: String
        let done: Bool
        /// False while there is nothing to judge it by yet.
        let known: Bool
        /// Where the client stands ("latest 3/10 on Friday, November 20").
        let detail: String
    }

    struct Session: Encodable {
        let what: String
        let when: String
        let href: String
    }

    struct Context: Encodable {
        let page: PageContext
        let keepingUp: [String]?
        let painCharts: [ProgressCharts.Chart]?
        let functionChart: ProgressCharts.Chart?
        let checkedIn: Bool
        let phaseTitle: String?
        let phaseGoal: String?
        let steps: [Step]?
        let recheck: String?
        let sessions: [Session]?
        /// The day of the latest posture photos the client may see.
        let postureDay: String?
    }

    @Sendable func show(req: Request) async throws -> View {
        let client = try req.requireClient().client
        let clientID = try client.requireID()
        let studio = try await client.$studio.get(on: req.db)
        let today = WallClock.day(of: req.now, in: studio.zone)
        let knowledge = req.application.shared.knowledge
        let (phase, record) = try await SessionLogController.currentPhase(client, on: req.db)
        // The same figures the trainer's pages show, read the same way.
        let shares = try await KeepingUp.load(
            studioID: client.$studio.id, clients: [clientID], today: today, on: req.db
        ).entries.first
        let keepingUp = [
            shares?.week.map { KeepingUp.phrase($0, "this week") },
            shares?.month.map { KeepingUp.phrase($0, "over the last 30 days") },
        ].compactMap { $0 }
        var steps: [Step]?
        if let record {
            steps = try await ProgramBuilderPage.review(req, client, record, today: today)?.criteria.map {
                Step(
                    text: $0.description, done: $0.status == .met, known: $0.status != .unknown, detail: $0.plainDetail)
            }
        }
        let history = try await ProgressHistory.load(clientID, on: req.db)
        let charts = try ProgressCharts.make(
            client, history, knowledge: knowledge, engine: req.application.shared.engine)
        let links = try await req.bookingLinks()
        let bookings = try await Booking.query(on: req.db).filter(\.$studio.$id == studio.requireID())
            .filter(\.$clientEmail == client.email).filter(\.$status == .confirmed).filter(\.$startsAt >= req.now)
            .sort(\.$startsAt).limit(5).with(\.$sessionType).all()
        let posture = try await ClientPostureController.visits(client, on: req.db).first?.0
        let context = Context(
            page: try await PageContext(req, title: "Your progress"), keepingUp: keepingUp.nonEmpty,
            painCharts: charts.painCharts.nonEmpty, functionChart: charts.functionChart,
            checkedIn: req.query[String.self, at: "checked-in"] != nil,
            phaseTitle: phase.map { "Phase \($0.phase.number): \($0.title)" },
            phaseGoal: phase?.goal, steps: steps?.nonEmpty,
            recheck: CalendarDay(client.recheckDue).map(BookingTimeText.day),
            sessions: try bookings.map {
                Session(
                    what: $0.sessionType.name, when: BookingTimeText.dayAndTime($0.startsAt, in: studio.zone),
                    href: BookingLinks.managePath(try $0.requireID(), token: try links.token(for: $0)))
            }.nonEmpty,
            postureDay: posture?.performedOnText)
        return try await req.view.render("me-progress", context)
    }
}
