import Fluent
import RebalanceCore
import Vapor

/// The client's weekly check-in: the activities the trainer set at the assessment (Patient-Specific Functional
/// Scale), each rated 0 (unable) to 10 (as before the problem). It is the same rating the trainer records, so the
/// function chart on both sides shows it.
struct CheckInController: RouteCollection {
    /// A check-in is due once the last rating is this many days old.
    static let intervalDays = 7

    func boot(routes: any RoutesBuilder) throws {
        let me = routes.grouped("me").grouped(RequireClient())
        me.get("check-in", use: form)
        me.post("check-in", use: save)
    }

    struct Row: Encodable {
        let index: Int
        let activity: String
        let options: [SessionLogPage.Option]
        let error: String?
    }

    struct Context: Encodable {
        let page: PageContext
        let rows: [Row]
        let hasActivities: Bool
        let lastDay: String?
        let errors: [FieldErrorItem]?
    }

    /// The activities to rate: those of the client's latest rating, and its day.
    static func latest(_ client: Client, on db: any Database) async throws -> (
        items: [FunctionScore.Item], day: String?
    ) {
        let last = try await FunctionScore.query(on: db).filter(\.$client.$id == client.requireID())
            .sort(\.$day, .descending).sort(\.$createdAt, .descending).first()
        return (try last?.items ?? [], last?.day)
    }

    /// Whether the weekly check-in is due on `today` (the trainer has set activities and none was rated this week).
    static func isDue(_ client: Client, today: CalendarDay, on db: any Database) async throws -> Bool {
        let (items, day) = try await latest(client, on: db)
        guard !items.isEmpty, let last = day.flatMap(CalendarDay.init) else { return false }
        return last.days(to: today) >= intervalDays
    }

    @Sendable func form(req: Request) async throws -> View {
        try await render(req, fields: [:], problems: nil)
    }

    @Sendable func save(req: Request) async throws -> Response {
        let client = try req.requireClient().client
        let fields = try req.content.decode([String: String].self)
        let (activities, _) = try await Self.latest(client, on: req.db)
        var problems = FormProblems()
        var items: [FunctionScore.Item] = []
        for (index, previous) in activities.enumerated() {
            guard let score = fields["score.\(index)"].flatMap({ Int($0) }), (0...10).contains(score) else {
                problems.add("score.\(index)", "Rate “\(previous.activity)” from 0 (unable) to 10 (as before).")
                continue
            }
            items.append(FunctionScore.Item(activity: previous.activity, score: score))
        }
        if activities.isEmpty {
            problems.add("score.0", "Your trainer sets the activities to rate at your assessment.")
        }
        guard problems.isEmpty else {
            return try await render(req, fields: fields, problems: problems).encodeResponse(
                status: .badRequest, for: req)
        }
        let studio = try await client.$studio.get(on: req.db)
        let score = try FunctionScore(
            clientID: client.requireID(), day: WallClock.day(of: req.now, in: studio.zone), items: items)
        let audit = try AuditEntry.byClient(client, "weekly check-in", at: req.now)
        try await req.db.writeTransaction { db in
            try await score.create(on: db)
            try await audit.create(on: db)
        }
        return req.redirect(to: "/me/progress?checked-in=1", redirectType: .normal)
    }

    private func render(_ req: Request, fields: [String: String], problems: FormProblems?) async throws -> View {
        let client = try req.requireClient().client
        let (items, day) = try await Self.latest(client, on: req.db)
        let rows = items.enumerated().map { index, item in
            Row(
                index: index, activity: item.activity,
                options: [SessionLogPage.Option(value: "", label: "—", selected: fields["score.\(index)"] == nil)]
                    + (0...10).map {
                        SessionLogPage.Option(
                            value: "\($0)", label: "\($0)", selected: fields["score.\(index)"] == "\($0)")
                    },
                error: problems?.message(for: "score.\(index)"))
        }
        return try await req.view.render(
            "me-check-in",
            Context(
                page: try await PageContext(req, title: "Weekly check-in"), rows: rows, hasActivities: !rows.isEmpty,
                lastDay: day.flatMap(CalendarDay.init).map(BookingTimeText.day), errors: problems?.summary.nonEmpty))
    }
}
